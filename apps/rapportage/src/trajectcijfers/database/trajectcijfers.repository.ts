import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { TIJDIGHEID_STANDEN, UITKOMST_CATEGORIEEN } from '@sluitend/contracts';
import { rows, Runner } from '@sluitend/persistence';
import { Telling, upsertMetTellingen } from '../../shared/database/telling';
import type { Casusrij } from '../domain/casusprojectie';
import type { AfgeslotenCasussen } from '../domain/regio-effectrapportage';

/** The tables of the trajecten projection (the rebuild compares them). */
export const TRAJECT_PROJECTIES = ['trajecten_casus', 'casus_telling'] as const;

const afgeslotenRij = z
  .object({
    rmc_regio: z.string(),
    uitkomst: z.enum(UITKOMST_CATEGORIEEN),
    eerste_contact: z.enum(TIJDIGHEID_STANDEN),
    intake: z.enum(TIJDIGHEID_STANDEN),
    aantal: z.number().int(),
  })
  .transform((r): AfgeslotenCasussen => ({
    rmcRegio: r.rmc_regio,
    uitkomst: r.uitkomst,
    eersteContact: r.eerste_contact,
    intake: r.intake,
    aantal: r.aantal,
  }));

/**
 * casus_telling: the cases with an outcome per school year of closing, region, outcome and timeliness. A case merged
 * into another (a duplicate) is not an outcome (the case it went into counts).
 */
const TELLING: Telling = {
  tabel: 'casus_telling',
  sleutel: [
    { kolom: 'schooljaar', waarde: 't.afgesloten_schooljaar' },
    { kolom: 'rmc_regio', waarde: 't.rmc_regio' },
    { kolom: 'uitkomst', waarde: 't.uitkomst' },
    { kolom: 'eerste_contact', waarde: 't.eerste_contact' },
    { kolom: 'intake', waarde: 't.intake' },
  ],
  geteld:
    't.afgesloten_schooljaar IS NOT NULL AND t.uitkomst IS NOT NULL AND t.eerste_contact IS NOT NULL AND t.intake IS NOT NULL AND t.samengevoegd_in IS NULL',
};

/** trajecten_casus: rapportage's projection of trajecten's case events (codes and instants, no person). */
@Injectable()
export class TrajectcijfersRepository {
  /**
   * Upserts one chunk's rows: a field already stored is kept (each event fills its own fields, once), a status
   * replaces the stored one only when it is not older. So the row does not depend on the order events arrive in.
   */
  async projecteer(runner: Runner, rijen: readonly Casusrij[]): Promise<void> {
    if (rijen.length === 0) return;
    const upsert = `INSERT INTO trajecten_casus AS t
         (casus_id, rmc_regio, aanleiding, signaal_soort, geopend_op, status, status_op, uitkomst, afgesloten_op, eerste_contact, intake, samengevoegd_in,
          afgesloten_schooljaar)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::timestamptz[], $8::text[],
                            $9::timestamptz[], $10::text[], $11::text[], $12::uuid[], $13::text[])
       ON CONFLICT (casus_id) DO UPDATE SET
         aanleiding      = coalesce(t.aanleiding, EXCLUDED.aanleiding),
         signaal_soort   = coalesce(t.signaal_soort, EXCLUDED.signaal_soort),
         geopend_op      = coalesce(t.geopend_op, EXCLUDED.geopend_op),
         status          = CASE WHEN EXCLUDED.status_op IS NOT NULL AND (t.status_op IS NULL OR EXCLUDED.status_op >= t.status_op)
                                THEN EXCLUDED.status ELSE t.status END,
         status_op       = CASE WHEN EXCLUDED.status_op IS NOT NULL AND (t.status_op IS NULL OR EXCLUDED.status_op >= t.status_op)
                                THEN EXCLUDED.status_op ELSE t.status_op END,
         uitkomst        = coalesce(t.uitkomst, EXCLUDED.uitkomst),
         afgesloten_op   = coalesce(t.afgesloten_op, EXCLUDED.afgesloten_op),
         afgesloten_schooljaar = coalesce(t.afgesloten_schooljaar, EXCLUDED.afgesloten_schooljaar),
         eerste_contact  = coalesce(t.eerste_contact, EXCLUDED.eerste_contact),
         intake          = coalesce(t.intake, EXCLUDED.intake),
         samengevoegd_in = coalesce(t.samengevoegd_in, EXCLUDED.samengevoegd_in)`;
    await upsertMetTellingen(
      runner,
      { tabel: 'trajecten_casus', id: 'casus_id', upsert },
      [TELLING],
      [
        rijen.map((r) => r.casusId),
        rijen.map((r) => r.rmcRegio),
        rijen.map((r) => r.aanleiding),
        rijen.map((r) => r.signaalSoort),
        rijen.map((r) => r.geopendOp),
        rijen.map((r) => r.status),
        rijen.map((r) => r.statusOp),
        rijen.map((r) => r.uitkomst),
        rijen.map((r) => r.afgeslotenOp),
        rijen.map((r) => r.eersteContact),
        rijen.map((r) => r.intake),
        rijen.map((r) => r.samengevoegdIn),
        rijen.map((r) => r.afgeslotenSchooljaar),
      ],
    );
  }

  /**
   * Cases closed in a school year with an outcome, optionally of one RMC-regio, counted per region, outcome and
   * timeliness — read from the counts (at most 40 × 7 × 4 × 4 rows however many cases a year has).
   */
  async afgesloten(runner: Runner, schooljaar: string, rmcRegio: string | null): Promise<AfgeslotenCasussen[]> {
    return rows(
      runner,
      afgeslotenRij,
      `SELECT rmc_regio, uitkomst, eerste_contact, intake, aantal FROM casus_telling
       WHERE schooljaar = $1 AND ($2::text IS NULL OR rmc_regio = $2)`,
      [schooljaar, rmcRegio],
    );
  }

  /** The RMC-regio's with a case closed with an outcome in the school year. */
  async regiosMetCijfers(runner: Runner, schooljaar: string): Promise<string[]> {
    const gevonden = await rows(
      runner,
      z.object({ rmc_regio: z.string() }),
      'SELECT DISTINCT rmc_regio FROM casus_telling WHERE schooljaar = $1 ORDER BY rmc_regio',
      [schooljaar],
    );
    return gevonden.map((rij) => rij.rmc_regio);
  }
}
