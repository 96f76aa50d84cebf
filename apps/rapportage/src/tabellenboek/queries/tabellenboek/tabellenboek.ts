import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Claims } from '@sluitend/auth';
import type { TabellenboekAntwoord, TabellenboekQuery } from '@sluitend/contracts';
import { schooljaarBounds, toelatingsrechtDeadline, volgendeTeldatum } from '@sluitend/domain-nl';
import { ONTHULLINGSBELEID } from '../../../config/onthullingsbeleid.provider';
import { onderdrukReeks } from '../../../onthulling/domain/onderdruk-reeks';
import type { OnthullingsBeleid } from '../../../onthulling/domain/onthullingsbeleid';
import { ongefilterdeReeks } from '../../../onthulling/domain/reeks';
import { TabellenboekRepository } from '../../database/tabellenboek.repository';
import { overstapfeit, signalenReeks } from '../../domain/projectiefeit';
import { publiceerTabellenboek, tabellenboek } from '../../domain/tabellenboek';
import { tabellenboekBereik } from '../../domain/tabellenboek-bereik';

export type LeesTabellenboekQuery = {
  input: TabellenboekQuery;
  actor: Claims;
  correlationId: string;
  /** An export leaves the organisation: suppressed whoever asks. */
  voorExport: boolean;
};

/**
 * Use case: the tabellenboek of one VO school (or vestiging) in one school year from the projections of overstap's
 * events — choice on 1 April × aanmelding, final choice × actual destination on 1 October, signals per type — scoped
 * to the caller, small cells suppressed when the figures leave the organisation they describe (onthulling).
 */
@Injectable()
export class LeesTabellenboek {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: TabellenboekRepository,
    @Inject(ONTHULLINGSBELEID) private readonly beleid: OnthullingsBeleid,
  ) {}

  async execute(query: LeesTabellenboekQuery): Promise<TabellenboekAntwoord> {
    const bereik = tabellenboekBereik(query.actor.org, query.input);
    const { schooljaar } = query.input;
    const selectie = { schooljaar, brin: bereik.brin, vestiging: bereik.vestiging, rmcRegio: bereik.rmcRegio };
    const [rijen, perType] = await Promise.all([
      this.repository.overstapfeiten(this.dataSource, {
        ...selectie,
        april: toelatingsrechtDeadline(schooljaar),
        einde: schooljaarBounds(schooljaar).einde,
        teldatum: volgendeTeldatum(schooljaar),
      }),
      this.repository.signalenPerType(this.dataSource, selectie),
    ]);
    const onderdrukken = bereik.onderdrukken || query.voorExport;
    const boek = tabellenboek(
      rijen.map((rij) => overstapfeit(rij, schooljaar, bereik.brin)),
      { schooljaar, brin: bereik.brin, ...(bereik.vestiging === null ? {} : { vestiging: bereik.vestiging }) },
    );
    const gepubliceerd = publiceerTabellenboek(boek, onderdrukken ? this.beleid : null);
    const reeks = signalenReeks(perType);
    const signalen = onderdrukken ? onderdrukReeks(reeks, this.beleid) : ongefilterdeReeks(reeks);
    const kopie = <T>(waarden: readonly T[]): T[] => [...waarden];
    const tabel = (t: typeof gepubliceerd.keuzeEnWerkelijk) => ({
      rijen: kopie(t.rijen),
      kolommen: kopie(t.kolommen),
      cellen: t.cellen.map(kopie),
      rijtotalen: kopie(t.rijtotalen),
      kolomtotalen: kopie(t.kolomtotalen),
      totaal: t.totaal,
      drempel: t.drempel,
    });
    return {
      schooljaar,
      brin: bereik.brin,
      vestiging: bereik.vestiging,
      rmcRegio: bereik.rmcRegio,
      keuze1AprilEnAanmelding: tabel(gepubliceerd.keuze1AprilEnAanmelding),
      keuzeEnWerkelijk: tabel(gepubliceerd.keuzeEnWerkelijk),
      signalen: { categorieen: kopie(signalen.categorieen), waarden: kopie(signalen.waarden), totaal: signalen.totaal, drempel: signalen.drempel },
    };
  }
}
