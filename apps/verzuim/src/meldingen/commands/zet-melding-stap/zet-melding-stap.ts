import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import type { MeldingMetStappen, MeldingStap } from '@sluitend/contracts';
import { Clock, CLOCK, schooljaarOf } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { alsDomainError, metDomainErrors } from '../../../shared/als-domain-error';
import { VerzuimFout } from '../../../shared/verzuim-fout';
import { MeldingenRepository } from '../../database/meldingen.repository';
import { controleerMasStap } from '../../domain/mas-stap';
import { rolVan } from '../../domain/melding-rol';
import { MeldingStatus, toegestaneStappen, volgendeStatus } from '../../domain/melding-status';
import { MeldingFout } from '../../domain/meldingen.errors';

export type ZetMeldingStapCommand = { input: { meldingId: string; stap: MeldingStap }; actor: Claims; correlationId: string };

/**
 * Use case: one step on a melding, recorded with who and when — a lifecycle action by the role the caller plays (the
 * school withdraws what nobody handles yet; the behandelaar takes it in behandeling, acknowledges it, or closes it
 * with one of DUO's reasons), and/or the next MAS phase or route while it is in behandeling (the behandelaar only).
 * Another organisation gets 404: the melding does not exist for it. A step that changes the status publishes
 * verzuim.melding.status-gewijzigd through the outbox in the same transaction (codes only; never the note).
 */
@Injectable()
export class ZetMeldingStap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meldingen: MeldingenRepository,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: ZetMeldingStapCommand): Promise<MeldingMetStappen> {
    const { meldingId, stap } = input;
    return this.dataSource.transaction(async (manager) => {
      const melding = await this.meldingen.lockEen(manager, meldingId);
      const rol = melding ? rolVan(actor.org, melding) : null;
      if (!melding || !rol) throw MeldingFout.nietGevonden(meldingId);
      let status: MeldingStatus = melding.status;
      if (stap.actie !== undefined) {
        const actie = stap.actie;
        try {
          status = volgendeStatus(
            melding.status,
            actie,
            rol,
            actie === 'afsluiten' && stap.sluitreden !== undefined ? { sluitreden: stap.sluitreden, toelichting: stap.toelichting } : undefined,
          );
        } catch (fout) {
          if (fout instanceof VerzuimFout && fout.code === 'OVERGANG_NIET_TOEGESTAAN') {
            throw MeldingFout.overgangNietToegestaan(
              fout.message,
              toegestaneStappen(melding.status, rol).map((s) => s.actie),
            );
          }
          throw fout instanceof VerzuimFout ? alsDomainError(fout) : fout;
        }
      }
      if (stap.fase !== undefined || stap.route !== undefined) {
        if (rol !== 'behandelaar') throw MeldingFout.masAlleenBehandelaar();
        if (status !== 'in-behandeling') throw MeldingFout.masNietNu(status);
        metDomainErrors(() => controleerMasStap({ fase: melding.masFase, route: melding.masRoute }, { fase: stap.fase, route: stap.route }));
      }
      const nu = this.clock.now();
      await this.meldingen.zetStap(
        manager,
        meldingId,
        {
          actie: stap.actie ?? null,
          naarStatus: stap.actie === undefined ? null : status,
          sluitreden: stap.actie === 'afsluiten' ? (stap.sluitreden ?? null) : null,
          fase: stap.fase ?? null,
          route: stap.route ?? null,
          toelichting: stap.toelichting ?? null,
          door: { type: actor.org.type, code: actor.org.code, sub: actor.sub },
        },
        nu,
      );
      if (stap.actie !== undefined) {
        const event: NewEvent<'verzuim.melding.status-gewijzigd'> = {
          type: 'verzuim.melding.status-gewijzigd',
          jongereId: melding.leerlingId,
          aggregateId: meldingId,
          correlationId,
          context: {
            woongemeente: melding.woongemeente,
            ...(melding.rmcRegio ? { rmcRegio: melding.rmcRegio } : {}),
            brin: melding.brin,
            schooljaar: schooljaarOf(melding.einddatum),
          },
          payload: {
            meldingId,
            soort: melding.soort,
            startdatum: melding.startdatum,
            brin: melding.brin,
            actie: stap.actie,
            vanStatus: melding.status,
            naarStatus: status,
            sluitreden: stap.actie === 'afsluiten' ? (stap.sluitreden ?? null) : null,
            masFase: stap.fase ?? melding.masFase,
            masRoute: stap.route ?? melding.masRoute,
            gewijzigdOp: nu.toISOString(),
          },
        };
        await this.outbox.append(manager, [event]);
      }
      return (await this.meldingen.metStappen(manager, meldingId)) as MeldingMetStappen;
    });
  }
}
