import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Claims } from '@sluitend/auth';
import type { BenaderrondecijfersAntwoord, BenaderrondecijfersQuery } from '@sluitend/contracts';
import { ONTHULLINGSBELEID } from '../../../config/onthullingsbeleid.provider';
import { alsGrafiekAntwoord } from '../../../grafieken/domain/grafiek';
import { alsKruistabelAntwoord } from '../../../onthulling/domain/kruistabel';
import type { OnthullingsBeleid } from '../../../onthulling/domain/onthullingsbeleid';
import { RondesEnProgrammasRepository } from '../../database/rondes-en-programmas.repository';
import { benaderrondeGrafiek, benaderrondes, publiceerBenaderrondes } from '../../domain/benaderrondes';
import { effectrapportageBereik } from '../../domain/effectrapportage-bereik';

export type LeesBenaderrondesQuery = {
  input: BenaderrondecijfersQuery;
  actor: Claims;
  correlationId: string;
  /** An export leaves the organisation: always suppressed. */
  voorExport: boolean;
};

/**
 * Use case: the outreach rounds closed in one school year (Amsterdam), per RMC-regio or per round: reactions, in beeld
 * and handed over per organisation, and the funnel as a chart. An RMC reads its own region (unsuppressed), ops every
 * region (the two tables suppressed together).
 */
@Injectable()
export class LeesBenaderrondes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RondesEnProgrammasRepository,
    @Inject(ONTHULLINGSBELEID) private readonly beleid: OnthullingsBeleid,
  ) {}

  async execute(query: LeesBenaderrondesQuery): Promise<BenaderrondecijfersAntwoord> {
    const bereik = effectrapportageBereik(query.actor.org, 'benaderrondes');
    const { schooljaar, dimensie } = query.input;
    const rondes = await this.repository.rondes(this.dataSource, schooljaar, bereik.rmcRegio);
    const rapport = benaderrondes(rondes, dimensie, bereik.rmcRegio === null ? [] : [bereik.rmcRegio]);
    const gepubliceerd = publiceerBenaderrondes(rapport, bereik.onderdrukken || query.voorExport ? this.beleid : null);
    return {
      schooljaar,
      dimensie,
      codes: [...gepubliceerd.codes],
      rondes: [...gepubliceerd.rondes],
      reacties: alsKruistabelAntwoord(gepubliceerd.reacties),
      overdracht: alsKruistabelAntwoord(gepubliceerd.overdracht),
      grafiek: alsGrafiekAntwoord(benaderrondeGrafiek(gepubliceerd)),
    };
  }
}
