import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { NAZORG_RESULTATEN } from '@sluitend/contracts';
import { column, execute, firstRow, rows, Runner } from '@sluitend/persistence';

export interface Nazorgcontrole {
  readonly casusId: string;
  readonly rmcRegio: string;
  readonly vanaf: Date;
  readonly dueAt: Date;
  readonly gevuurdOp: Date | null;
  readonly resultaat: (typeof NAZORG_RESULTATEN)[number] | null;
  readonly toelichting: string | null;
  readonly vastgelegdOp: Date | null;
}

const rij = z.object({
  casus_id: column.uuid,
  rmc_regio: z.string(),
  vanaf: column.timestamp,
  due_at: column.timestamp,
  gevuurd_op: column.nullableTimestamp,
  resultaat: z.enum(NAZORG_RESULTATEN).nullable(),
  toelichting: z.string().nullable(),
  vastgelegd_op: column.nullableTimestamp,
});
const KOLOMMEN = 'casus_id, rmc_regio, vanaf, due_at, gevuurd_op, resultaat, toelichting, vastgelegd_op';
const controle = (r: z.output<typeof rij>): Nazorgcontrole => ({
  casusId: r.casus_id,
  rmcRegio: r.rmc_regio,
  vanaf: r.vanaf,
  dueAt: r.due_at,
  gevuurdOp: r.gevuurd_op,
  resultaat: r.resultaat,
  toelichting: r.toelichting,
  vastgelegdOp: r.vastgelegd_op,
});
const moment = z.object({ due_at: column.nullableTimestamp });
const tel = z.object({ n: column.bigint });

/** nazorgcontrole: every SQL statement of the nazorg check, rows checked with zod at the boundary. */
@Injectable()
export class NazorgRepository {
  /** Plans a case's one check (a check planned before is left as it is). Answers whether it is new. */
  async plan(runner: Runner, casusId: string, rmcRegio: string, vanaf: Date, dueAt: Date): Promise<boolean> {
    const n = await execute(
      runner,
      `INSERT INTO nazorgcontrole (casus_id, rmc_regio, vanaf, due_at) VALUES ($1, $2, $3, $4) ON CONFLICT (casus_id) DO NOTHING`,
      [casusId, rmcRegio, vanaf, dueAt],
    );
    return n > 0;
  }

  /** Due checks not yet fired, locked for this sweep (replicas skip them). */
  async claimDue(runner: Runner, now: Date, limit: number): Promise<Nazorgcontrole[]> {
    const gevonden = await rows(
      runner,
      rij,
      `SELECT ${KOLOMMEN} FROM nazorgcontrole WHERE gevuurd_op IS NULL AND due_at <= $1
       ORDER BY due_at, casus_id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, limit],
    );
    return gevonden.map(controle);
  }

  /** Marks several claimed checks fired at once. */
  async markeerGevuurd(runner: Runner, casusIds: readonly string[], op: Date): Promise<void> {
    if (casusIds.length === 0) return;
    await execute(runner, 'UPDATE nazorgcontrole SET gevuurd_op = $2 WHERE casus_id = ANY($1::uuid[]) AND gevuurd_op IS NULL', [casusIds, op]);
  }

  async volgende(runner: Runner): Promise<Date | null> {
    return (await firstRow(runner, moment, 'SELECT min(due_at) AS due_at FROM nazorgcontrole WHERE gevuurd_op IS NULL'))?.due_at ?? null;
  }

  async telDue(runner: Runner, now: Date): Promise<number> {
    return (await firstRow(runner, tel, 'SELECT count(*) AS n FROM nazorgcontrole WHERE gevuurd_op IS NULL AND due_at <= $1', [now]))?.n ?? 0;
  }

  async vanCasus(runner: Runner, casusId: string, voorWijziging = false): Promise<Nazorgcontrole | undefined> {
    const gevonden = await firstRow(runner, rij, `SELECT ${KOLOMMEN} FROM nazorgcontrole WHERE casus_id = $1${voorWijziging ? ' FOR UPDATE' : ''}`, [
      casusId,
    ]);
    return gevonden ? controle(gevonden) : undefined;
  }

  async legVast(runner: Runner, casusId: string, resultaat: string, toelichting: string | null, door: string, op: Date): Promise<Nazorgcontrole> {
    const gevonden = await firstRow(
      runner,
      rij,
      `UPDATE nazorgcontrole SET resultaat = $2, toelichting = $3, vastgelegd_door = $4, vastgelegd_op = $5
       WHERE casus_id = $1 AND resultaat IS NULL RETURNING ${KOLOMMEN}`,
      [casusId, resultaat, toelichting, door, op],
    );
    if (!gevonden) throw new Error('UPDATE … RETURNING answered no row');
    return controle(gevonden);
  }

  /** The region's checks that fell due and wait for a result, longest waiting first. */
  async openVanRegio(runner: Runner, rmcRegio: string, limiet = 500): Promise<Nazorgcontrole[]> {
    const gevonden = await rows(
      runner,
      rij,
      `SELECT ${KOLOMMEN} FROM nazorgcontrole WHERE rmc_regio = $1 AND gevuurd_op IS NOT NULL AND resultaat IS NULL ORDER BY due_at, casus_id LIMIT $2`,
      [rmcRegio, limiet],
    );
    return gevonden.map(controle);
  }
}
