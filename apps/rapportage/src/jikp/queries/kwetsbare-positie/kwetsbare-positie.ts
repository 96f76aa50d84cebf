import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Claims } from '@sluitend/auth';
import type { KwetsbarePositieAntwoord, KwetsbarePositieQuery } from '@sluitend/contracts';
import { CLOCK, Clock, volgendeTeldatum } from '@sluitend/domain-nl';
import { ONTHULLINGSBELEID } from '../../../config/onthullingsbeleid.provider';
import { isVoorlopig } from '../../../shared/domain/voorlopig';
import { alsGrafiekAntwoord, grafiek, tellingreeks } from '../../../grafieken/domain/grafiek';
import { alsKruistabelAntwoord, ongefilterd } from '../../../onthulling/domain/kruistabel';
import { onderdrukKruistabel } from '../../../onthulling/domain/onderdruk-kruistabel';
import type { OnthullingsBeleid } from '../../../onthulling/domain/onthullingsbeleid';
import { JikpRepository } from '../../database/jikp.repository';
import { jikpBereik } from '../../domain/jikp-bereik';
import { JIKP_LEEFTIJD, leeftijdsband } from '../../domain/jikp-doelgroep';
import { jikpfeitUitProjectie } from '../../domain/jikp-projectiefeit';
import { kwetsbarePositieTabel } from '../../domain/kwetsbare-positie';

export type LeesKwetsbarePositieQuery = {
  input: KwetsbarePositieQuery;
  actor: Claims;
  correlationId: string;
  /** An export leaves the organisation: always suppressed. */
  voorExport: boolean;
};

/**
 * Use case: young people in a kwetsbare positie per woongemeente and category (seed 003's table) for the uitstroom of
 * one school year, counted on the 1 October after it, over the VSV and JiKP projections (ADR 0028).
 */
@Injectable()
export class LeesKwetsbarePositie {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: JikpRepository,
    @Inject(ONTHULLINGSBELEID) private readonly beleid: OnthullingsBeleid,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(query: LeesKwetsbarePositieQuery): Promise<KwetsbarePositieAntwoord> {
    const { schooljaar, rmcRegio, totLeeftijd, uitgesplitst } = query.input;
    const bereik = jikpBereik(query.actor.org, rmcRegio);
    const band = leeftijdsband(JIKP_LEEFTIJD.vanaf, totLeeftijd);
    const peildatum = volgendeTeldatum(schooljaar);
    const gemeenten = bereik.gemeenten.map((g) => g.code);
    const rijen = await this.repository.kandidaten(this.dataSource, gemeenten);
    const tabel = kwetsbarePositieTabel(
      rijen.map((rij) => jikpfeitUitProjectie(rij, peildatum)),
      { schooljaar, peildatum, gemeenten, band, uitgesplitst },
    );
    const namen = bereik.gemeenten.map((g) => g.naam);
    const gepubliceerd = bereik.onderdrukken || query.voorExport ? onderdrukKruistabel(tabel, this.beleid) : ongefilterd(tabel);
    const figuur = grafiek(
      'jikp.kwetsbare-positie',
      `Jongeren in een kwetsbare positie ${schooljaar} per gemeente`,
      'categorie',
      gepubliceerd.rijen.map((label, i) => ({ code: String(i), label })),
      namen.map((naam, g) =>
        tellingreeks(
          gemeenten[g],
          naam,
          gepubliceerd.cellen.map((rij) => rij[g]),
        ),
      ),
      gepubliceerd.drempel,
    );
    return {
      schooljaar,
      peildatum,
      voorlopig: isVoorlopig(peildatum, this.clock.now()),
      band: { vanaf: band.vanaf, tot: band.tot },
      gemeenten: bereik.gemeenten.map((g) => ({ code: g.code, naam: g.naam })),
      tabel: { ...alsKruistabelAntwoord(gepubliceerd), kolommen: namen },
      grafiek: alsGrafiekAntwoord(figuur),
    };
  }
}
