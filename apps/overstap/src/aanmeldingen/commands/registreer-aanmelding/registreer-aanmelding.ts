import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { AanmeldingResultaat, RegistreerAanmelding as AanmeldingInvoer } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { OVERSTAP_ENV, OverstapEnv } from '../../../config/overstap-env';
import { BepaalRoutingContext } from '../../../routering/queries/routing-context/routing-context';
import { assertEigenLocatie } from '../../../shared/eigen-locatie';
import { Persoonsnummers } from '../../../shared/persoonsnummers';
import { Aanmelding } from '../../database/aanmelding.entity';
import { AanmeldingenRepository } from '../../database/aanmeldingen.repository';
import { AanmeldingFout } from '../../domain/aanmeldingen.errors';
import { aangemeldOpBuitenGrens, opTijdAangemeld, terugdaterenMaxDagen } from '../../domain/toelatingsrecht';
import { BepaalJongereIds } from '../../../koppelingen/queries/jongere-ids/jongere-ids';

export type RegistreerAanmeldingCommand = { input: AanmeldingInvoer; actor: Claims; correlationId: string };

/**
 * Use case: an mbo institution registers an aanmelding. The moment of aanmelden decides toelatingsrecht (on or before
 * the end of 1 April, Europe/Amsterdam). Registering the same student, programme and schooljaar again returns the
 * existing aanmelding and publishes nothing. The mbo may date the aanmelding back a bounded number of days
 * (AANMELDING_TERUGDATEREN_MAX_DAGEN); `opTijd` follows from that bounded moment, and the true registration time is
 * stored as `geregistreerdOp`.
 */
@Injectable()
export class RegistreerAanmelding {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly aanmeldingen: AanmeldingenRepository,
    private readonly routingContext: BepaalRoutingContext,
    private readonly persoonsnummers: Persoonsnummers,
    private readonly jongereIds: BepaalJongereIds,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(OVERSTAP_ENV) private readonly env: OverstapEnv,
  ) {}

  async execute({ input, actor, correlationId }: RegistreerAanmeldingCommand): Promise<AanmeldingResultaat> {
    assertOrgType(actor, ['mbo-instelling']);
    assertEigenLocatie(actor, input.locatie);
    const now = this.clock.now();
    const aangemeldOp = input.aangemeldOp ? new Date(input.aangemeldOp) : now;
    const maxDagen = terugdaterenMaxDagen(this.env);
    const buitenGrens = aangemeldOpBuitenGrens(aangemeldOp, now, maxDagen);
    if (buitenGrens === 'toekomst') throw AanmeldingFout.aangemeldOpInDeToekomst();
    if (buitenGrens === 'te-ver-terug') throw AanmeldingFout.aangemeldOpTeVerTerug(maxDagen);
    const aanmelding = Object.assign(new Aanmelding(), {
      id: randomUUID(),
      // A linked onderwijsnummer is recorded under its BSN's pseudonym (koppelingen, ADR 0018).
      jongereId: await this.jongereIds.een(this.persoonsnummers.jongereId(input.persoonsnummer)),
      schooljaar: input.schooljaar,
      mboBrin: actor.org.code,
      locatie: input.locatie,
      crebo: input.crebo,
      niveau: input.niveau,
      startdatum: input.startdatum,
      status: input.status,
      aangemeldOp,
      geregistreerdOp: now,
      opTijd: opTijdAangemeld(aangemeldOp, input.schooljaar),
      gewijzigdOp: now,
    } satisfies Aanmelding);
    return this.dataSource.transaction(async (manager) => {
      const aanmeldingId = await this.aanmeldingen.registreer(manager, aanmelding);
      if (!aanmeldingId) {
        const { jongereId, schooljaar, mboBrin, crebo } = aanmelding;
        const bestaand = await this.aanmeldingen.bestaande(manager, { jongereId, schooljaar, mboBrin, crebo });
        return { aanmeldingId: bestaand.id, status: bestaand.status, opTijd: bestaand.opTijd, nieuw: false };
      }
      await this.aanmeldingen.registreerOvergang(manager, { aanmeldingId, van: null, naar: aanmelding.status, op: now, door: actor.sub });
      await this.outbox.append(manager, [
        {
          type: 'overstap.aanmelding.geregistreerd',
          jongereId: aanmelding.jongereId,
          aggregateId: aanmeldingId,
          correlationId,
          context: await this.routingContext.execute(
            { input: { jongereId: aanmelding.jongereId, schooljaar: aanmelding.schooljaar, op: now } },
            manager,
          ),
          payload: {
            aanmeldingId,
            schooljaar: aanmelding.schooljaar,
            mboBrin: aanmelding.mboBrin,
            locatie: aanmelding.locatie,
            crebo: aanmelding.crebo,
            niveau: aanmelding.niveau,
            status: input.status,
            aangemeldOp: aangemeldOp.toISOString(),
            opTijd: aanmelding.opTijd,
          },
        },
      ]);
      return { aanmeldingId, status: aanmelding.status, opTijd: aanmelding.opTijd, nieuw: true };
    });
  }
}
