import { Injectable } from '@nestjs/common';
import { Runner } from '@sluitend/persistence';
import { regioRegelSleutel, RegioRegels } from '../domain/ontvangers';
import { RouteringRepository } from './routering.repository';

const GELDIG_MS = 5_000;

/**
 * The routing rules the regions set themselves (absent types follow the defaults). The table is small and changes
 * rarely, so it is read at most every 5 s instead of once per batch of signals; a change made through this replica
 * applies at once, one made through another replica within 5 s.
 */
@Injectable()
export class RegioRegelsBron {
  private cache: { regels: RegioRegels; tot: number } | null = null;

  constructor(private readonly routering: RouteringRepository) {}

  async regels(runner: Runner): Promise<RegioRegels> {
    if (this.cache && this.cache.tot > Date.now()) return this.cache.regels;
    const rijen = await this.routering.alleRegels(runner);
    const regels = new Map(rijen.map((rij) => [regioRegelSleutel(rij.rmc_regio, rij.signaal_type), rij.ontvangers]));
    this.cache = { regels, tot: Date.now() + GELDIG_MS };
    return regels;
  }

  vergeet(): void {
    this.cache = null;
  }
}
