import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AdviesView, RegistreerAdviesInvoer } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { casusNietGevonden } from '../../../casussen/domain/casussen.errors';
import { CasusToegang } from '../../../overdrachten/database/casus-toegang';
import { OverdrachtenRepository } from '../../../overdrachten/database/overdrachten.repository';
import { huidigeHouder } from '../../../overdrachten/domain/houder';
import { Command } from '../../../shared/command';
import { NetwerkoverlegRepository } from '../../database/netwerkoverleg.repository';
import { gevolgVanAdvies, valideerAdvies } from '../../domain/advies';

export type RegistreerAdviesCommand = Command<{ casusId: string } & RegistreerAdviesInvoer>;

/**
 * Use case: the netwerkoverleg's advice for a case on its list (status netwerkoverleg, else
 * `netwerkoverleg.niet-geagendeerd`, 409): triage, route, who takes it on in which role, decided by the caller (the
 * netwerkregisseur). Recorded with a history line; the answer names what follows — the route step, and a warm
 * handover when another organisation than the holder takes the case on — which the casusregisseur then takes.
 */
@Injectable()
export class RegistreerAdvies {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly toegang: CasusToegang,
    private readonly overdrachten: OverdrachtenRepository,
    private readonly adviezen: NetwerkoverlegRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: RegistreerAdviesCommand): Promise<AdviesView> {
    return this.dataSource.transaction((manager) => this.registreer(manager, command));
  }

  private async registreer(manager: EntityManager, { input, actor }: RegistreerAdviesCommand): Promise<AdviesView> {
    const casus = await this.casussen.vanId(manager, input.casusId, true);
    if (!casus) throw casusNietGevonden();
    await this.toegang.eis(manager, actor, casus, 'wijzigen');
    const advies = valideerAdvies(
      {
        casusId: casus.id,
        overlegdatum: input.overlegdatum,
        triage: input.triage,
        route: input.route,
        toewijzing: input.toewijzing,
        besluitDoor: actor.sub,
        toelichting: input.toelichting,
      },
      casus,
    );
    const now = this.clock.now();
    const opgeslagen = await this.adviezen.voegToe(manager, randomUUID(), casus.rmcRegio, advies, now);
    const gevolg = gevolgVanAdvies(advies, huidigeHouder(casus.rmcRegio, await this.overdrachten.vanCasus(manager, casus.id)));
    await this.casussen.voegHistorieToe(manager, [
      {
        casusId: casus.id,
        actie: 'netwerkoverleg-advies',
        vanStatus: null,
        naarStatus: null,
        door: actor.sub,
        op: now,
        toelichting: `${advies.triage}${advies.route ? `, route ${advies.route}` : ''}, ${advies.toewijzing.rol} bij ${advies.toewijzing.organisatie.code}`,
      },
    ]);
    return {
      id: opgeslagen.id,
      casusId: casus.id,
      overlegdatum: opgeslagen.overlegdatum,
      triage: opgeslagen.triage,
      route: opgeslagen.route ?? null,
      toewijzing: { organisatie: { ...opgeslagen.toewijzing.organisatie }, rol: opgeslagen.toewijzing.rol },
      besluitDoor: opgeslagen.besluitDoor,
      toelichting: opgeslagen.toelichting ?? null,
      vastgelegdOp: opgeslagen.vastgelegdOp.toISOString(),
      gevolg: { casusActie: gevolg.casusActie, overdrachtNaar: gevolg.overdrachtNaar ? { ...gevolg.overdrachtNaar } : null },
    };
  }
}
