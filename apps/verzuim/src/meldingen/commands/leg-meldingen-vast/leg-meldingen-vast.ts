import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { EventContext } from '@sluitend/contracts';
import { Clock, CLOCK, isMinstens, schooljaarOf } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { LeerlingRecord } from '../../../leerlingen/database/leerlingen.repository';
import { MeldingenRepository, NieuweMelding, StaandeMelding } from '../../database/meldingen.repository';
import { afhandelingNaVervallen } from '../../domain/melding-status';
import { BerekendeMelding } from '../../domain/verzuimmelding';

/** A melding to file: what the rules computed, or a hand-made one with the school's extra DUO fields. */
export type TeMelden = Omit<NieuweMelding, 'id' | 'brin' | 'jongereId' | 'woongemeente' | 'rmcRegio' | 'handmatig'>;

export type LegMeldingenVastCommand = {
  input: {
    leerling: LeerlingRecord;
    handmatig: boolean;
    nieuw: readonly TeMelden[];
    vervallen?: readonly StaandeMelding[];
    gewijzigd?: readonly { id: string; nu: BerekendeMelding }[];
  };
  correlationId: string;
};

export type VastgelegdeMeldingen = { nieuw: string[]; vervallen: string[]; gewijzigd: string[] };

/**
 * Use case: files meldingen for one student in the caller's transaction — new ones stored (one per occurrence) with
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
    const { leerling } = input;
    const nieuw: NieuweMelding[] = input.nieuw.map((m) => ({
      ...m,
      id: randomUUID(),
      brin: leerling.brin,
      jongereId: leerling.jongereId,
      woongemeente: leerling.woongemeente,
      rmcRegio: leerling.rmcRegio,
      handmatig: input.handmatig,
    }));
    const opgeslagen = new Set(await this.meldingen.voegToe(tx, nieuw, now));
    const events: NewEvent[] = [];
    for (const melding of nieuw.filter((m) => opgeslagen.has(m.id))) {
      events.push({
        type: melding.ontvanger === 'rmc' ? 'verzuim.melding.voor-rmc' : 'verzuim.melding.voor-leerplicht',
        jongereId: leerling.jongereId,
        aggregateId: melding.id,
        correlationId,
        context: context(leerling, melding.einddatum),
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
    for (const melding of input.vervallen ?? []) {
      const intrekken = afhandelingNaVervallen(melding.status)?.actie === 'intrekken';
      await this.meldingen.vervalt(tx, melding.id, intrekken, now);
      if (intrekken) {
        events.push({
          type: 'verzuim.melding.ingetrokken',
          jongereId: leerling.jongereId,
          aggregateId: melding.id,
          correlationId,
          context: context(leerling, melding.berekend.einddatum),
          payload: { meldingId: melding.id, soort: melding.berekend.soort, startdatum: melding.berekend.startdatum, brin: leerling.brin, reden: 'correctie' },
        });
      }
    }
    for (const { id, nu } of input.gewijzigd ?? []) await this.meldingen.wijzig(tx, id, nu, now);
    await this.outbox.append(tx, events);
    return {
      nieuw: [...opgeslagen],
      vervallen: (input.vervallen ?? []).map((m) => m.id),
      gewijzigd: (input.gewijzigd ?? []).map((m) => m.id),
    };
  }
}

/** Codes only: where the student lives, the school, the schooljaar, and whether under 18 on the melding's end. */
function context(leerling: LeerlingRecord, einddatum: string): EventContext {
  return {
    woongemeente: leerling.woongemeente,
    ...(leerling.rmcRegio ? { rmcRegio: leerling.rmcRegio } : {}),
    brin: leerling.brin,
    schooljaar: schooljaarOf(einddatum),
    minderjarig: !isMinstens(leerling.geboortedatum, einddatum, 18),
  };
}
