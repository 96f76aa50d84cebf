import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Claims } from '@sluitend/auth';
import type { ProgrammaresultatenAntwoord, ProgrammaresultatenQuery } from '@sluitend/contracts';
import { schooljaarBounds } from '@sluitend/domain-nl';
import { ONTHULLINGSBELEID } from '../../../config/onthullingsbeleid.provider';
import { alsGrafiekAntwoord } from '../../../grafieken/domain/grafiek';
import { alsKruistabelAntwoord } from '../../../onthulling/domain/kruistabel';
import type { OnthullingsBeleid } from '../../../onthulling/domain/onthullingsbeleid';
import { RondesEnProgrammasRepository } from '../../database/rondes-en-programmas.repository';
import { effectrapportageBereik } from '../../domain/effectrapportage-bereik';
import { programmaGrafiek, programmaresultaten, publiceerProgrammaresultaten } from '../../domain/programmaresultaten';

export type LeesProgrammaresultatenQuery = {
  input: ProgrammaresultatenQuery;
  actor: Claims;
  correlationId: string;
  /** An export leaves the organisation: always suppressed. */
  voorExport: boolean;
};

/**
 * Use case: the programme results of one school year: per programme the participations started (by result, or still
 * running) and ended (by result). An RMC reads its own region's programmes (unsuppressed), ops every region's
 * (each table suppressed).
 */
@Injectable()
export class LeesProgrammaresultaten {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RondesEnProgrammasRepository,
    @Inject(ONTHULLINGSBELEID) private readonly beleid: OnthullingsBeleid,
  ) {}

  async execute(query: LeesProgrammaresultatenQuery): Promise<ProgrammaresultatenAntwoord> {
    const bereik = effectrapportageBereik(query.actor.org, 'programmas');
    const { schooljaar } = query.input;
    const periode = schooljaarBounds(schooljaar);
    const deelnames = await this.repository.deelnames(this.dataSource, periode.eersteDag, periode.laatsteDag, bereik.rmcRegio);
    const rapport = programmaresultaten(deelnames, { van: periode.eersteDag, tot: periode.laatsteDag });
    const gepubliceerd = publiceerProgrammaresultaten(rapport, bereik.onderdrukken || query.voorExport ? this.beleid : null);
    return {
      schooljaar,
      codes: [...gepubliceerd.codes],
      regios: [...gepubliceerd.regios],
      gestart: alsKruistabelAntwoord(gepubliceerd.gestart),
      beeindigd: alsKruistabelAntwoord(gepubliceerd.beeindigd),
      grafiek: alsGrafiekAntwoord(programmaGrafiek(gepubliceerd)),
    };
  }
}
