import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { Verlofaanvraag, VraagVerlofAan as VerlofInvoer } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { LaadKalender } from '../../../kalenders/queries/kalender/laad-kalender';
import { LeerlingenRepository } from '../../../leerlingen/database/leerlingen.repository';
import { metDomainErrors } from '../../../shared/als-domain-error';
import { Herbeoordeling, HERBEOORDELING } from '../../../shared/herbeoordeling';
import { Persoonsnummers } from '../../../shared/persoonsnummers';
import { SCHOLEN } from '../../../shared/scholen';
import { openbaar, OpgeslagenVerlofaanvraag, VerlofRepository } from '../../database/verlof.repository';
import { beoordeelVerlofaanvraag } from '../../domain/verlofaanvraag';
import { VerlofFout } from '../../domain/verlof.errors';
import { verlofAangevraagd } from '../verlof-aangevraagd.event';

export type VraagVerlofAanCommand = { input: VerlofInvoer; actor: Claims; correlationId: string };

/**
 * Use case: the school's administration enters a parent's verlof request for a student (parents are not users). The
 * legal frame is computed on the school's calendar (`beoordeelVerlofaanvraag`: lesdagen, who decides — the head up to
 * 10 school days a year, the leerplichtambtenaar of the woongemeente beyond — and the legal bars) and stored with it.
 * A religious obligation notified in time needs no decision: it holds at once (`gemeld`) and the student's absence
 * is evaluated again from its first day. A request the leerplichtambtenaar decides (beyond 10 school days) is a signal
 * for the leerplicht of the woongemeente: `verzuim.verlof.aangevraagd` through the outbox, in the same transaction —
 * the pseudonym, codes, the period and its lesdagen; no names, no explanation.
 */
@Injectable()
export class VraagVerlofAan {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verlof: VerlofRepository,
    private readonly leerlingen: LeerlingenRepository,
    private readonly laadKalender: LaadKalender,
    private readonly persoonsnummers: Persoonsnummers,
    private readonly outbox: OutboxWriter,
    @Inject(HERBEOORDELING) private readonly herbeoordeling: Herbeoordeling,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: VraagVerlofAanCommand): Promise<Verlofaanvraag> {
    assertOrgType(actor, SCHOLEN);
    const brin = actor.org.code;
    const jongereId = this.persoonsnummers.jongereId(input.persoonsnummer);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const leerling = (await this.leerlingen.lockVanSchool(manager, brin, [jongereId])).get(jongereId);
      if (!leerling) throw VerlofFout.leerlingOnbekend();
      const kalender = await metDomainErrors(() => this.laadKalender.execute({ input: { brin } }, manager));
      if (!kalender) throw VerlofFout.geenKalender();
      const eerder = await this.verlof.verleend(manager, brin, jongereId);
      const beoordeling = metDomainErrors(() =>
        beoordeelVerlofaanvraag(
          {
            soort: input.soort,
            ...(input.omstandigheid ? { omstandigheid: input.omstandigheid } : {}),
            van: input.van,
            totEnMet: input.totEnMet,
            aangevraagdOp: input.aangevraagdOp,
            ...(input.werkgeversverklaring !== undefined ? { werkgeversverklaring: input.werkgeversverklaring } : {}),
            ...(input.ontstaanOp ? { ontstaanOp: input.ontstaanOp } : {}),
          },
          kalender,
          eerder,
        ),
      );
      const gemeld = beoordeling.beslisser === 'geen' && beoordeling.toewijsbaar;
      await this.verlof.voegToe(
        manager,
        {
          id,
          brin,
          jongereId,
          woongemeente: leerling.woongemeente,
          soort: input.soort,
          omstandigheid: input.omstandigheid ?? null,
          van: input.van,
          totEnMet: input.totEnMet,
          aangevraagdOp: input.aangevraagdOp,
          ontstaanOp: input.ontstaanOp ?? null,
          werkgeversverklaring: input.werkgeversverklaring === true,
          beoordeling,
          status: gemeld ? 'gemeld' : 'aangevraagd',
          toelichting: input.toelichting ?? null,
        },
        this.clock.now(),
      );
      if (!gemeld && beoordeling.beslisser === 'leerplichtambtenaar') {
        const aanvraag = { id, soort: input.soort, omstandigheid: input.omstandigheid ?? null, van: input.van, totEnMet: input.totEnMet };
        const event = verlofAangevraagd({ ...aanvraag, lesdagen: beoordeling.lesdagen, schooljaar: beoordeling.schooljaar }, leerling, correlationId);
        await this.outbox.append(manager, [event]);
      }
      if (gemeld) await this.herbeoordeling.leerlingen(manager, brin, new Map([[jongereId, input.van]]), correlationId);
    });
    return openbaar((await this.verlof.een(this.dataSource, id)) as OpgeslagenVerlofaanvraag);
  }
}
