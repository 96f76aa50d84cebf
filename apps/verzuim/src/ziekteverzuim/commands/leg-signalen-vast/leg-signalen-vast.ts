import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, CLOCK, schooljaarOf } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { LeerlingRecord } from '../../../leerlingen/database/leerlingen.repository';
import { leerlingContext } from '../../../leerlingen/domain/leerling-context';
import { NieuwSignaal, StaandSignaal, ZiekteverzuimRepository } from '../../database/ziekteverzuim.repository';
import { ZorgwekkendZiekteverzuim } from '../../domain/zorgwekkend-ziekteverzuim';

export type SignalenVanLeerling = {
  leerling: LeerlingRecord;
  /** Every signal the rules find in the student's history as it is now. */
  berekend: readonly ZorgwekkendZiekteverzuim[];
  /** The earliest day whose record changed: signals before it cannot have changed. */
  vanaf: string;
};

export type LegSignalenVastCommand = { input: { perLeerling: readonly SignalenVanLeerling[] }; correlationId: string };

const sleutel = (s: { grond: string; datum: string }) => `${s.grond}|${s.datum}`;

/**
 * Use case (the intake's step, in its transaction): M@ZL signals of some students compared with those that stand from
 * the earliest changed day on — new ones stored with their signal `verzuim.ziekteverzuim.zorgwekkend` (for the
 * school's zorg role and the jeugdarts of the woongemeente) via the outbox; ones a correction took away made void with
 * `verzuim.ziekteverzuim.ingetrokken`. Signals before the changed day are left as they are (they depend only on the
 * days before them).
 */
@Injectable()
export class LegSignalenVast {
  constructor(
    private readonly signalen: ZiekteverzuimRepository,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, correlationId }: LegSignalenVastCommand, tx: EntityManager): Promise<{ nieuw: number; vervallen: number }> {
    if (input.perLeerling.length === 0) return { nieuw: 0, vervallen: 0 };
    const now = this.clock.now();
    const brin = input.perLeerling[0].leerling.brin;
    const staandePer = await this.signalen.staande(
      tx,
      brin,
      input.perLeerling.map((p) => p.leerling.jongereId),
    );
    const nieuw: { signaal: NieuwSignaal; leerling: LeerlingRecord }[] = [];
    const weg: { signaal: StaandSignaal; leerling: LeerlingRecord }[] = [];
    for (const { leerling, berekend, vanaf } of input.perLeerling) {
      const staande = (staandePer.get(leerling.jongereId) ?? []).filter((s) => s.datum >= vanaf);
      const nu = berekend.filter((s) => s.datum >= vanaf);
      const nuSleutels = new Set(nu.map(sleutel));
      const staandSleutels = new Set(staande.map(sleutel));
      for (const signaal of staande) if (!nuSleutels.has(sleutel(signaal))) weg.push({ signaal, leerling });
      for (const s of nu) {
        if (staandSleutels.has(sleutel(s))) continue;
        nieuw.push({
          leerling,
          signaal: {
            id: randomUUID(),
            brin: leerling.brin,
            jongereId: leerling.jongereId,
            woongemeente: leerling.woongemeente,
            grond: s.grond,
            datum: s.datum,
            ziekmeldingen: s.ziekmeldingen,
            kalenders: s.kalenders,
          },
        });
      }
    }
    await this.signalen.vervallen(
      tx,
      weg.map((w) => w.signaal.id),
      now,
    );
    const opgeslagen = await this.signalen.voegToe(
      tx,
      nieuw.map((n) => n.signaal),
      now,
    );
    const events: NewEvent[] = [
      ...weg.map(({ signaal, leerling }): NewEvent<'verzuim.ziekteverzuim.ingetrokken'> => ({
        type: 'verzuim.ziekteverzuim.ingetrokken',
        jongereId: leerling.jongereId,
        aggregateId: signaal.id,
        correlationId,
        context: leerlingContext(leerling, signaal.datum),
        payload: { signaalId: signaal.id, grond: signaal.grond, datum: signaal.datum, brin: leerling.brin, reden: 'correctie' },
      })),
      ...nieuw
        .filter((n) => opgeslagen.has(n.signaal.id))
        .map(({ signaal, leerling }): NewEvent<'verzuim.ziekteverzuim.zorgwekkend'> => ({
          type: 'verzuim.ziekteverzuim.zorgwekkend',
          jongereId: leerling.jongereId,
          aggregateId: signaal.id,
          correlationId,
          context: leerlingContext(leerling, signaal.datum),
          payload: {
            signaalId: signaal.id,
            grond: signaal.grond,
            datum: signaal.datum,
            ziekmeldingen: [...signaal.ziekmeldingen],
            schooljaar: schooljaarOf(signaal.datum),
            brin: leerling.brin,
            woongemeente: leerling.woongemeente,
            kalenders: [...signaal.kalenders],
          },
        })),
    ];
    await this.outbox.append(tx, events);
    return { nieuw: opgeslagen.size, vervallen: weg.length };
  }
}
