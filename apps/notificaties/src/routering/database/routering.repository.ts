import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { ONTVANGER_ROLLEN } from '@sluitend/contracts';
import { execute, rows, Runner } from '@sluitend/persistence';

const regelRij = z.object({ rmc_regio: z.string(), signaal_type: z.string(), ontvangers: z.array(z.enum(ONTVANGER_ROLLEN)) });
export type RegioRegelRij = z.infer<typeof regelRij>;

/** The routing rules the regions set themselves (table regio_routering). */
@Injectable()
export class RouteringRepository {
  alleRegels(runner: Runner): Promise<RegioRegelRij[]> {
    return rows(runner, regelRij, 'SELECT rmc_regio, signaal_type, ontvangers FROM regio_routering');
  }

  /** Replaces a region's whole set of rules (types left out return to the default). */
  async vervangRegels(
    manager: EntityManager,
    rmcRegio: string,
    regels: ReadonlyArray<{ signaalType: string; ontvangers: readonly string[] }>,
    door: string,
    op: Date,
  ): Promise<void> {
    await execute(manager, 'DELETE FROM regio_routering WHERE rmc_regio = $1', [rmcRegio]);
    if (regels.length === 0) return;
    await execute(
      manager,
      `INSERT INTO regio_routering (rmc_regio, signaal_type, ontvangers, gewijzigd_door, gewijzigd_op)
       SELECT $1, t.signaal_type, string_to_array(t.ontvangers, ','), $4, $5 FROM unnest($2::text[], $3::text[]) AS t(signaal_type, ontvangers)`,
      [rmcRegio, regels.map((regel) => regel.signaalType), regels.map((regel) => [...new Set(regel.ontvangers)].join(',')), door, op],
    );
  }
}
