import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OverdrachtenView } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { isOpen } from '../../../casussen/domain/casus-status';
import { casusNietGevonden } from '../../../casussen/domain/casussen.errors';
import { Command } from '../../../shared/command';
import { eisCasusToegang, magOpCasus } from '../../../toegang/domain/casus-toegang';
import { overdrachtView } from '../../commands/stel-overdracht-voor/overdracht-view';
import { OverdrachtenRepository } from '../../database/overdrachten.repository';
import { casusToegangFeiten } from '../../domain/toegang-feiten';

export type LeesOverdrachtenCommand = Command<{ casusId: string }>;

/**
 * Use case: a case's handovers and its holder, for who may read the case and for the receiver of a waiting proposal
 * (it sees the proposal before it accepts); the read is recorded.
 */
@Injectable()
export class LeesOverdrachten {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly overdrachten: OverdrachtenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: LeesOverdrachtenCommand): Promise<OverdrachtenView> {
    const casus = await this.casussen.vanId(this.dataSource, input.casusId);
    if (!casus) throw casusNietGevonden();
    const alle = await this.overdrachten.vanCasus(this.dataSource, casus.id);
    const feiten = casusToegangFeiten({ rmcRegio: casus.rmcRegio, open: isOpen(casus.status) }, alle);
    if (!magOpCasus(actor, feiten, 'overdracht-beoordelen')) eisCasusToegang(actor, feiten, 'lezen');
    await this.casussen.registreerInzage(this.dataSource, casus.id, actor, 'overdrachten', this.clock.now());
    return { houder: { ...feiten.houder }, overdrachten: alle.map(overdrachtView) };
  }
}
