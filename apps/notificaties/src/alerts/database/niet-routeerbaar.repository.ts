import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { NIET_ROUTEERBAAR_REDENEN, NietRouteerbaarQuery, NietRouteerbaarReden } from '@sluitend/contracts';
import { column, execute, firstRow, rows, Runner } from '@sluitend/persistence';
import { SignaalEvent } from '../domain/signaal-event';

/** A signal kept in the "niet te routeren" list, with the event it came in (to route it later as it was). */
export type NietRouteerbaarRij = {
  id: string;
  signaalType: string;
  signaalEventId: string;
  jongereId: string | null;
  reden: NietRouteerbaarReden;
  event: SignaalEvent;
  ontvangenOp: Date;
  gerouteerdOp: Date | null;
  woongemeente: string | null;
  gerouteerdDoor: string | null;
};

const kolommen = z.object({
  id: z.string(),
  signaal_type: z.string(),
  signaal_event_id: z.string(),
  jongere_id: z.string().nullable(),
  reden: z.enum(NIET_ROUTEERBAAR_REDENEN),
  envelope: z.record(z.string(), z.unknown()),
  ontvangen_op: column.timestamp,
  gerouteerd_op: column.nullableTimestamp,
  woongemeente: z.string().nullable(),
  gerouteerd_door: z.string().nullable(),
});

const naarRij = (r: z.infer<typeof kolommen>): NietRouteerbaarRij => ({
  id: r.id,
  signaalType: r.signaal_type,
  signaalEventId: r.signaal_event_id,
  jongereId: r.jongere_id,
  reden: r.reden,
  // Written from a parsed signal event by legVast: read back as that event.
  event: r.envelope as unknown as SignaalEvent,
  ontvangenOp: r.ontvangen_op,
  gerouteerdOp: r.gerouteerd_op,
  woongemeente: r.woongemeente,
  gerouteerdDoor: r.gerouteerd_door,
});

const rij = kolommen.transform(naarRij);

const KOLOMMEN = 'id, signaal_type, signaal_event_id, jongere_id, reden, envelope, ontvangen_op, gerouteerd_op, woongemeente, gerouteerd_door';

export type NieuwNietRouteerbaar = { id: string; sleutel: string; reden: NietRouteerbaarReden; event: SignaalEvent };

/** The "niet te routeren" list (table niet_routeerbaar): signals that reached no owner, until they do. */
@Injectable()
export class NietRouteerbaarRepository {
  /** Records the signals; one already in the list (a redelivery, a re-sent signal) stays as it is. */
  async legVast(runner: Runner, signalen: readonly NieuwNietRouteerbaar[], now: Date): Promise<void> {
    if (signalen.length === 0) return;
    await execute(
      runner,
      `INSERT INTO niet_routeerbaar (id, signaal_type, signaal_sleutel, signaal_event_id, jongere_id, reden, envelope, ontvangen_op)
       SELECT t.*, $8::timestamptz FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::jsonb[]) AS t
       ON CONFLICT ON CONSTRAINT niet_routeerbaar_eenmalig DO NOTHING`,
      [
        signalen.map((s) => s.id),
        signalen.map((s) => s.event.type),
        signalen.map((s) => s.sleutel),
        signalen.map((s) => s.event.id),
        signalen.map((s) => s.event.jongereId),
        signalen.map((s) => s.reden),
        signalen.map((s) => JSON.stringify(s.event)),
        now,
      ],
    );
  }

  /** The open rows of these students, locked until the transaction ends (routing them happens once). */
  openVanJongeren(runner: Runner, jongereIds: readonly string[]): Promise<NietRouteerbaarRij[]> {
    return rows(runner, rij, `SELECT ${KOLOMMEN} FROM niet_routeerbaar WHERE gerouteerd_op IS NULL AND jongere_id = ANY($1::text[]) FOR UPDATE`, [
      jongereIds,
    ]);
  }

  /**
   * The woongemeente each of these students' signals was last routed with from the list (a coordinator named it, or
   * a later event carried it): what routes their next signal that comes without one.
   */
  async bekendeWoongemeenten(runner: Runner, jongereIds: readonly string[]): Promise<Map<string, string>> {
    if (jongereIds.length === 0) return new Map();
    const gevonden = await rows(
      runner,
      z.object({ jongere_id: z.string(), woongemeente: z.string() }),
      `SELECT DISTINCT ON (jongere_id) jongere_id, woongemeente FROM niet_routeerbaar
       WHERE jongere_id = ANY($1::text[]) AND woongemeente IS NOT NULL ORDER BY jongere_id, gerouteerd_op DESC`,
      [jongereIds],
    );
    return new Map(gevonden.map((rij) => [rij.jongere_id, rij.woongemeente]));
  }

  /** One row, locked until the transaction ends. */
  lock(runner: Runner, id: string): Promise<NietRouteerbaarRij | undefined> {
    return firstRow(runner, rij, `SELECT ${KOLOMMEN} FROM niet_routeerbaar WHERE id = $1 FOR UPDATE`, [id]);
  }

  async markeerGerouteerd(runner: Runner, gerouteerd: ReadonlyArray<{ id: string; woongemeente: string }>, door: string, now: Date): Promise<void> {
    await execute(
      runner,
      `UPDATE niet_routeerbaar n SET gerouteerd_op = $3, woongemeente = t.woongemeente, gerouteerd_door = $4
       FROM unnest($1::uuid[], $2::text[]) AS t(id, woongemeente) WHERE n.id = t.id`,
      [gerouteerd.map((g) => g.id), gerouteerd.map((g) => g.woongemeente), now, door],
    );
  }

  /**
   * The list, newest first (at most 500 rows; `totaal` counts all). One statement, so the count and the rows are of one
   * snapshot: two statements on two connections could list a signal that the count already saw routed.
   */
  async zoek(runner: Runner, status: NietRouteerbaarQuery['status']): Promise<{ totaal: number; signalen: NietRouteerbaarRij[] }> {
    const waar = { open: 'gerouteerd_op IS NULL', gerouteerd: 'gerouteerd_op IS NOT NULL', alle: 'true' }[status];
    const gevonden = await rows(
      runner,
      kolommen.extend({ totaal: column.bigint }),
      `SELECT ${KOLOMMEN}, count(*) OVER () AS totaal FROM niet_routeerbaar WHERE ${waar} ORDER BY ontvangen_op DESC, id LIMIT 500`,
    );
    return { totaal: gevonden[0]?.totaal ?? 0, signalen: gevonden.map(naarRij) };
  }

  /** How many signals wait for an owner (`sluitend_unroutable_signals`). */
  async telOpen(runner: Runner): Promise<number> {
    return (await firstRow(runner, z.object({ n: column.bigint }), 'SELECT count(*) AS n FROM niet_routeerbaar WHERE gerouteerd_op IS NULL'))?.n ?? 0;
  }

  /**
   * One person known under two pseudonyms is `naar` from now on (overstap.persoon.gekoppeld): their rows — open and
   * routed, so the woongemeente learnt under either counts — and the kept events name `naar`.
   */
  async herkoppel(runner: Runner, van: string, naar: string): Promise<number> {
    return execute(
      runner,
      `UPDATE niet_routeerbaar SET jongere_id = $2, envelope = jsonb_set(envelope, '{jongereId}', to_jsonb($2::text)) WHERE jongere_id = $1`,
      [van, naar],
    );
  }
}
