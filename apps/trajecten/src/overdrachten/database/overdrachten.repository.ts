import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { ORGANISATIE_TYPES } from '@sluitend/auth';
import { ROUTES } from '@sluitend/contracts';
import { column, execute, firstRow, rows, Runner } from '@sluitend/persistence';
import { Overdracht } from '../domain/warme-overdracht';

export interface OpgeslagenOverdracht extends Overdracht {
  readonly escalatieOp: Date;
  readonly werkdagen: number;
  readonly geescaleerdOp: Date | null;
}

const overdrachtRij = z.object({
  id: column.uuid,
  casus_id: column.uuid,
  van_type: z.enum(ORGANISATIE_TYPES),
  van_code: z.string(),
  naar_type: z.enum(ORGANISATIE_TYPES),
  naar_code: z.string(),
  route: z.enum(ROUTES).nullable(),
  status: z.enum(['voorgesteld', 'geaccepteerd', 'geweigerd', 'ingetrokken', 'teruggegeven']),
  voorgesteld_op: column.timestamp,
  geaccepteerd_op: column.nullableTimestamp,
  gesprek_vorm: z.enum(['telefonisch', 'persoonlijk']).nullable(),
  gesprek_op: column.nullableTimestamp,
  beeindigd_op: column.nullableTimestamp,
  reden: z.string().nullable(),
  escalatie_op: column.timestamp,
  werkdagen: z.number().int(),
  geescaleerd_op: column.nullableTimestamp,
});
const KOLOMMEN =
  'id, casus_id, van_type, van_code, naar_type, naar_code, route, status, voorgesteld_op, geaccepteerd_op, gesprek_vorm, gesprek_op, beeindigd_op, reden, escalatie_op, werkdagen, geescaleerd_op';
const overdracht = (r: z.output<typeof overdrachtRij>): OpgeslagenOverdracht => ({
  id: r.id,
  casusId: r.casus_id,
  van: { type: r.van_type, code: r.van_code },
  naar: { type: r.naar_type, code: r.naar_code },
  ...(r.route ? { route: r.route } : {}),
  status: r.status,
  voorgesteldOp: r.voorgesteld_op,
  ...(r.geaccepteerd_op ? { geaccepteerdOp: r.geaccepteerd_op } : {}),
  ...(r.gesprek_vorm && r.gesprek_op ? { gesprek: { vorm: r.gesprek_vorm, op: r.gesprek_op } } : {}),
  ...(r.beeindigd_op ? { beeindigdOp: r.beeindigd_op } : {}),
  ...(r.reden ? { reden: r.reden } : {}),
  escalatieOp: r.escalatie_op,
  werkdagen: r.werkdagen,
  geescaleerdOp: r.geescaleerd_op,
});
const moment = z.object({ op: column.nullableTimestamp });
const tel = z.object({ n: column.bigint });
const WACHTEND_DUE = "status = 'voorgesteld' AND geescaleerd_op IS NULL";

/** overdracht: every SQL statement of overdrachten, rows checked with zod at the boundary. */
@Injectable()
export class OverdrachtenRepository {
  /** A new proposal; undefined when the case already has one waiting (the partial unique index). */
  async voegToe(runner: Runner, nieuw: Overdracht, escalatieOp: Date, werkdagen: number): Promise<OpgeslagenOverdracht | undefined> {
    const rij = await firstRow(
      runner,
      overdrachtRij,
      `INSERT INTO overdracht (id, casus_id, van_type, van_code, naar_type, naar_code, route, status, voorgesteld_op, escalatie_op, werkdagen)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (casus_id) WHERE status = 'voorgesteld' DO NOTHING RETURNING ${KOLOMMEN}`,
      [
        nieuw.id,
        nieuw.casusId,
        nieuw.van.type,
        nieuw.van.code,
        nieuw.naar.type,
        nieuw.naar.code,
        nieuw.route ?? null,
        nieuw.status,
        nieuw.voorgesteldOp,
        escalatieOp,
        werkdagen,
      ],
    );
    return rij ? overdracht(rij) : undefined;
  }

