import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Claims } from '@sluitend/auth';
import type { VsvAntwoord, VsvQuery } from '@sluitend/contracts';
import { CLOCK, Clock, teldatum, volgendeTeldatum } from '@sluitend/domain-nl';
import { ONTHULLINGSBELEID } from '../../../config/onthullingsbeleid.provider';
import { isVoorlopig } from '../../../shared/domain/voorlopig';
import { alsGrafiekAntwoord } from '../../../grafieken/domain/grafiek';
import { alsKruistabelAntwoord } from '../../../onthulling/domain/kruistabel';
import type { OnthullingsBeleid } from '../../../onthulling/domain/onthullingsbeleid';
import { VsvRepository } from '../../database/vsv.repository';
import { vsvTabel } from '../../domain/vsv-cijfers';
import { publiceerVsv, vsvGrafiek } from '../../domain/vsv-grafiek';
import { vsvfeitUitProjectie } from '../../domain/vsv-projectiefeit';
import { vsvBereik } from '../../domain/vsvcijfers-bereik';

export type LeesVsvcijfersQuery = {
  input: VsvQuery;
  actor: Claims;
  correlationId: string;
  /** An export leaves the organisation: always suppressed. */
  voorExport: boolean;
};

/**
 * Use case: statistical VSV of one school year (OCW: enrolled on 1 October t, enrolled nowhere on 1 October t+1, no
 * startkwalificatie) per RMC-regio, woongemeente, school or level, over the VSV projection, with the chart-ready
 * series. A school, gemeente or RMC reads its own scope unsuppressed; ops everything, small cells suppressed.
 */
@Injectable()
export class LeesVsvcijfers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: VsvRepository,
    @Inject(ONTHULLINGSBELEID) private readonly beleid: OnthullingsBeleid,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(query: LeesVsvcijfersQuery): Promise<VsvAntwoord> {
    const { schooljaar, dimensie } = query.input;
    const bereik = vsvBereik(query.actor.org);
    const rijen = await this.repository.deelnemers(this.dataSource, schooljaar, bereik);
    const tabel = vsvTabel(
      rijen.map((rij) => vsvfeitUitProjectie(rij, schooljaar)),
      { schooljaar, dimensie },
    );
    const gepubliceerd = publiceerVsv(tabel, bereik.onderdrukken || query.voorExport ? this.beleid : null);
    return {
      schooljaar,
      dimensie,
      teldatum: teldatum(schooljaar),
      volgendeTeldatum: volgendeTeldatum(schooljaar),
      voorlopig: isVoorlopig(volgendeTeldatum(schooljaar), this.clock.now()),
      codes: [...gepubliceerd.codes],
      tabel: alsKruistabelAntwoord(gepubliceerd.tabel),
      grafiek: alsGrafiekAntwoord(vsvGrafiek(gepubliceerd)),
    };
  }
}
