import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Claims } from '@sluitend/auth';
import type { EffectrapportageAntwoord, EffectrapportageQuery } from '@sluitend/contracts';
import { ONTHULLINGSBELEID } from '../../../config/onthullingsbeleid.provider';
import { alsKruistabelAntwoord } from '../../../onthulling/domain/kruistabel';
import type { OnthullingsBeleid } from '../../../onthulling/domain/onthullingsbeleid';
import { TrajectcijfersRepository } from '../../database/trajectcijfers.repository';
import { effectrapportageBereik } from '../../domain/effectrapportage-bereik';
import { publiceerRegioEffectrapportage, regioEffectrapportage } from '../../domain/regio-effectrapportage';

export type LeesEffectrapportageQuery = {
  input: EffectrapportageQuery;
  actor: Claims;
  correlationId: string;
  /** An export leaves the organisation: always suppressed. */
  voorExport: boolean;
};

/**
 * Use case: the effectrapportage of one school year (cases closed from 1 August to 31 July, Amsterdam): outcomes and
 * timeliness per RMC-regio. An RMC reads its own region (unsuppressed), ops every region (suppressed together).
 */
@Injectable()
export class LeesEffectrapportage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: TrajectcijfersRepository,
    @Inject(ONTHULLINGSBELEID) private readonly beleid: OnthullingsBeleid,
  ) {}

  async execute(query: LeesEffectrapportageQuery): Promise<EffectrapportageAntwoord> {
    const bereik = effectrapportageBereik(query.actor.org);
    const { schooljaar } = query.input;
    const casussen = await this.repository.afgesloten(this.dataSource, schooljaar, bereik.rmcRegio);
    const rapport = regioEffectrapportage(casussen, bereik.rmcRegio === null ? [] : [bereik.rmcRegio]);
    const gepubliceerd = publiceerRegioEffectrapportage(rapport, bereik.onderdrukken || query.voorExport ? this.beleid : null);
    return {
      schooljaar,
      uitkomsten: alsKruistabelAntwoord(gepubliceerd.uitkomsten),
      eersteContact: alsKruistabelAntwoord(gepubliceerd.eersteContact),
      intake: alsKruistabelAntwoord(gepubliceerd.intake),
    };
  }
}
