import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { execute, rows, Runner } from '@sluitend/persistence';
import type { CasusRegelInvoer } from '../domain/casus-regels';

const regelRij = z.object({ rmc_regio: z.string(), signaal_soort: z.string(), regel: z.string() });

/** casus_regel: the lines in which a region's rule table differs from the defaults. */
@Injectable()
export class SignalenRepository {
  /** The stored lines of the given regions, per region. */
  async afwijkingen(runner: Runner, regios: readonly string[]): Promise<Map<string, CasusRegelInvoer[]>> {
    const perRegio = new Map<string, CasusRegelInvoer[]>(regios.map((regio) => [regio, []]));
    if (regios.length === 0) return perRegio;
    const gevonden = await rows(
      runner,
      regelRij,
      'SELECT rmc_regio, signaal_soort, regel FROM casus_regel WHERE rmc_regio = ANY($1::text[]) ORDER BY signaal_soort',
      [[...new Set(regios)]],
    );
    for (const rij of gevonden) perRegio.get(rij.rmc_regio)?.push({ signaalSoort: rij.signaal_soort, regel: rij.regel });
    return perRegio;
  }

  /** Replaces a region's lines (kinds left out return to the default). */
  async vervang(manager: EntityManager, rmcRegio: string, regels: readonly CasusRegelInvoer[], door: string, op: Date): Promise<void> {
    await execute(manager, 'DELETE FROM casus_regel WHERE rmc_regio = $1', [rmcRegio]);
    if (regels.length === 0) return;
    await execute(
      manager,
      `INSERT INTO casus_regel (rmc_regio, signaal_soort, regel, gewijzigd_door, gewijzigd_op)
       SELECT $1, t.soort, t.regel, $4, $5 FROM unnest($2::text[], $3::text[]) AS t(soort, regel)`,
      [rmcRegio, regels.map((r) => r.signaalSoort), regels.map((r) => r.regel), door, op],
    );
  }
}
