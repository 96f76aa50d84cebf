import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TrajectplanView } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { casusNietGevonden } from '../../../casussen/domain/casussen.errors';
import { CasusToegang } from '../../../overdrachten/database/casus-toegang';
import { Command } from '../../../shared/command';
import { trajectplanView } from '../../commands/maak-trajectplan/trajectplan-view';
import { TrajectplannenRepository } from '../../database/trajectplannen.repository';
import { planNietGevonden } from '../../domain/trajectplannen.errors';

export type LeesTrajectplanCommand = Command<{ casusId: string }>;

/** Use case: the case's current trajectplan (in concept or active, else the latest that ended); the read is recorded. */
@Injectable()
export class LeesTrajectplan {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly toegang: CasusToegang,
    private readonly plannen: TrajectplannenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: LeesTrajectplanCommand): Promise<TrajectplanView> {
    const casus = await this.casussen.vanId(this.dataSource, input.casusId);
    if (!casus) throw casusNietGevonden();
    await this.toegang.eis(this.dataSource, actor, casus, 'lezen');
    const plan = await this.plannen.huidigeVan(this.dataSource, casus.id);
    if (!plan) throw planNietGevonden();
    await this.casussen.registreerInzage(this.dataSource, casus.id, actor, 'trajectplan', this.clock.now());
    return trajectplanView(plan);
  }
}
