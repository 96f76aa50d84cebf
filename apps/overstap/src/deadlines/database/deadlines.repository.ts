import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { column, execute, firstRow, rows, Runner } from '@sluitend/persistence';
import type { CohortPayloadSql, CohortVoorwaarde } from '../../signalen/database/signalen.repository';
import type { GeplandeDeadline } from '../domain/deadline-regels';
import type { Inschrijvingsverloop } from '../domain/geen-herinschrijving';

/**
 * A deadline row: a rule for a schooljaar's cohort (`jongereId` '') or for one student; `aanleiding` is the occurrence
 * of a personal deadline (the inschrijving whose uitschrijving opened a re-enrolment window), '' for the others.
 */
export type Deadline = { regel: string; schooljaar: string; jongereId: string; aanleiding: string; dueAt: Date };

const deadlineRij = z
  .object({ regel: z.string(), schooljaar: z.string(), jongere_id: z.string(), aanleiding: z.string(), due_at: column.timestamp })
  .transform((rij): Deadline => ({
    regel: rij.regel,
    schooljaar: rij.schooljaar,
    jongereId: rij.jongere_id,
    aanleiding: rij.aanleiding,
    dueAt: rij.due_at,
  }));

const verloopRij = z
  .object({ ingeschreven_per: z.string(), uitgeschreven_per: z.string().nullable(), status: z.enum(['ingeschreven', 'uitgeschreven', 'geswitcht']) })
  .transform((rij): Inschrijvingsverloop => ({ ingeschrevenPer: rij.ingeschreven_per, uitgeschrevenPer: rij.uitgeschreven_per, status: rij.status }));

/**
 * The deadline table (ARCHITECTURE §5: a deadline is a row, fired once), and the reads the rules make when a
 * deadline fires: set-based conditions on the cohort's aanmeldingen and inschrijvingen.
 */
@Injectable()
export class DeadlinesRepository {
  /** Plans cohort deadlines; those that exist stay as they are. */
  async plan(runner: Runner, deadlines: readonly GeplandeDeadline[]): Promise<void> {
    if (deadlines.length === 0) return;
    await execute(
      runner,
      `INSERT INTO deadline (regel, schooljaar, due_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[]) ON CONFLICT DO NOTHING`,
      [deadlines.map((d) => d.regel), deadlines.map((d) => d.schooljaar), deadlines.map((d) => d.dueAt)],
    );
  }

  /** Plans a personal deadline, once per rule, schooljaar, student and occurrence. */
  async planPersoonlijk(runner: Runner, deadline: Deadline): Promise<void> {
    await execute(
      runner,
      'INSERT INTO deadline (regel, schooljaar, jongere_id, aanleiding, due_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
      [deadline.regel, deadline.schooljaar, deadline.jongereId, deadline.aanleiding, deadline.dueAt],
    );
  }

  /** A student's unfired personal deadlines of a rule, locked until the transaction ends. */
  openPersoonlijk(runner: Runner, regel: string, jongereId: string): Promise<Deadline[]> {
    return rows(
      runner,
      deadlineRij,
      'SELECT regel, schooljaar, jongere_id, aanleiding, due_at FROM deadline WHERE regel = $1 AND jongere_id = $2 AND fired_at IS NULL FOR UPDATE',
      [regel, jongereId],
    );
  }

  /** Marks a deadline done: fired, or closed before it fell due. */
  async markeer(runner: Runner, deadline: Pick<Deadline, 'regel' | 'schooljaar' | 'jongereId' | 'aanleiding'>, op: Date): Promise<void> {
    await execute(runner, 'UPDATE deadline SET fired_at = $5 WHERE regel = $1 AND schooljaar = $2 AND jongere_id = $3 AND aanleiding = $4', [
      deadline.regel,
      deadline.schooljaar,
      deadline.jongereId,
      deadline.aanleiding,
      op,
    ]);
  }

