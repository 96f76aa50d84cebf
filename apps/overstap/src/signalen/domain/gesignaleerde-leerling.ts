import type { EventContext } from '@sluitend/contracts';

/** A cohort student a rule signalled just now, with what its event needs. */
export type GesignaleerdeLeerling = {
  signaalId: string;
  jongereId: string;
  dossierId: string;
  brin: string;
  vestiging: string;
  /** Routing context of the event: woongemeente, RMC-regio, school, schooljaar, minderjarig. */
  context: EventContext;
};
