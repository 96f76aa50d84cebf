import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { firstRow, rows, Runner } from '@sluitend/persistence';
import type { Herkomst } from '../../routering/domain/routing-context';

/**
 * Which students of a cohort a rule signals: SQL on the dossier `d` (the cohort is every mbo-bound dossier of the
 * schooljaar); its parameters are numbered from $4 on, after regel, schooljaar and the moment.
 */
export type CohortVoorwaarde = { sql: string; parameters: unknown[] };

export type Signaal = { signaalId: string; dossierId: string | null };

export type CohortSignaal = { signaalId: string; jongereId: string; dossierId: string; herkomst: Herkomst };

const signaalRij = z.object({ id: z.string(), dossier_id: z.string().nullable() });

const cohortRij = z
  .object({
    id: z.string(),
    jongere_id: z.string(),
    dossier_id: z.string(),
    brin: z.string(),
    vestiging: z.string(),
    woongemeente: z.string(),
    rmc_regio: z.string().nullable(),
    geboortedatum: z.string().nullable(),
  })
  .transform((rij): CohortSignaal => ({
    signaalId: rij.id,
    jongereId: rij.jongere_id,
    dossierId: rij.dossier_id,
    herkomst: { woongemeente: rij.woongemeente, rmcRegio: rij.rmc_regio, brin: rij.brin, vestiging: rij.vestiging, geboortedatum: rij.geboortedatum },
  }));

/**
 * The signal table: one row per rule, student, schooljaar and occurrence (the unique key signaal_eenmalig; the
 * occurrence `aanleiding` is '' for the rules that signal once per schooljaar, the inschrijving for those the law
 * wants per occurrence), so a signal is raised once whatever fires it again — another replica, a retried
 * transaction, a repeated request — and a second dropout years later is a second signal.
 */
@Injectable()
export class SignalenRepository {
  /**
   * Records one signal, unless the rule already signalled the student that schooljaar for this occurrence
   * (`aanleiding`, '' for the rules that signal once per schooljaar): then undefined.
   */
  registreer(
    runner: Runner,
    signaal: { regel: string; jongereId: string; schooljaar: string; op: Date; aanleiding?: string },
  ): Promise<Signaal | undefined> {
    return firstRow(
      runner,
      signaalRij.transform((rij): Signaal => ({ signaalId: rij.id, dossierId: rij.dossier_id })),
      `INSERT INTO signaal (id, regel, jongere_id, schooljaar, dossier_id, aangemaakt_op, aanleiding)
       SELECT gen_random_uuid(), $1, $2, $3, (SELECT id FROM dossier WHERE jongere_id = $2 AND schooljaar = $3), $4, $5
       ON CONFLICT ON CONSTRAINT signaal_eenmalig DO NOTHING
       RETURNING id, dossier_id`,
      [signaal.regel, signaal.jongereId, signaal.schooljaar, signaal.op, signaal.aanleiding ?? ''],
    );
  }

  /**
   * Signals, in one set-based statement, every mbo-bound cohort student of the schooljaar who meets the condition and
   * was not signalled by this rule yet; returns only those signalled now, with what routing needs.
   */
  signaleerCohort(runner: Runner, cohort: { regel: string; schooljaar: string; op: Date; voorwaarde: CohortVoorwaarde }): Promise<CohortSignaal[]> {
    return rows(
      runner,
      cohortRij,
      `WITH kandidaat AS (
         SELECT d.id, d.jongere_id, d.brin, d.vestiging, d.woongemeente, d.rmc_regio, d.inhoud -> 'leerling' ->> 'geboortedatum' AS geboortedatum
         FROM dossier d
         WHERE d.schooljaar = $2 AND d.inhoud -> 'keuze' ->> 'bestemming' = 'mbo' AND (${cohort.voorwaarde.sql})
       ), nieuw AS (
         INSERT INTO signaal (id, regel, jongere_id, schooljaar, dossier_id, aangemaakt_op)
         SELECT gen_random_uuid(), $1, k.jongere_id, $2, k.id, $3 FROM kandidaat k
         ON CONFLICT ON CONSTRAINT signaal_eenmalig DO NOTHING
         RETURNING id, jongere_id, dossier_id
       )
       SELECT n.id, n.jongere_id, n.dossier_id, k.brin, k.vestiging, k.woongemeente, k.rmc_regio, k.geboortedatum
       FROM nieuw n JOIN kandidaat k ON k.id = n.dossier_id`,
      [cohort.regel, cohort.schooljaar, cohort.op, ...cohort.voorwaarde.parameters],
    );
  }
}