  /** Claims due deadlines of the given rules, one transaction's worth (FOR UPDATE SKIP LOCKED: replicas never share one). */
  claim(runner: Runner, op: Date, regels: readonly string[], limit: number): Promise<Deadline[]> {
    return rows(
      runner,
      deadlineRij,
      `SELECT regel, schooljaar, jongere_id, aanleiding, due_at FROM deadline WHERE fired_at IS NULL AND due_at <= $1 AND regel = ANY($2::text[])
       ORDER BY due_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [op, regels, limit],
    );
  }

  /**
   * The cohort deadlines of these rules and schooljaren that fired already, for a late fact about some of their
   * students. Every such row of the schooljaren is locked FOR SHARE until the caller commits: a sweep firing one at
   * this moment (FOR UPDATE) finishes first and this transaction then sees it fired; one not yet fired is skipped by
   * the sweep (SKIP LOCKED) until the late fact is committed, so the sweep sees the fact. Either way it is evaluated once.
   */
  async gevuurdeCohortDeadlines(runner: Runner, regels: readonly string[], schooljaren: readonly string[]): Promise<Deadline[]> {
    const vergrendeld = await rows(
      runner,
      z.object({ regel: z.string(), schooljaar: z.string(), jongere_id: z.string(), due_at: column.timestamp, fired_at: column.nullableTimestamp }),
      `SELECT regel, schooljaar, jongere_id, due_at, fired_at FROM deadline
       WHERE jongere_id = '' AND regel = ANY($1::text[]) AND schooljaar = ANY($2::text[])
       ORDER BY regel, schooljaar FOR SHARE`,
      [regels, schooljaren],
    );
    return vergrendeld
      .filter((rij) => rij.fired_at !== null)
      .map((rij) => ({ regel: rij.regel, schooljaar: rij.schooljaar, jongereId: rij.jongere_id, aanleiding: '', dueAt: rij.due_at }));
  }

  /** When the next deadline of the given rules falls due. */
  async volgende(runner: Runner, regels: readonly string[]): Promise<Date | null> {
    const rij = await firstRow(
      runner,
      z.object({ due_at: column.timestamp }),
      'SELECT due_at FROM deadline WHERE fired_at IS NULL AND regel = ANY($1::text[]) ORDER BY due_at LIMIT 1',
      [regels],
    );
    return rij?.due_at ?? null;
  }

  /** Due deadlines whose rule is not among the given ones (no longer configured), counted per rule. */
  onbekendeRegels(runner: Runner, op: Date, regels: readonly string[]): Promise<Array<{ regel: string; aantal: number }>> {
    return rows(
      runner,
      z.object({ regel: z.string(), aantal: column.bigint }),
      'SELECT regel, count(*) AS aantal FROM deadline WHERE fired_at IS NULL AND due_at <= $1 AND NOT regel = ANY($2::text[]) GROUP BY regel',
      [op, regels],
    );
  }

  /** A student's inschrijvingen (any schooljaar): what the re-enrolment window looks at when it ends. */
  inschrijvingsverloop(runner: Runner, jongereId: string): Promise<Inschrijvingsverloop[]> {
    return rows(
      runner,
      verloopRij,
      `SELECT to_char(ingeschreven_per, 'YYYY-MM-DD') AS ingeschreven_per, to_char(uitgeschreven_per, 'YYYY-MM-DD') AS uitgeschreven_per, status
       FROM inschrijving WHERE jongere_id = $1`,
      [jongereId],
    );
  }

  /** aanmelding-gemist: no aanmelding made on or before the deadline. */
  aanmeldingGemist(deadline: Date): CohortVoorwaarde {
    return {
      sql: 'NOT EXISTS (SELECT 1 FROM aanmelding a WHERE a.jongere_id = d.jongere_id AND a.schooljaar = d.schooljaar AND a.aangemeld_op <= $4)',
      parameters: [deadline],
    };
  }

  /**
   * The payload of overstap.deadline.aanmelding-gemist (the contract's aanmeldingGemistPayloadSchema) over the
   * signalled student `g`: the signal, the dossier, its VO school, woongemeente and RMC-regio, the deadline.
   */
  aanmeldingGemistPayload(schooljaar: string, deadline: Date): CohortPayloadSql {
    return (param) =>
      `jsonb_build_object('signaalId', g.id, 'schooljaar', ${param(schooljaar)}::text, 'dossierId', g.dossier_id, 'brin', g.brin,
         'vestiging', g.vestiging, 'woongemeente', g.woongemeente, 'rmcRegio', nullif(g.rmc_regio, ''), 'deadline', ${param(deadline.toISOString())}::text)`;
  }

  /** vroege-waarschuwing: no aanmelding made before the start of the warning's day. */
  vroegeWaarschuwing(moment: Date): CohortVoorwaarde {
    return {
      sql: 'NOT EXISTS (SELECT 1 FROM aanmelding a WHERE a.jongere_id = d.jongere_id AND a.schooljaar = d.schooljaar AND a.aangemeld_op < $4)',
      parameters: [moment],
    };
  }

  /** niet-ingeschreven-teldatum: no inschrijving running on the teldatum and no aanmelding that reached ingeschreven. */
  nietIngeschrevenTeldatum(teldatum: string): CohortVoorwaarde {
    return {
      sql: `NOT EXISTS (SELECT 1 FROM inschrijving i WHERE i.jongere_id = d.jongere_id
                          AND i.ingeschreven_per <= $4::date AND (i.uitgeschreven_per IS NULL OR i.uitgeschreven_per > $4::date))
            AND NOT EXISTS (SELECT 1 FROM aanmelding a WHERE a.jongere_id = d.jongere_id AND a.schooljaar = d.schooljaar
                          AND a.status = 'ingeschreven')`,
      parameters: [teldatum],
    };
  }
}
