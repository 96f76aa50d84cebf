import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Claims } from '@sluitend/auth';
import type { SignalenPerRegio, SignalenPerRegioQuery } from '@sluitend/contracts';
import { ONTHULLINGSBELEID } from '../../../config/onthullingsbeleid.provider';
import { ongefilterd } from '../../../onthulling/domain/kruistabel';
import { onderdrukKruistabel } from '../../../onthulling/domain/onderdruk-kruistabel';
import type { OnthullingsBeleid } from '../../../onthulling/domain/onthullingsbeleid';
import { TabellenboekRepository } from '../../database/tabellenboek.repository';
import { OVERSTAP_SIGNAALTYPEN } from '../../domain/overstapprojectie';
import { SIGNAALLABELS } from '../../domain/projectiefeit';
import { signalenBereik } from '../../domain/tabellenboek-bereik';

export type LeesSignalenPerRegioQuery = {
  input: SignalenPerRegioQuery;
  actor: Claims;
  correlationId: string;
  /** An export leaves the organisation: always suppressed. */
  voorExport?: boolean;
};

/**
 * Use case: overstap's signals of one school year per RMC-regio of residence × type. An RMC reads its own region
 * (unsuppressed); ops every region, small cells suppressed with the table's margins (onthulling).
 */
@Injectable()
export class LeesSignalenPerRegio {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: TabellenboekRepository,
    @Inject(ONTHULLINGSBELEID) private readonly beleid: OnthullingsBeleid,
  ) {}

  async execute(query: LeesSignalenPerRegioQuery): Promise<SignalenPerRegio> {
    const bereik = signalenBereik(query.actor.org);
    const { schooljaar } = query.input;
    const tellingen = await this.repository.signalenPerRegio(this.dataSource, schooljaar, bereik.rmcRegio);
    const rmcRegios = [...new Set(tellingen.map((t) => t.rmcRegio))];
    if (bereik.rmcRegio !== null && rmcRegios.length === 0) rmcRegios.push(bereik.rmcRegio);
    const kolom = new Map<string, number>(OVERSTAP_SIGNAALTYPEN.map((type, k) => [type, k]));
    const rij = new Map(rmcRegios.map((regio, r) => [regio, r]));
    const cellen = rmcRegios.map(() => OVERSTAP_SIGNAALTYPEN.map(() => 0));
    for (const t of tellingen) {
      const k = kolom.get(t.signaalType);
      const r = rij.get(t.rmcRegio);
      if (k !== undefined && r !== undefined) cellen[r][k] += t.aantal;
    }
    const tabel = {
      rijen: rmcRegios.map((regio) => regio ?? 'onbekend'),
      kolommen: OVERSTAP_SIGNAALTYPEN.map((type) => SIGNAALLABELS[type]),
      cellen,
    };
    const gepubliceerd = bereik.onderdrukken || query.voorExport === true ? onderdrukKruistabel(tabel, this.beleid) : ongefilterd(tabel);
    return {
      schooljaar,
      tabel: {
        rijen: [...gepubliceerd.rijen],
        kolommen: [...gepubliceerd.kolommen],
        cellen: gepubliceerd.cellen.map((r) => [...r]),
        rijtotalen: [...gepubliceerd.rijtotalen],
        kolomtotalen: [...gepubliceerd.kolomtotalen],
        totaal: gepubliceerd.totaal,
        drempel: gepubliceerd.drempel,
      },
      rmcRegios,
      signaaltypen: [...OVERSTAP_SIGNAALTYPEN],
    };
  }
}
