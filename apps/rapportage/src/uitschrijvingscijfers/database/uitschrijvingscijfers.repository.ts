import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { IsoDate } from '@sluitend/domain-nl';
import { column, rows, Runner } from '@sluitend/persistence';
import type { Inschrijvingsgroep, Uitschrijfreden, UitschrijvingDimensie } from '../domain/uitschrijvingstabel';

/** Whose inschrijvingen: one institution's, one gemeente's residents, one region's residents, or all (nulls). */
export interface UitschrijvingFilter {
  readonly brin: string | null;
  readonly woongemeente: string | null;
  readonly rmcRegio: string | null;
}

const groepRij = z
  .object({
    sleutel: z.string(),
    rmc_regio: z.string().nullable(),
    soort: z.enum(['uitschrijving', 'switch']).nullable(),
    reden: z.number().int().min(1).max(9).nullable(),
    aantal: column.bigint,
  })
  .transform((r): Inschrijvingsgroep => ({
    sleutel: r.sleutel,
    rmcRegio: r.rmc_regio,
    einde:
      r.soort === null ? null : r.soort === 'switch' ? { soort: 'switch' } : { soort: 'uitschrijving', reden: r.reden as Uitschrijfreden | null },
    aantal: r.aantal,
  }));

/** The row key of each dimension, as SQL over overstap_inschrijving (alias i): fixed text, never input. */
const SLEUTEL: Readonly<Record<UitschrijvingDimensie | 'geen', string>> = {
  instelling: 'i.mbo_brin',
  opleiding: `i.crebo || '-' || i.niveau`,
  geen: `''`,
};

/**
 * The inschrijvingen of overstap_inschrijving (the tabellenboek's projection: institution, programme, dates, how it
 * ended) with the region and gemeente of residence from vsv_inschrijving (the VSV projection, same inschrijving id)
 * that ran in a period — begun on or before its last day, not ended before its first — counted per row key, region
 * and ending within the period. Both projections are rapportage's own, filled from the same overstap events in one
 * inbox transaction; they are read, never written, here.
 */
function telSql(dimensie: UitschrijvingDimensie | 'geen', metRegio: boolean): string {
  const regio = metRegio ? 'v.rmc_regio' : 'NULL::text';
  return `SELECT ${SLEUTEL[dimensie]} AS sleutel, ${regio} AS rmc_regio,
            CASE WHEN i.beeindigd_per <= $2::date THEN i.beeindigd_soort END AS soort,
            CASE WHEN i.beeindigd_per <= $2::date THEN i.reden::int END AS reden,
            count(*) AS aantal
          FROM overstap_inschrijving i LEFT JOIN vsv_inschrijving v ON v.inschrijving_id = i.inschrijving_id
          WHERE i.ingeschreven_per <= $2::date AND (i.beeindigd_per IS NULL OR i.beeindigd_per >= $1::date)
            AND ($3::text IS NULL OR i.mbo_brin = $3) AND ($4::text IS NULL OR v.woongemeente = $4) AND ($5::text IS NULL OR v.rmc_regio = $5)
          GROUP BY 1, 2, 3, 4`;
}

@Injectable()
export class UitschrijvingscijfersRepository {
  /**
   * The scope's inschrijvingen in the period, per row key and ending; per region of residence too when `metRegio`
   * (the caller's part of a region, and the region most of an institution's students live in).
   */
  groepen(
    runner: Runner,
    periode: { eersteDag: IsoDate; laatsteDag: IsoDate },
    dimensie: UitschrijvingDimensie,
    filter: UitschrijvingFilter,
    metRegio: boolean,
  ): Promise<Inschrijvingsgroep[]> {
    return rows(runner, groepRij, telSql(dimensie, metRegio), [
      periode.eersteDag,
      periode.laatsteDag,
      filter.brin,
      filter.woongemeente,
      filter.rmcRegio,
    ]);
  }

  /** Every mbo inschrijving in the period of the young people living in one RMC-regio, at any institution, per ending. */
  regio(runner: Runner, periode: { eersteDag: IsoDate; laatsteDag: IsoDate }, rmcRegio: string): Promise<Inschrijvingsgroep[]> {
    return rows(runner, groepRij, telSql('geen', false), [periode.eersteDag, periode.laatsteDag, null, null, rmcRegio]);
  }
}
