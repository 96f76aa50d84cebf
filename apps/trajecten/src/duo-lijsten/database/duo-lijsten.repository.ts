import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { CASUS_STATUSSEN } from '@sluitend/contracts';
import { column, execute, firstRow, rows, Runner } from '@sluitend/persistence';
import type { TerugmeldingBron } from '../domain/terugmelding';

export interface NieuweDuoLijst {
  readonly id: string;
  readonly rmcRegio: string;
  readonly soort: 'a01' | 'oud-vsv';
  readonly rapportagedatum: string;
  readonly aantalRijen: number;
  readonly telling: Readonly<Record<string, number>>;
  readonly door: string;
  readonly op: Date;
}

export interface DuoLijstRij {
  readonly regel: number;
  readonly jongereId: string;
  readonly status: 'nieuwe-casus' | 'bij-open-casus' | 'buiten-doelgroep';
  readonly casusId: string | null;
}

const lijstRij = z.object({ id: column.uuid, rmc_regio: z.string(), soort: z.enum(['a01', 'oud-vsv']) });
const terugmeldingRij = z.object({
  regel: z.number().int(),
  status: z.enum(['nieuwe-casus', 'bij-open-casus', 'buiten-doelgroep']),
  casus_id: column.uuid.nullable(),
  casus_status: z.enum(CASUS_STATUSSEN).nullable(),
  uitkomst: z.string().nullable(),
  afgesloten_op: column.nullableTimestamp,
});

/** duo_lijst and duo_lijst_rij: every SQL statement of duo-lijsten. */
@Injectable()
export class DuoLijstenRepository {
  async registreer(manager: EntityManager, lijst: NieuweDuoLijst, rijen: readonly DuoLijstRij[]): Promise<void> {
    await execute(
      manager,
      `INSERT INTO duo_lijst (id, rmc_regio, soort, rapportagedatum, aantal_rijen, telling, door, ingelezen_op) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)`,
      [lijst.id, lijst.rmcRegio, lijst.soort, lijst.rapportagedatum, lijst.aantalRijen, JSON.stringify(lijst.telling), lijst.door, lijst.op],
    );
    if (rijen.length === 0) return;
    await execute(
      manager,
      `INSERT INTO duo_lijst_rij (lijst_id, regel, jongere_id, status, casus_id)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::uuid[])`,
      [lijst.id, rijen.map((r) => r.regel), rijen.map((r) => r.jongereId), rijen.map((r) => r.status), rijen.map((r) => r.casusId)],
    );
  }

  async lijst(runner: Runner, id: string): Promise<{ id: string; rmcRegio: string; soort: 'a01' | 'oud-vsv' } | undefined> {
    const rij = await firstRow(runner, lijstRij, 'SELECT id, rmc_regio, soort FROM duo_lijst WHERE id = $1', [id]);
    return rij ? { id: rij.id, rmcRegio: rij.rmc_regio, soort: rij.soort } : undefined;
  }

  /** Every stored line of a list with where its case stands now (the refused lines were never stored). */
  async terugmelding(runner: Runner, lijstId: string): Promise<TerugmeldingBron[]> {
    const gevonden = await rows(
      runner,
      terugmeldingRij,
      `SELECT r.regel, r.status, r.casus_id, c.status AS casus_status, c.uitkomst ->> 'categorie' AS uitkomst, c.afgesloten_op
       FROM duo_lijst_rij r LEFT JOIN casus c ON c.id = r.casus_id WHERE r.lijst_id = $1 ORDER BY r.regel`,
      [lijstId],
    );
    return gevonden.map((r) => ({
      regel: r.regel,
      verwerking: r.status,
      casusId: r.casus_id,
      casusStatus: r.casus_status,
      uitkomst: r.uitkomst,
      afgeslotenOp: r.afgesloten_op,
    }));
  }
}
