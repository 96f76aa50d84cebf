import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { DossierIngediendPayload } from '@sluitend/contracts';
import { column, rows, Runner } from '@sluitend/persistence';
import type { AantalPerRmcRegio, AantalPerSchool } from '../domain/dossier-tellingen';
import type { TelScope } from '../domain/tel-scope';

const geprojecteerdRij = z.object({ dossier_id: column.uuid });
const perSchoolRij = z.object({ brin: z.string(), vestiging: z.string(), aantal: column.bigint });
const perRmcRegioRij = z.object({ rmc_regio: z.string().nullable(), aantal: column.bigint });

/** The scope as a predicate over dossier_projectie; its parameter, if any, is $2 (after the schooljaar). */
function scopePredicaat(scope: TelScope): { sql: string; params: string[] } {
  switch (scope.soort) {
    case 'alles':
      return { sql: 'true', params: [] };
    case 'school':
      return { sql: 'brin = $2', params: [scope.brin] };
    case 'rmc-regio':
      return { sql: 'rmc_regio = $2', params: [scope.rmcRegio] };
    case 'gemeente':
      return { sql: 'woongemeente = $2', params: [scope.woongemeente] };
  }
}

/** dossier_projectie: rapportage's read model of dossiers (codes and categories only, enough to count and group). */
@Injectable()
export class DossiersRepository {
  /**
   * Upserts the dossiers in one set-based statement; a row changes only when its version is newer than the stored one.
   * Answers the ids of the rows inserted or replaced. `geprojecteerd_op` is the database's clock_timestamp(): with
   * `ingediend_op` (overstap's moment) it gives the submit → projected latency the benchmark reports.
   */
  async projecteer(runner: Runner, dossiers: readonly DossierIngediendPayload[]): Promise<string[]> {
    if (dossiers.length === 0) return [];
    const kolom = <K extends keyof DossierIngediendPayload>(key: K) => dossiers.map((dossier) => dossier[key]);
    const geprojecteerd = await rows(
      runner,
      geprojecteerdRij,
      `INSERT INTO dossier_projectie AS d
         (dossier_id, versie, schooljaar, brin, vestiging, woongemeente, rmc_regio, onderwijstype, bestemming, ingediend_op, geprojecteerd_op)
       SELECT *, clock_timestamp() FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                                               $8::text[], $9::text[], $10::timestamptz[])
       ON CONFLICT (dossier_id) DO UPDATE SET
         versie = EXCLUDED.versie, schooljaar = EXCLUDED.schooljaar, brin = EXCLUDED.brin, vestiging = EXCLUDED.vestiging,
         woongemeente = EXCLUDED.woongemeente, rmc_regio = EXCLUDED.rmc_regio, onderwijstype = EXCLUDED.onderwijstype,
         bestemming = EXCLUDED.bestemming, ingediend_op = EXCLUDED.ingediend_op, geprojecteerd_op = EXCLUDED.geprojecteerd_op
       WHERE d.versie < EXCLUDED.versie
       RETURNING d.dossier_id`,
      [
        kolom('dossierId'),
        kolom('versie'),
        kolom('schooljaar'),
        kolom('brin'),
        kolom('vestiging'),
        kolom('woongemeente'),
        kolom('rmcRegio'),
        kolom('onderwijstype'),
        kolom('bestemming'),
        kolom('ingediendOp'),
      ],
    );
    return geprojecteerd.map((rij) => rij.dossier_id);
  }

  /** Counts per vestiging within the scope, ordered by vestiging code. */
  async aantalPerSchool(runner: Runner, schooljaar: string, scope: TelScope): Promise<AantalPerSchool[]> {
    const predicaat = scopePredicaat(scope);
    return rows(
      runner,
      perSchoolRij,
      `SELECT brin, vestiging, count(*) AS aantal FROM dossier_projectie
       WHERE schooljaar = $1 AND ${predicaat.sql} GROUP BY brin, vestiging ORDER BY vestiging`,
      [schooljaar, ...predicaat.params],
    );
  }

  /** Counts per RMC-regio of the woongemeente within the scope, ordered by code, an unknown region last. */
  async aantalPerRmcRegio(runner: Runner, schooljaar: string, scope: TelScope): Promise<AantalPerRmcRegio[]> {
    const predicaat = scopePredicaat(scope);
    const gevonden = await rows(
      runner,
      perRmcRegioRij,
      `SELECT rmc_regio, count(*) AS aantal FROM dossier_projectie
       WHERE schooljaar = $1 AND ${predicaat.sql} GROUP BY rmc_regio ORDER BY rmc_regio NULLS LAST`,
      [schooljaar, ...predicaat.params],
    );
    return gevonden.map((rij) => ({ rmcRegio: rij.rmc_regio, aantal: rij.aantal }));
  }
}