  /** The answer to a handover: its status and what came with it. */
  async werkBij(runner: Runner, o: Overdracht): Promise<OpgeslagenOverdracht> {
    const rij = await firstRow(
      runner,
      overdrachtRij,
      `UPDATE overdracht SET status = $2, geaccepteerd_op = $3, gesprek_vorm = $4, gesprek_op = $5, beeindigd_op = $6, reden = $7
       WHERE id = $1 RETURNING ${KOLOMMEN}`,
      [o.id, o.status, o.geaccepteerdOp ?? null, o.gesprek?.vorm ?? null, o.gesprek?.op ?? null, o.beeindigdOp ?? null, o.reden ?? null],
    );
    if (!rij) throw new Error('UPDATE … RETURNING answered no row');
    return overdracht(rij);
  }

  /** A case's handovers, oldest first. */
  async vanCasus(runner: Runner, casusId: string): Promise<OpgeslagenOverdracht[]> {
    return (await rows(runner, overdrachtRij, `SELECT ${KOLOMMEN} FROM overdracht WHERE casus_id = $1 ORDER BY voorgesteld_op, id`, [casusId])).map(
      overdracht,
    );
  }

  /** The handovers of several cases in one statement, oldest first per case (vanCasus for a list). */
  async vanCasussen(runner: Runner, casusIds: readonly string[]): Promise<Map<string, OpgeslagenOverdracht[]>> {
    const perCasus = new Map<string, OpgeslagenOverdracht[]>();
    if (casusIds.length === 0) return perCasus;
    const gevonden = await rows(
      runner,
      overdrachtRij,
      `SELECT ${KOLOMMEN} FROM overdracht WHERE casus_id = ANY($1::uuid[]) ORDER BY casus_id, voorgesteld_op, id`,
      [[...new Set(casusIds)]],
    );
    for (const rij of gevonden.map(overdracht)) {
      const lijst = perCasus.get(rij.casusId) ?? [];
      if (lijst.length === 0) perCasus.set(rij.casusId, lijst);
      lijst.push(rij);
    }
    return perCasus;
  }

  /** The handovers to an organisation that are still running (waiting or accepted), newest first, at most `limit`. */
  async lopendNaar(runner: Runner, naar: { type: string; code: string }, limit: number): Promise<OpgeslagenOverdracht[]> {
    return (
      await rows(
        runner,
        overdrachtRij,
        `SELECT ${KOLOMMEN} FROM overdracht WHERE naar_type = $1 AND naar_code = $2 AND status IN ('voorgesteld', 'geaccepteerd')
         ORDER BY voorgesteld_op DESC, id LIMIT $3`,
        [naar.type, naar.code, limit],
      )
    ).map(overdracht);
  }

  /** Waiting proposals whose escalation moment came, locked for this sweep (replicas skip them). */
  async claimDue(runner: Runner, now: Date, limit: number): Promise<OpgeslagenOverdracht[]> {
    return (
      await rows(
        runner,
        overdrachtRij,
        `SELECT ${KOLOMMEN} FROM overdracht WHERE ${WACHTEND_DUE} AND escalatie_op <= $1
         ORDER BY escalatie_op, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, limit],
      )
    ).map(overdracht);
  }

  async markeerGeescaleerd(runner: Runner, id: string, op: Date): Promise<void> {
    await execute(runner, 'UPDATE overdracht SET geescaleerd_op = $2 WHERE id = $1', [id, op]);
  }

  async volgende(runner: Runner): Promise<Date | null> {
    return (await firstRow(runner, moment, `SELECT min(escalatie_op) AS op FROM overdracht WHERE ${WACHTEND_DUE}`))?.op ?? null;
  }

  async telDue(runner: Runner, now: Date): Promise<number> {
    return (await firstRow(runner, tel, `SELECT count(*) AS n FROM overdracht WHERE ${WACHTEND_DUE} AND escalatie_op <= $1`, [now]))?.n ?? 0;
  }
}
