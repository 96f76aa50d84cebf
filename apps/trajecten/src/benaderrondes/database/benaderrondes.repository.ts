import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { RONDE_REACTIES } from '@sluitend/contracts';
import { column, firstRow, rows, Runner } from '@sluitend/persistence';
import { RondeDeelnemer } from '../../contacten/domain/benaderronde';

export interface OpgeslagenRonde {
  readonly id: string;
  readonly rmcRegio: string;
  readonly naam: string;
  readonly duoLijstId: string | null;
  readonly gestartOp: Date;
  readonly afgeslotenOp: Date | null;
}

export interface OpgeslagenDeelnemer extends RondeDeelnemer {
  readonly rondeId: string;
  readonly casusId: string;
  readonly gewijzigdOp: Date;
}

const rondeRij = z.object({
  id: column.uuid,
  rmc_regio: z.string(),
  naam: z.string(),
  duo_lijst_id: column.uuid.nullable(),
  gestart_op: column.timestamp,
  afgesloten_op: column.nullableTimestamp,
});
const RONDE_KOLOMMEN = 'id, rmc_regio, naam, duo_lijst_id, gestart_op, afgesloten_op';
const ronde = (r: z.output<typeof rondeRij>): OpgeslagenRonde => ({
  id: r.id,
  rmcRegio: r.rmc_regio,
  naam: r.naam,
  duoLijstId: r.duo_lijst_id,
  gestartOp: r.gestart_op,
  afgeslotenOp: r.afgesloten_op,
});

const deelnemerRij = z.object({
  ronde_id: column.uuid,
  casus_id: column.uuid,
  reactie: z.enum(RONDE_REACTIES),
  in_beeld: z.boolean(),
  overgedragen_aan: z.string().nullable(),
  gewijzigd_op: column.timestamp,
});
const DEELNEMER_KOLOMMEN = 'ronde_id, casus_id, reactie, in_beeld, overgedragen_aan, gewijzigd_op';
const deelnemer = (r: z.output<typeof deelnemerRij>): OpgeslagenDeelnemer => ({
  rondeId: r.ronde_id,
  casusId: r.casus_id,
  reactie: r.reactie,
  inBeeld: r.in_beeld,
  ...(r.overgedragen_aan !== null ? { overgedragenAan: r.overgedragen_aan } : {}),
  gewijzigdOp: r.gewijzigd_op,
});

const idRij = z.object({ id: column.uuid });

/** benaderrondes: every SQL statement of the outreach rounds, rows checked with zod at the boundary. */
@Injectable()
export class BenaderrondesRepository {
  /** The round and everyone on it, all still `nog-open`. */
  async voegToe(
    runner: Runner,
    nieuw: { id: string; rmcRegio: string; naam: string; duoLijstId: string | null },
    casusIds: readonly string[],
    door: string,
    op: Date,
  ): Promise<OpgeslagenRonde> {
    const rij = await firstRow(
      runner,
      rondeRij,
      `INSERT INTO benaderronde (id, rmc_regio, naam, duo_lijst_id, gestart_door, gestart_op) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING ${RONDE_KOLOMMEN}`,
      [nieuw.id, nieuw.rmcRegio, nieuw.naam, nieuw.duoLijstId, door, op],
    );
    if (!rij) throw new Error('INSERT … RETURNING answered no row');
    await runner.query(
      `INSERT INTO benaderronde_deelnemer (ronde_id, casus_id, gewijzigd_door, gewijzigd_op)
       SELECT $1, unnest($2::uuid[]), $3, $4`,
      [nieuw.id, [...casusIds], door, op],
    );
    return ronde(rij);
  }

  /** The region a DUO list was imported for; undefined when there is no such list. */
  async regioVanLijst(runner: Runner, lijstId: string): Promise<string | undefined> {
    const rij = await firstRow(runner, z.object({ rmc_regio: z.string() }), 'SELECT rmc_regio FROM duo_lijst WHERE id = $1', [lijstId]);
    return rij?.rmc_regio;
  }

