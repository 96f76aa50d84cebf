import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { column, execute, firstRow, rows, Runner } from '@sluitend/persistence';
import type { HeraanpakTimer } from '../domain/heraanpak';

export interface DueHeraanpak {
  readonly casusId: string;
  readonly sleutel: string;
  readonly volgnummer: number;
  readonly maanden: number;
  readonly rustSinds: Date;
  readonly dueAt: Date;
}

const dueRij = z.object({
  casus_id: column.uuid,
  sleutel: z.string(),
  volgnummer: z.number().int(),
  maanden: z.number().int(),
  rust_sinds: column.timestamp,
  due_at: column.timestamp,
});
const moment = z.object({ due_at: column.nullableTimestamp });
const tel = z.object({ n: column.bigint });

/** heraanpak: the re-approach timers of cases at rest; every SQL statement about them. */
@Injectable()
export class HeraanpakRepository {
  /** Plans timers (a timer planned before is left as it is). Answers how many are new. */
  async plan(runner: Runner, casusId: string, timers: ReadonlyArray<HeraanpakTimer & { maanden: number }>): Promise<number> {
    if (timers.length === 0) return 0;
    return execute(
      runner,
      `INSERT INTO heraanpak (casus_id, sleutel, volgnummer, maanden, rust_sinds, due_at)
       SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[], $5::timestamptz[], $6::timestamptz[])
       ON CONFLICT (casus_id, sleutel) DO NOTHING`,
      [
        casusId,
        timers.map((t) => t.sleutel),
        timers.map((t) => t.volgnummer),
        timers.map((t) => t.maanden),
        timers.map((t) => t.rustSinds),
        timers.map((t) => t.dueAt),
      ],
    );
  }

  /** Due timers not yet fired nor lapsed, locked for this sweep (replicas skip them). */
  async claimDue(runner: Runner, now: Date, limit: number): Promise<DueHeraanpak[]> {
    const gevonden = await rows(
      runner,
      dueRij,
      `SELECT casus_id, sleutel, volgnummer, maanden, rust_sinds, due_at FROM heraanpak
       WHERE gevuurd_op IS NULL AND vervallen_op IS NULL AND due_at <= $1
       ORDER BY due_at, casus_id, sleutel LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, limit],
    );
    return gevonden.map((r) => ({
      casusId: r.casus_id,
      sleutel: r.sleutel,
      volgnummer: r.volgnummer,
      maanden: r.maanden,
      rustSinds: r.rust_sinds,
      dueAt: r.due_at,
    }));
  }

  /** Marks several claimed timers at once. */
  async markeerAlle(
    runner: Runner,
    timers: ReadonlyArray<Pick<DueHeraanpak, 'casusId' | 'sleutel'>>,
    uitkomst: 'gevuurd' | 'vervallen',
    op: Date,
  ): Promise<void> {
    if (timers.length === 0) return;
    await execute(
      runner,
      `UPDATE heraanpak h SET ${uitkomst === 'gevuurd' ? 'gevuurd_op' : 'vervallen_op'} = $3
       FROM unnest($1::uuid[], $2::text[]) AS t (casus_id, sleutel) WHERE h.casus_id = t.casus_id AND h.sleutel = t.sleutel`,
      [timers.map((t) => t.casusId), timers.map((t) => t.sleutel), op],
    );
  }

  async volgende(runner: Runner): Promise<Date | null> {
    return (
      (await firstRow(runner, moment, 'SELECT min(due_at) AS due_at FROM heraanpak WHERE gevuurd_op IS NULL AND vervallen_op IS NULL'))?.due_at ??
      null
    );
  }

  async telDue(runner: Runner, now: Date): Promise<number> {
    return (
      (await firstRow(runner, tel, 'SELECT count(*) AS n FROM heraanpak WHERE gevuurd_op IS NULL AND vervallen_op IS NULL AND due_at <= $1', [now]))
        ?.n ?? 0
    );
  }
}
