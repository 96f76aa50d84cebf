import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OntvangerRol } from '@sluitend/contracts';
import { regioRegelSleutel, RegioRegels } from './ontvangers';

const GELDIG_MS = 5_000;

/**
 * The routing rules the regions set themselves (absent types follow the defaults). The table is small and changes
 * rarely, so it is read at most every 5 s instead of once per batch of signals; a change made through this replica
 * applies at once, one made through another replica within 5 s.
 */
@Injectable()
export class RegioRegelsBron {
  private cache: { regels: RegioRegels; tot: number } | null = null;

  async regels(manager: EntityManager): Promise<RegioRegels> {
    if (this.cache && this.cache.tot > Date.now()) return this.cache.regels;
    const rows: Array<{ rmc_regio: string; signaal_type: string; ontvangers: OntvangerRol[] }> = await manager.query(
      'SELECT rmc_regio, signaal_type, ontvangers FROM regio_routering',
    );
    const regels = new Map(rows.map((row) => [regioRegelSleutel(row.rmc_regio, row.signaal_type), row.ontvangers]));
    this.cache = { regels, tot: Date.now() + GELDIG_MS };
    return regels;
  }

  vergeet(): void {
    this.cache = null;
  }
}
