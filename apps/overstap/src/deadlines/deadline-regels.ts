import { EntityManager } from 'typeorm';
import { toelatingsrechtDeadline } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { GEEN_HERINSCHRIJVING, vuurGeenHerinschrijving } from '../inschrijvingen/geen-herinschrijving.regel';
import { AANMELDING_GEMIST, vuurAanmeldingGemist } from './regels/aanmelding-gemist.regel';
import { NIET_INGESCHREVEN_TELDATUM, teldatumDeadline, vuurNietIngeschrevenTeldatum } from './regels/niet-ingeschreven-teldatum.regel';
import { vroegeWaarschuwingMoment, vroegeWaarschuwingRegel, vuurVroegeWaarschuwing } from './regels/vroege-waarschuwing.regel';

/** What a rule gets when its deadline fires: the transaction, the outbox, and the deadline row. */
export type Vuren = {
  /** The rule's name, as in the deadline row. */
  regel: string;
  manager: EntityManager;
  outbox: OutboxWriter;
  schooljaar: string;
  /** '' for a deadline of a whole schooljaar; the student's for a personal one. */
  jongereId: string;
  dueAt: Date;
  now: Date;
};

type Regel = {
  /** When the rule falls due for a schooljaar with a cohort; absent for personal deadlines (planned by events). */
  dueAt?: (schooljaar: string) => Date;
  /** Raises the rule's signals; returns how many. */
  fire: (vuren: Vuren) => Promise<number>;
};

export type DeadlineRegels = Record<string, Regel>;

/** The deadlines, by rule name; the early warnings come from configuration (`MM-DD` dates, e.g. 03-01 and 03-15). */
export function deadlineRegels(vroegeWaarschuwingen: readonly string[]): DeadlineRegels {
  return {
    ...Object.fromEntries(
      vroegeWaarschuwingen.map((maandDag) => [
        vroegeWaarschuwingRegel(maandDag),
        { dueAt: (schooljaar: string) => vroegeWaarschuwingMoment(schooljaar, maandDag), fire: vuurVroegeWaarschuwing },
      ]),
    ),
    [AANMELDING_GEMIST]: { dueAt: toelatingsrechtDeadline, fire: vuurAanmeldingGemist },
    [NIET_INGESCHREVEN_TELDATUM]: { dueAt: teldatumDeadline, fire: vuurNietIngeschrevenTeldatum },
    [GEEN_HERINSCHRIJVING]: { fire: vuurGeenHerinschrijving },
  };
}

export const DEADLINE_REGELS = Symbol('DEADLINE_REGELS');

/** Makes sure the deadlines of a schooljaar exist; called in the transaction that stores its dossiers. */
export async function planDeadlines(manager: EntityManager, alle: DeadlineRegels, schooljaren: string[]): Promise<void> {
  const regels = Object.entries(alle).flatMap(([regel, { dueAt }]) =>
    dueAt ? [...new Set(schooljaren)].map((schooljaar) => ({ regel, schooljaar, dueAt: dueAt(schooljaar) })) : [],
  );
  await manager.query(
    `INSERT INTO deadline (regel, schooljaar, due_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[]) ON CONFLICT DO NOTHING`,
    [regels.map((r) => r.regel), regels.map((r) => r.schooljaar), regels.map((r) => r.dueAt)],
  );
}

/** Plans a personal deadline (once per rule, schooljaar and student). */
export async function planPersoonlijkeDeadline(manager: EntityManager, regel: string, schooljaar: string, jongereId: string, dueAt: Date): Promise<void> {
  await manager.query(
    'INSERT INTO deadline (regel, schooljaar, jongere_id, due_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
    [regel, schooljaar, jongereId, dueAt],
  );
}
