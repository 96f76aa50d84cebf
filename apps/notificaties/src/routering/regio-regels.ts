import { EntityManager } from 'typeorm';
import { OntvangerRol } from '@sluitend/contracts';
import { regioRegelSleutel, RegioRegels } from './ontvangers';

/** The rules the given regions set themselves (absent types follow the defaults). */
export async function laadRegioRegels(manager: EntityManager, rmcRegios: string[]): Promise<RegioRegels> {
  if (rmcRegios.length === 0) return new Map();
  const rows: Array<{ rmc_regio: string; signaal_type: string; ontvangers: OntvangerRol[] }> = await manager.query(
    'SELECT rmc_regio, signaal_type, ontvangers FROM regio_routering WHERE rmc_regio = ANY($1::text[])',
    [rmcRegios],
  );
  return new Map(rows.map((row) => [regioRegelSleutel(row.rmc_regio, row.signaal_type), row.ontvangers]));
}
