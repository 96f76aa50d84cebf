import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { IsoDate } from '@sluitend/domain-nl';
import { DeadlinesRepository } from '../../database/deadlines.repository';
import { GEEN_HERINSCHRIJVING, sluitHerinschrijvingstermijn } from '../../domain/geen-herinschrijving';

export type SluitHerinschrijvingstermijnCommand = { input: { jongereId: string; ingeschrevenPer: IsoDate; op: Date } };

/**
 * A new inschrijving (or a switch) of the student: every open re-enrolment window it starts within is closed, in the
 * inschrijving's transaction, so it never fires. One that starts later leaves the deadline to fire.
 */
@Injectable()
export class SluitHerinschrijvingstermijn {
  constructor(private readonly deadlines: DeadlinesRepository) {}

  async execute({ input }: SluitHerinschrijvingstermijnCommand, tx: EntityManager): Promise<number> {
    const open = await this.deadlines.openPersoonlijk(tx, GEEN_HERINSCHRIJVING, input.jongereId);
    const gesloten = open.filter((termijn) => sluitHerinschrijvingstermijn(input.ingeschrevenPer, termijn.dueAt));
    for (const termijn of gesloten) await this.deadlines.markeer(tx, termijn, input.op);
    return gesloten.length;
  }
}
