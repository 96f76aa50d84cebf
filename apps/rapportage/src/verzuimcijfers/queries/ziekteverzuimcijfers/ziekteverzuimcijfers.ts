import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Claims } from '@sluitend/auth';
import type { ZiekteverzuimcijfersAntwoord, ZiekteverzuimcijfersQuery } from '@sluitend/contracts';
import { ONTHULLINGSBELEID } from '../../../config/onthullingsbeleid.provider';
import { alsGrafiekAntwoord } from '../../../grafieken/domain/grafiek';
import { alsKruistabelAntwoord } from '../../../onthulling/domain/kruistabel';
import type { OnthullingsBeleid } from '../../../onthulling/domain/onthullingsbeleid';
import { ZiekteverzuimRepository } from '../../database/ziekteverzuim.repository';
import { publiceerZiekteverzuimcijfers, ZIEKTEVERZUIM_KOLOMMEN, ziekteverzuimcijfers, ziekteverzuimGrafiek } from '../../domain/ziekteverzuimcijfers';
import { ziekteverzuimcijfersBereik } from '../../domain/ziekteverzuimcijfers-bereik';

export type LeesZiekteverzuimcijfersQuery = {
  input: ZiekteverzuimcijfersQuery;
  actor: Claims;
  correlationId: string;
  /** An export leaves the organisation: always suppressed. */
  voorExport: boolean;
};

/**
 * Use case: the M@ZL signals (zorgwekkend ziekteverzuim) of one school year per school and per woongemeente × grond,
 * in force and withdrawn, with the chart-ready series — read from the counts beside the projection (ADR 0027), never
 * the signals. A school and the GGD's jeugdarts read their own unsuppressed; a gemeente, an RMC-regio and ops
 * suppressed (ziekteverzuimcijfersBereik says why); an export always suppressed.
 */
@Injectable()
export class LeesZiekteverzuimcijfers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ZiekteverzuimRepository,
    @Inject(ONTHULLINGSBELEID) private readonly beleid: OnthullingsBeleid,
  ) {}

  async execute(query: LeesZiekteverzuimcijfersQuery): Promise<ZiekteverzuimcijfersAntwoord> {
    const bereik = ziekteverzuimcijfersBereik(query.actor.org);
    const { schooljaar } = query.input;
    const cijfers = ziekteverzuimcijfers(await this.repository.tellingen(this.dataSource, schooljaar, bereik));
    const gepubliceerd = publiceerZiekteverzuimcijfers(cijfers, bereik.onderdrukken || query.voorExport ? this.beleid : null);
    return {
      schooljaar,
      kolommen: ZIEKTEVERZUIM_KOLOMMEN.map((k) => ({ grond: k.grond, ingetrokken: k.ingetrokken })),
      perSchool: alsKruistabelAntwoord(gepubliceerd.perSchool),
      perGemeente: alsKruistabelAntwoord(gepubliceerd.perGemeente),
      grafiekPerSchool: alsGrafiekAntwoord(ziekteverzuimGrafiek(schooljaar, 'school', gepubliceerd.perSchool)),
      grafiekPerGemeente: alsGrafiekAntwoord(ziekteverzuimGrafiek(schooljaar, 'woongemeente', gepubliceerd.perGemeente)),
    };
  }
}
