import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { LeerlingRecord } from '../../../leerlingen/database/leerlingen.repository';
import { leerlingContext } from '../../../leerlingen/domain/leerling-context';
import { MeldingenRepository, NieuweMelding, StaandeMelding } from '../../database/meldingen.repository';
import { afhandelingNaVervallen } from '../../domain/melding-status';
import { BerekendeMelding } from '../../domain/verzuimmelding';

/** A melding to file: what the rules computed, or a hand-made one with the school's extra DUO fields. */
export type TeMelden = Omit<NieuweMelding, 'id' | 'brin' | 'jongereId' | 'woongemeente' | 'rmcRegio' | 'handmatig'>;

/** What changes for one student: meldingen to file, void ones, changed ones. */
export type MeldingenVanLeerling = {
  leerling: LeerlingRecord;
  nieuw: readonly TeMelden[];
  vervallen?: readonly StaandeMelding[];
  gewijzigd?: readonly { id: string; nu: BerekendeMelding }[];
};

export type LegMeldingenVastCommand = {
  input: { handmatig: boolean; perLeerling: readonly MeldingenVanLeerling[] };
  correlationId: string;
};

export type VastgelegdeMeldingen = { nieuw: string[]; vervallen: string[]; gewijzigd: string[] };

/**
 * Use case: files meldingen for one or more students in the caller's transaction (one insert, one outbox append) — new ones stored (one per occurrence) with
 * their signal to the leerplicht of the woongemeente or the RMC of the woonregio via the outbox; void ones withdrawn
 * while nobody handles them (else marked void for the behandelaar); changed ones updated.
 */
@Injectable()
export class LegMeldingenVast {
  constructor(
    private readonly meldingen: MeldingenRepository,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, correlationId }: LegMeldingenVastCommand, tx: EntityManager): Promise<VastgelegdeMeldingen> {
    const now = this.clock.now();
    const nieuw: { melding: NieuweMelding; leerling: LeerlingRecord }[] = input.perLeerling.flatMap(({ leerling, nieuw: teMelden }) =>
      teMelden.map((m) => ({
        leerling,
        melding: {
          ...m,
          id: randomUUID(),
          brin: leerling.brin,
          jongereId: leerling.jongereId,
          woongemeente: leerling.woongemeente,
          rmcRegio: leerling.rmcRegio,
          handmatig: input.handmatig,
        },
      })),
    );
    const opgeslagen = new Set(
      await this.meldingen.voegToe(
        tx,
        nieuw.map((n) => n.melding),
        now,
      ),
    );
    const events: NewEvent[] = [];
    for (const { melding, leerling } of nieuw.filter((n) => opgeslagen.has(n.melding.id))) {
      events.push({
        type: melding.ontvanger === 'rmc' ? 'verzuim.melding.voor-rmc' : 'verzuim.melding.voor-leerplicht',
        jongereId: leerling.jongereId,
        aggregateId: melding.id,
        correlationId,
        context: leerlingContext(leerling, melding.einddatum),
        payload: {
          signaalId: melding.id,
          meldingId: melding.id,
          soort: melding.soort,
          startdatum: melding.startdatum,
          einddatum: melding.einddatum,
          urenGemist: melding.urenGemist,
          dagenGemist: melding.dagenGemist,
          alleLessenGemist: melding.alleLessenGemist,
          verplicht: melding.verplicht,
          vervolgmelding: melding.vervolgmelding,
          handmatig: melding.handmatig,
          brin: leerling.brin,
          woongemeente: leerling.woongemeente,
          rmcRegio: leerling.rmcRegio,
        },
      });
    }
    const resultaat: VastgelegdeMeldingen = {
      nieuw: nieuw.map((n) => n.melding.id).filter((id) => opgeslagen.has(id)),
      vervallen: [],
      gewijzigd: [],
    };
    for (const { leerling, vervallen = [], gewijzigd = [] } of input.perLeerling) {
      for (const melding of vervallen) {
        const intrekken = afhandelingNaVervallen(melding.status)?.actie === 'intrekken';
        await this.meldingen.vervalt(tx, melding.id, intrekken, now);
        resultaat.vervallen.push(melding.id);
        if (intrekken) {
          events.push({
            type: 'verzuim.melding.ingetrokken',
            jongereId: leerling.jongereId,
            aggregateId: melding.id,
            correlationId,
            context: leerlingContext(leerling, melding.berekend.einddatum),
            payload: {
              meldingId: melding.id,
              soort: melding.berekend.soort,
              startdatum: melding.berekend.startdatum,
              brin: leerling.brin,
              reden: 'correctie',
            },
          });
        }
      }
      for (const { id, nu } of gewijzigd) {
        await this.meldingen.wijzig(tx, id, nu, now);
        resultaat.gewijzigd.push(id);
      }
    }
    await this.outbox.append(tx, events);
    return resultaat;
  }
}
