import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { execute, firstRow, rows, Runner } from '@sluitend/persistence';
import type { Professional } from '../domain/caseload';

const lidRij = z.object({ gebruiker: z.string(), soort: z.enum(['rmc', 'leerplicht']), fte: z.coerce.number() });
const normRij = z.object({ normen: z.record(z.string(), z.unknown()) });

/** caseload_team and caseload_norm: a region's team and norms. */
@Injectable()
export class CaseloadRepository {
  async team(runner: Runner, rmcRegio: string): Promise<Professional[]> {
    return rows(runner, lidRij, 'SELECT gebruiker, soort, fte FROM caseload_team WHERE rmc_regio = $1 ORDER BY gebruiker', [rmcRegio]);
  }

  /** The region's own norms as stored (checked by the domain when read), or none. */
  async normen(runner: Runner, rmcRegio: string): Promise<Record<string, unknown>> {
    return (await firstRow(runner, normRij, 'SELECT normen FROM caseload_norm WHERE rmc_regio = $1', [rmcRegio]))?.normen ?? {};
  }

  /** Replaces the region's team and norms. */
  async vervang(
    manager: EntityManager,
    rmcRegio: string,
    team: readonly Professional[],
    normen: Record<string, number>,
    door: string,
    op: Date,
  ): Promise<void> {
    await execute(manager, 'DELETE FROM caseload_team WHERE rmc_regio = $1', [rmcRegio]);
    if (team.length > 0) {
      await execute(
        manager,
        `INSERT INTO caseload_team (rmc_regio, gebruiker, soort, fte) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::numeric[])`,
        [rmcRegio, team.map((lid) => lid.gebruiker), team.map((lid) => lid.soort), team.map((lid) => lid.fte)],
      );
    }
    await execute(
      manager,
      `INSERT INTO caseload_norm (rmc_regio, normen, gewijzigd_door, gewijzigd_op) VALUES ($1, $2::jsonb, $3, $4)
       ON CONFLICT (rmc_regio) DO UPDATE SET normen = EXCLUDED.normen, gewijzigd_door = EXCLUDED.gewijzigd_door, gewijzigd_op = EXCLUDED.gewijzigd_op`,
      [rmcRegio, JSON.stringify(normen), door, op],
    );
  }
}
