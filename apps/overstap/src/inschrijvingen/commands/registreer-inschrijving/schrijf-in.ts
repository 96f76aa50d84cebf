import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { OutboxWriter } from '@sluitend/messaging';
import { EvalueerLateFeiten } from '../../../deadlines/commands/evalueer-late-feiten/evalueer-late-feiten';
import { SluitHerinschrijvingstermijn } from '../../../deadlines/commands/sluit-herinschrijvingstermijn/sluit-herinschrijvingstermijn';
import { BepaalRoutingContext } from '../../../routering/queries/routing-context/routing-context';
import { Inschrijving } from '../../database/inschrijving.entity';
import { InschrijvingenRepository } from '../../database/inschrijvingen.repository';

export type NieuweInschrijving = {
  jongereId: string;
  schooljaar: string;
  mboBrin: string;
  locatie: string;
  crebo: string;
  niveau: number;
  ingeschrevenPer: string;
  switchVan: string | null;
  /** The woongemeente the mbo gave, or null. */
  woongemeente: string | null;
};

export type SchrijfInCommand = { input: NieuweInschrijving & { op: Date }; correlationId: string };

/**
 * Stores an inschrijving with its event, in the caller's transaction (a registration or a switch), and closes a
 * running re-enrolment window of the student that it starts within: a new inschrijving or a switch ends the
 * follow-up of an earlier uitschrijving without startkwalificatie. Answers the new inschrijving's id.
 */
@Injectable()
export class SchrijfIn {
  constructor(
    private readonly inschrijvingen: InschrijvingenRepository,
    private readonly outbox: OutboxWriter,
    private readonly sluitHerinschrijvingstermijn: SluitHerinschrijvingstermijn,
    private readonly evalueerLateFeiten: EvalueerLateFeiten,
    private readonly routingContext: BepaalRoutingContext,
  ) {}

  async execute({ input, correlationId }: SchrijfInCommand, tx: EntityManager): Promise<string> {
    const { op, switchVan, ...nieuw } = input;
    const id = randomUUID();
    await this.inschrijvingen.insert(
      tx,
      Object.assign(new Inschrijving(), {
        ...nieuw,
        id,
        uitgeschrevenPer: null,
        uitschrijfreden: null,
        status: 'ingeschreven',
        geregistreerdOp: op,
      } satisfies Inschrijving),
    );
    await this.sluitHerinschrijvingstermijn.execute({ input: { jongereId: nieuw.jongereId, ingeschrevenPer: nieuw.ingeschrevenPer, op } }, tx);
    // One read of the dossier for both: where the event goes and the age fact of statistical VSV (ADR 0023).
    const { context, leeftijdsfeit } = await this.routingContext.metLeeftijdsfeit(
      { input: { jongereId: nieuw.jongereId, schooljaar: nieuw.schooljaar, op } },
      tx,
    );
    await this.outbox.append(tx, [
      {
        type: 'overstap.inschrijving.geregistreerd',
        jongereId: nieuw.jongereId,
        aggregateId: id,
        correlationId,
        context,
        payload: {
          inschrijvingId: id,
          schooljaar: nieuw.schooljaar,
          mboBrin: nieuw.mboBrin,
          locatie: nieuw.locatie,
          crebo: nieuw.crebo,
          niveau: nieuw.niveau,
          ingeschrevenPer: nieuw.ingeschrevenPer,
          switchVan,
          // The age fact of statistical VSV, never the date of birth (ADR 0023).
          ...leeftijdsfeit,
        },
      },
    ]);
    await this.evalueerLateFeiten.execute(
      { input: { jongeren: [{ jongereId: nieuw.jongereId, schooljaar: nieuw.schooljaar }], op }, correlationId },
      tx,
    );
    return id;
  }
}
