import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { execute } from '@sluitend/persistence';

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
}