  /** The distinct cases a DUO list's rows were linked to. */
  async casussenVanLijst(runner: Runner, lijstId: string): Promise<string[]> {
    const gevonden = await rows(
      runner,
      idRij,
      'SELECT DISTINCT casus_id AS id FROM duo_lijst_rij WHERE lijst_id = $1 AND casus_id IS NOT NULL ORDER BY casus_id',
      [lijstId],
    );
    return gevonden.map((r) => r.id);
  }

  /** Of the given case ids, those that are cases of the region. */
  async casussenVanRegio(runner: Runner, rmcRegio: string, casusIds: readonly string[]): Promise<string[]> {
    const gevonden = await rows(runner, idRij, 'SELECT id FROM casus WHERE rmc_regio = $1 AND id = ANY($2::uuid[])', [rmcRegio, [...casusIds]]);
    return gevonden.map((r) => r.id);
  }

  async vanRegio(runner: Runner, rmcRegio: string, limiet = 200): Promise<OpgeslagenRonde[]> {
    const gevonden = await rows(
      runner,
      rondeRij,
      `SELECT ${RONDE_KOLOMMEN} FROM benaderronde WHERE rmc_regio = $1 ORDER BY (afgesloten_op IS NULL) DESC, gestart_op DESC, id LIMIT $2`,
      [rmcRegio, limiet],
    );
    return gevonden.map(ronde);
  }

  async vanId(runner: Runner, rmcRegio: string, id: string, vergrendel = false): Promise<OpgeslagenRonde | undefined> {
    const rij = await firstRow(
      runner,
      rondeRij,
      `SELECT ${RONDE_KOLOMMEN} FROM benaderronde WHERE id = $1 AND rmc_regio = $2${vergrendel ? ' FOR UPDATE' : ''}`,
      [id, rmcRegio],
    );
    return rij ? ronde(rij) : undefined;
  }

  async deelnemersVan(runner: Runner, rondeIds: readonly string[]): Promise<OpgeslagenDeelnemer[]> {
    if (rondeIds.length === 0) return [];
    const gevonden = await rows(
      runner,
      deelnemerRij,
      `SELECT ${DEELNEMER_KOLOMMEN} FROM benaderronde_deelnemer WHERE ronde_id = ANY($1::uuid[]) ORDER BY ronde_id, casus_id`,
      [[...rondeIds]],
    );
    return gevonden.map(deelnemer);
  }

  /** One participant's result; undefined when the case is not in the round. */
  async zetResultaat(
    runner: Runner,
    rondeId: string,
    casusId: string,
    resultaat: RondeDeelnemer,
    door: string,
    op: Date,
  ): Promise<OpgeslagenDeelnemer | undefined> {
    const rij = await firstRow(
      runner,
      deelnemerRij,
      `UPDATE benaderronde_deelnemer SET reactie = $3, in_beeld = $4, overgedragen_aan = $5, gewijzigd_door = $6, gewijzigd_op = $7
       WHERE ronde_id = $1 AND casus_id = $2 RETURNING ${DEELNEMER_KOLOMMEN}`,
      [rondeId, casusId, resultaat.reactie, resultaat.inBeeld, resultaat.overgedragenAan ?? null, door, op],
    );
    return rij ? deelnemer(rij) : undefined;
  }

  async sluitAf(runner: Runner, id: string, door: string, op: Date): Promise<OpgeslagenRonde> {
    const rij = await firstRow(
      runner,
      rondeRij,
      `UPDATE benaderronde SET afgesloten_op = $2, afgesloten_door = $3 WHERE id = $1 RETURNING ${RONDE_KOLOMMEN}`,
      [id, op, door],
    );
    if (!rij) throw new Error('UPDATE … RETURNING answered no row');
    return ronde(rij);
  }
}
