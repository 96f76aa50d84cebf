import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { IsoDate } from '@sluitend/domain-nl';
import { OVERSTAP_ENV, OverstapEnv } from '../../../config/overstap-env';
import { DeadlinesRepository } from '../../database/deadlines.repository';
import { GEEN_HERINSCHRIJVING, herinschrijvingDueAt, herinschrijvingUiterlijk } from '../../domain/geen-herinschrijving';

export type PlanHerinschrijvingstermijnCommand = {
  /** `inschrijvingId`: the inschrijving that ended — each uitschrijving opens its own window. */
  input: { jongereId: string; schooljaar: string; uitgeschrevenPer: IsoDate; inschrijvingId: string };
};

/**
 * Opens the re-enrolment window after an uitschrijving without startkwalificatie (HERINSCHRIJVING_TERMIJN_WEKEN):
 * a personal deadline, in the uitschrijving's transaction. Answers the window's last day.
 */
@Injectable()
export class PlanHerinschrijvingstermijn {
  constructor(
    private readonly deadlines: DeadlinesRepository,
    @Inject(OVERSTAP_ENV) private readonly env: OverstapEnv,
  ) {}

  async execute({ input }: PlanHerinschrijvingstermijnCommand, tx: EntityManager): Promise<{ uiterlijk: IsoDate }> {
    const uiterlijk = herinschrijvingUiterlijk(input.uitgeschrevenPer, this.env.HERINSCHRIJVING_TERMIJN_WEKEN);
    await this.deadlines.planPersoonlijk(tx, {
      regel: GEEN_HERINSCHRIJVING,
      schooljaar: input.schooljaar,
      jongereId: input.jongereId,
      aanleiding: input.inschrijvingId,
      dueAt: herinschrijvingDueAt(uiterlijk),
    });
    return { uiterlijk };
  }
}
