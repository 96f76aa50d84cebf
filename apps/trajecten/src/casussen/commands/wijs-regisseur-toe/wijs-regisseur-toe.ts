import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { CasusView } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { Command } from '../../../shared/command';
import { CasussenRepository } from '../../database/casussen.repository';
import { eisRegioToegang } from '../../domain/casus-feiten';
import { isOpen } from '../../domain/casus-status';
import { casusAfgesloten, casusNietGevonden } from '../../domain/casussen.errors';
import { casusView } from '../../queries/casus/casus-view';

export type WijsRegisseurToeCommand = Command<{ casusId: string; regisseur: { sub: string; naam: string } }>;

/**
 * Use case: the case's one casusregisseur (a named user) is set or replaced — a case has exactly one, so assigning
 * replaces the previous one. Only an open case (casus.afgesloten, 409). Recorded in the history.
 */
@Injectable()
export class WijsRegisseurToe {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: WijsRegisseurToeCommand): Promise<CasusView> {
    return this.dataSource.transaction((manager) => this.wijs(manager, command));
  }

  private async wijs(manager: EntityManager, { input, actor }: WijsRegisseurToeCommand): Promise<CasusView> {
    const casus = await this.casussen.vanId(manager, input.casusId, true);
    if (!casus) throw casusNietGevonden();
    eisRegioToegang(actor, casus, 'wijzigen');
    if (!isOpen(casus.status)) throw casusAfgesloten(casus.id);
    const now = this.clock.now();
    const na = await this.casussen.zetRegisseur(manager, casus.id, input.regisseur, now);
    await this.casussen.voegHistorieToe(manager, [
      {
        casusId: casus.id,
        actie: 'casusregisseur-toegewezen',
        vanStatus: null,
        naarStatus: null,
        door: actor.sub,
        op: now,
        toelichting: `${input.regisseur.naam} (${input.regisseur.sub})`,
      },
    ]);
    return casusView(na);
  }
}
