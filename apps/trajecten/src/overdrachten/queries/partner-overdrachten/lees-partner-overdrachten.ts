import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PartnerOverdrachtenView } from '@sluitend/contracts';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { isOpen } from '../../../casussen/domain/casus-status';
import { Command } from '../../../shared/command';
import { magOpCasus } from '../../../toegang/domain/casus-toegang';
import { overdrachtView } from '../../commands/stel-overdracht-voor/overdracht-view';
import { OverdrachtenRepository } from '../../database/overdrachten.repository';
import { casusToegangFeiten } from '../../domain/toegang-feiten';

export type LeesPartnerOverdrachtenCommand = Command<Record<string, never>>;

/** How many running handovers one list shows (our choice: a partner's caseload stays well under it). */
export const MAX_PARTNER_OVERDRACHTEN = 500;

/**
 * Use case: the caller's organisation's worklist — every running handover to it (a proposal waiting for its answer, a
 * case it accepted) that toegang's table lets it see now: it reviews a proposal made to it and reads a case it holds,
 * both only while the case is open. Nothing else: another organisation's handovers never show.
 */
@Injectable()
export class LeesPartnerOverdrachten {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly overdrachten: OverdrachtenRepository,
  ) {}

  async execute({ actor }: LeesPartnerOverdrachtenCommand): Promise<PartnerOverdrachtenView> {
    const lopend = await this.overdrachten.lopendNaar(this.dataSource, actor.org, MAX_PARTNER_OVERDRACHTEN);
    // Two reads for the whole list (the cases, and all their handovers), not two per handover.
    const casusIds = lopend.map((o) => o.casusId);
    const casussen = await this.casussen.vanIds(this.dataSource, casusIds);
    const overdrachtenPerCasus = await this.overdrachten.vanCasussen(this.dataSource, casusIds);
    const zichtbaar: PartnerOverdrachtenView['overdrachten'] = [];
    for (const overdracht of lopend) {
      const casus = casussen.get(overdracht.casusId);
      if (!casus) continue;
      const feiten = casusToegangFeiten({ rmcRegio: casus.rmcRegio, open: isOpen(casus.status) }, overdrachtenPerCasus.get(casus.id) ?? []);
      const mag = overdracht.status === 'voorgesteld' ? magOpCasus(actor, feiten, 'overdracht-beoordelen') : magOpCasus(actor, feiten, 'lezen');
      if (mag) zichtbaar.push({ ...overdrachtView(overdracht), rmcRegio: casus.rmcRegio, casusStatus: casus.status });
    }
    return { organisatie: { type: actor.org.type, code: actor.org.code }, overdrachten: zichtbaar };
  }
}
