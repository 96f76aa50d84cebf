import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import type { BeslisVerlof as BesluitInvoer, Verlofaanvraag } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { LaadKalender } from '../../../kalenders/queries/kalender/laad-kalender';
import { LeerlingenRepository } from '../../../leerlingen/database/leerlingen.repository';
import { metDomainErrors } from '../../../shared/als-domain-error';
import { Herbeoordeling, HERBEOORDELING } from '../../../shared/herbeoordeling';
import { openbaar, OpgeslagenVerlofaanvraag, VerlofRepository } from '../../database/verlof.repository';
import { GewichtigeOmstandigheid } from '../../domain/verlof-redenen';
import { beoordeelVerlofaanvraag, Verlofaanvraag as Verlofinvoer } from '../../domain/verlofaanvraag';
import { VerlofFout } from '../../domain/verlof.errors';
import { binnenScope, verlofScope } from '../../domain/verlof-scope';
import { verlofAangevraagd } from '../verlof-aangevraagd.event';

export type BeslisVerlofCommand = { input: { verlofId: string; besluit: BesluitInvoer }; actor: Claims; correlationId: string };

/**
 * Use case: the decision on a verlof request. The legal frame is computed again on the calendar and the verlof granted
 * so far (another request may have been granted since: the 10 days and "once per schooljaar" count what stands now);
 * up to 10 school days the school (its head, through the administration) decides, beyond that the leerplichtambtenaar
 * of the student's woongemeente. A request with a legal bar can only be refused. Granted verlof makes the student's
 * absence in its period geoorloofd: evaluated again from its first day, meldingen withdrawn as a correction does.
 * The leerplichtambtenaar's decision publishes `verzuim.verlof.besloten` (same transaction), which settles the alert
 * `verzuim.verlof.aangevraagd` raised in the leerplicht inbox.
 */
@Injectable()
export class BeslisVerlof {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verlof: VerlofRepository,
    private readonly leerlingen: LeerlingenRepository,
    private readonly laadKalender: LaadKalender,
    private readonly outbox: OutboxWriter,
    @Inject(HERBEOORDELING) private readonly herbeoordeling: Herbeoordeling,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: BeslisVerlofCommand): Promise<Verlofaanvraag> {
    const { verlofId, besluit } = input;
    await this.dataSource.transaction(async (manager) => {
      const aanvraag = await this.verlof.lockEen(manager, verlofId);
      if (!aanvraag || !binnenScope(verlofScope(actor.org), aanvraag)) throw VerlofFout.nietGevonden(verlofId);
      if (aanvraag.status !== 'aangevraagd') throw VerlofFout.alBesloten(aanvraag.status);
      const kalender = await metDomainErrors(() => this.laadKalender.execute({ input: { brin: aanvraag.brin } }, manager));
      if (!kalender) throw VerlofFout.geenKalender();
      const eerder = await this.verlof.verleend(manager, aanvraag.brin, aanvraag.jongereId, aanvraag.id);
      const beoordeling = metDomainErrors(() => beoordeelVerlofaanvraag(alsInvoer(aanvraag), kalender, eerder));
      const doorLeerplicht = actor.org.type === 'gemeente';
      if ((beoordeling.beslisser === 'leerplichtambtenaar') !== doorLeerplicht) throw VerlofFout.andereBeslisser(beoordeling.beslisser);
      if (besluit.besluit === 'verleend' && !beoordeling.toewijsbaar) {
        throw VerlofFout.nietToewijsbaar(beoordeling.bezwaren.filter((b) => b.ernst === 'wettelijk').map((b) => b.code));
      }
      await this.verlof.besluit(
        manager,
        verlofId,
        { status: besluit.besluit, beoordeling, door: `${actor.org.type}:${actor.org.code}:${actor.sub}`, toelichting: besluit.toelichting ?? null },
        this.clock.now(),
      );
      if (doorLeerplicht) {
        const event: NewEvent<'verzuim.verlof.besloten'> = {
          type: 'verzuim.verlof.besloten',
          jongereId: aanvraag.jongereId,
          aggregateId: verlofId,
          correlationId,
          context: { woongemeente: aanvraag.woongemeente, brin: aanvraag.brin, schooljaar: beoordeling.schooljaar },
          payload: { signaalId: verlofId, verlofId, besluit: besluit.besluit, brin: aanvraag.brin, woongemeente: aanvraag.woongemeente },
        };
        await this.outbox.append(manager, [event]);
      }
      if (besluit.besluit === 'verleend' && !doorLeerplicht) {
        // The head's grant counts in the 10 days of the student's other waiting requests: one now beyond passes to the
        // leerplichtambtenaar of the woongemeente, with its signal. What is granted now: what was before, and this one.
        const nuVerleend = [...eerder, { soort: aanvraag.soort, van: aanvraag.van, totEnMet: aanvraag.totEnMet, lesdagen: beoordeling.lesdagen }];
        const doorgegeven: Parameters<typeof verlofAangevraagd>[0][] = [];
        for (const open of await this.verlof.lockOpenVoorDirecteur(manager, aanvraag.brin, aanvraag.jongereId)) {
          const herzien = metDomainErrors(() => beoordeelVerlofaanvraag(alsInvoer(open), kalender, nuVerleend));
          if (herzien.beslisser !== 'leerplichtambtenaar') continue;
          await this.verlof.herzieBeoordeling(manager, open.id, herzien);
          doorgegeven.push({ ...open, lesdagen: herzien.lesdagen, schooljaar: herzien.schooljaar });
        }
        // The same student for every request passed on: read once.
        const leerling =
          doorgegeven.length > 0
            ? (await this.leerlingen.vanSchool(manager, aanvraag.brin, [aanvraag.jongereId])).get(aanvraag.jongereId)
            : undefined;
        if (leerling)
          await this.outbox.append(
            manager,
            doorgegeven.map((open) => verlofAangevraagd(open, leerling, correlationId)),
          );
      }
      if (besluit.besluit === 'verleend') {
        await this.herbeoordeling.leerlingen(manager, aanvraag.brin, new Map([[aanvraag.jongereId, aanvraag.van]]), correlationId);
      }
    });
    return openbaar((await this.verlof.een(this.dataSource, verlofId)) as OpgeslagenVerlofaanvraag);
  }
}

/** A stored request as the legal frame's input. */
function alsInvoer(aanvraag: OpgeslagenVerlofaanvraag): Verlofinvoer {
  return {
    soort: aanvraag.soort,
    ...(aanvraag.omstandigheid ? { omstandigheid: aanvraag.omstandigheid as GewichtigeOmstandigheid } : {}),
    van: aanvraag.van,
    totEnMet: aanvraag.totEnMet,
    aangevraagdOp: aanvraag.aangevraagdOp,
    werkgeversverklaring: aanvraag.werkgeversverklaring,
    ...(aanvraag.ontstaanOp ? { ontstaanOp: aanvraag.ontstaanOp } : {}),
  };
}
