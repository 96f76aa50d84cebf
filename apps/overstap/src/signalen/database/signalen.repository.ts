import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { EventRows } from '@sluitend/messaging';
import { execute, firstRow, rows, Runner } from '@sluitend/persistence';
import type { Herkomst } from '../../routering/domain/routing-context';

/**
 * Which students of a cohort a rule signals: SQL on the dossier `d` (the cohort is every mbo-bound dossier of the
 * schooljaar); its parameters are numbered from $4 on, after regel, schooljaar and the moment.
 */
export type CohortVoorwaarde = { sql: string; parameters: unknown[] };

/**
 * The payload of a cohort signal's event as SQL over the signalled student `g` (columns id — the signaalId —,
 * jongere_id, dossier_id, brin, vestiging, woongemeente, rmc_regio, geboortedatum); `param` adds a parameter and
 * answers its placeholder.
 */
export type CohortPayloadSql = (param: (value: unknown) => string) => string;

export type Signaal = { signaalId: string; dossierId: string | null };

export type CohortSignaal = { signaalId: string; jongereId: string; dossierId: string; herkomst: Herkomst };

/** The cohort: every mbo-bound dossier of the schooljaar ($2) that meets the rule's condition. */
const KANDIDATEN = (voorwaarde: CohortVoorwaarde): string => `
  SELECT d.id, d.jongere_id, d.brin, d.vestiging, d.woongemeente, d.rmc_regio, d.inhoud -> 'leerling' ->> 'geboortedatum' AS geboortedatum
  FROM dossier d
  WHERE d.schooljaar = $2 AND d.inhoud -> 'keuze' ->> 'bestemming' = 'mbo' AND (${voorwaarde.sql})`;

/** Its students the rule ($1) did not signal yet, signalled now (at $3); the unique key keeps a repeat from adding any. */
const NIEUWE_SIGNALEN = `
  INSERT INTO signaal (id, regel, jongere_id, schooljaar, dossier_id, aangemaakt_op)
  SELECT gen_random_uuid(), $1, k.jongere_id, $2, k.id, $3 FROM kandidaat k
  ON CONFLICT ON CONSTRAINT signaal_eenmalig DO NOTHING
  RETURNING id, jongere_id, dossier_id`;

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
   * The cohort signal as the source of its events (OutboxWriter.appendRows): the same set-based insert as
   * signaleerCohort, and per student signalled now its routing context — routingContext's rule in SQL: schooljaar,
   * woongemeente and RMC-regio when known, the VO school, minderjarig when the date of birth is known (born after
   * `laatsteMeerderjarig`) — and its payload. Nothing is read into the service, however large the cohort.
   */
  cohortEvents(
    cohort: { regel: string; schooljaar: string; op: Date; voorwaarde: CohortVoorwaarde },
    laatsteMeerderjarig: string,
    payload: CohortPayloadSql,
  ): EventRows {
    const parameters: unknown[] = [cohort.regel, cohort.schooljaar, cohort.op, ...cohort.voorwaarde.parameters];
    const param = (value: unknown): string => {
      parameters.push(value);
      return `$${parameters.length}`;
    };
    const meerderjarig = param(laatsteMeerderjarig);
    const payloadSql = payload(param);
    return {
      with: `kandidaat AS (${KANDIDATEN(cohort.voorwaarde)}),
       nieuw AS (${NIEUWE_SIGNALEN}),
       g AS (SELECT n.id, n.jongere_id, n.dossier_id, k.brin, k.vestiging, k.woongemeente, k.rmc_regio, nullif(k.geboortedatum, '') AS geboortedatum
             FROM nieuw n JOIN kandidaat k ON k.id = n.dossier_id)`,
      select: `SELECT g.jongere_id, g.id::text AS aggregate_id,
         jsonb_strip_nulls(jsonb_build_object('schooljaar', $2::text, 'woongemeente', nullif(g.woongemeente, ''), 'rmcRegio', nullif(g.rmc_regio, ''),
           'brin', g.brin, 'vestiging', g.vestiging, 'minderjarig', g.geboortedatum::date > ${meerderjarig}::date)) AS context,
         ${payloadSql} AS payload
       FROM g`,
      parameters,
    };
  }

  /** Room for the sorts and hashes of a national cohort in one statement, for the rest of the transaction (SET LOCAL). */
  async werkgeheugenVoorCohort(runner: Runner): Promise<void> {
    await execute(runner, "SET LOCAL work_mem = '64MB'", []);
  }

  /**
   * Signals, in one set-based statement, every mbo-bound cohort student of the schooljaar who meets the condition and
   * was not signalled by this rule yet; returns only those signalled now, with what routing needs.
   */
  signaleerCohort(runner: Runner, cohort: { regel: string; schooljaar: string; op: Date; voorwaarde: CohortVoorwaarde }): Promise<CohortSignaal[]> {
    return rows(
      runner,
      cohortRij,
      `WITH kandidaat AS (${KANDIDATEN(cohort.voorwaarde)}), nieuw AS (${NIEUWE_SIGNALEN})
       SELECT n.id, n.jongere_id, n.dossier_id, k.brin, k.vestiging, k.woongemeente, k.rmc_regio, k.geboortedatum
       FROM nieuw n JOIN kandidaat k ON k.id = n.dossier_id`,
      [cohort.regel, cohort.schooljaar, cohort.op, ...cohort.voorwaarde.parameters],
    );
  }
}
