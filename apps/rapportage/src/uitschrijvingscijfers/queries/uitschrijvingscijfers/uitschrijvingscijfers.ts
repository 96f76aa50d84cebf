import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Claims } from '@sluitend/auth';
import type { UitschrijvingenAntwoord, UitschrijvingenQuery } from '@sluitend/contracts';
import { rmcRegioVanCode } from '@sluitend/domain-nl';
import { ONTHULLINGSBELEID } from '../../../config/onthullingsbeleid.provider';
import { alsGrafiekAntwoord } from '../../../grafieken/domain/grafiek';
import { alsKruistabelAntwoord, ongefilterd } from '../../../onthulling/domain/kruistabel';
import { onderdrukKruistabel } from '../../../onthulling/domain/onderdruk-kruistabel';
import type { OnthullingsBeleid } from '../../../onthulling/domain/onthullingsbeleid';
import { UitschrijvingscijfersRepository } from '../../database/uitschrijvingscijfers.repository';
import { publiceerRegiorij } from '../../domain/regiovergelijking';
import { uitschrijvingBereik } from '../../domain/uitschrijvingscijfers-bereik';
import { onbekendeRegio } from '../../domain/uitschrijvingscijfers.errors';
import { uitschrijvingsgrafiek } from '../../domain/uitschrijvingsgrafiek';
import { kolomtelling, regioVanDeMeesten, schooljaarperiode, UITSCHRIJVINGSKOLOMMEN, uitschrijvingstabel } from '../../domain/uitschrijvingstabel';

export type LeesUitschrijvingscijfersQuery = {
  input: UitschrijvingenQuery;
  actor: Claims;
  correlationId: string;
  /** An export leaves the organisation: always suppressed. */
  voorExport: boolean;
};

/**
 * Use case: uitschrijvingen per DUO reason and switches of the mbo inschrijvingen that ran in one school year, per
 * institution or programme, with the rates and a region's row to compare with, over the tabellenboek's and the VSV
 * projection's inschrijvingen. An institution, gemeente or RMC reads its own scope unsuppressed; ops everything, small
 * cells suppressed; the region's row is always suppressed on what it says about others.
 */
@Injectable()
export class LeesUitschrijvingscijfers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: UitschrijvingscijfersRepository,
    @Inject(ONTHULLINGSBELEID) private readonly beleid: OnthullingsBeleid,
  ) {}

  async execute(query: LeesUitschrijvingscijfersQuery): Promise<UitschrijvingenAntwoord> {
    const { schooljaar, dimensie, rmcRegio } = query.input;
    const bereik = uitschrijvingBereik(query.actor.org);
    const gevraagd = rmcRegio === undefined ? undefined : rmcRegioVanCode(rmcRegio);
    if (rmcRegio !== undefined && gevraagd === undefined) throw onbekendeRegio(rmcRegio);
    const periode = schooljaarperiode(schooljaar);
    // ops sees every inschrijving, so a region's are all in its table: no split by region needed.
    const perRegio = !bereik.onderdrukken;
    // One snapshot for the table and the region's row (a projection committing between them would mix two moments).
    const { groepen, regio, keuze } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const groepen = await this.repository.groepen(manager, periode, dimensie, bereik, perRegio);
      const standaard = bereik.standaardRegio;
      const [code, keuze] =
        gevraagd !== undefined
          ? [gevraagd.code, 'gevraagd' as const]
          : standaard === null
            ? [null, null]
            : standaard.keuze === 'eigen-regio'
              ? [standaard.code, standaard.keuze]
              : [regioVanDeMeesten(groepen), standaard.keuze];
      return { groepen, regio: code === null ? null : { code, groepen: await this.repository.regio(manager, periode, code) }, keuze };
    });
    const naarBuiten = bereik.onderdrukken || query.voorExport;
    const { codes, tabel } = uitschrijvingstabel(groepen, dimensie);
    const gepubliceerd = naarBuiten ? onderdrukKruistabel(tabel, this.beleid) : ongefilterd(tabel);
    const regiorij =
      regio === null || keuze === null
        ? null
        : (() => {
            const naam = rmcRegioVanCode(regio.code)?.naam ?? regio.code;
            const label = `regio ${naam}`;
            const alle = kolomtelling(regio.groepen);
            const eigen = perRegio ? kolomtelling(groepen, (g) => g.rmcRegio === regio.code) : alle;
            const rij = publiceerRegiorij({ label, regio: alle, eigen, tabel, gepubliceerd, naarBuiten }, this.beleid);
            return { code: regio.code, naam, label, keuze, tabel: rij };
          })();
    return {
      schooljaar,
      dimensie,
      periode,
      codes: [...codes],
      kolomcodes: UITSCHRIJVINGSKOLOMMEN.map((k) => k.code),
      tabel: alsKruistabelAntwoord(gepubliceerd),
      regio:
        regiorij === null ? null : { code: regiorij.code, naam: regiorij.naam, keuze: regiorij.keuze, tabel: alsKruistabelAntwoord(regiorij.tabel) },
      grafiek: alsGrafiekAntwoord(uitschrijvingsgrafiek(schooljaar, dimensie, codes, gepubliceerd, regiorij)),
    };
  }
}
