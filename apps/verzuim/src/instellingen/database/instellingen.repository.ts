import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { firstRow, Runner } from '@sluitend/persistence';
import { STANDAARD_INSTELLINGEN, VerzuimInstellingen } from '../../meldingen/domain/verzuim-instellingen';

/** instellingen: every SQL statement on a school's verzuim settings. */
@Injectable()
export class InstellingenRepository {
  async zet(runner: Runner, brin: string, instellingen: VerzuimInstellingen, op: Date): Promise<void> {
    await runner.query(
      `INSERT INTO verzuim_instellingen (brin, rmc_periode_weken, zestien_uur_voor_rmc_doelgroep, gezet_op) VALUES ($1, $2, $3, $4)
       ON CONFLICT (brin) DO UPDATE SET rmc_periode_weken = EXCLUDED.rmc_periode_weken,
         zestien_uur_voor_rmc_doelgroep = EXCLUDED.zestien_uur_voor_rmc_doelgroep, gezet_op = EXCLUDED.gezet_op`,
      [brin, instellingen.rmcPeriodeWeken, instellingen.zestienUurVoorRmcDoelgroep, op],
    );
  }

  /** A school's settings, or the domain core's defaults when it set none. */
  async vanSchool(runner: Runner, brin: string): Promise<VerzuimInstellingen> {
    const rij = await firstRow(
      runner,
      z.object({ rmc_periode_weken: z.number().int(), zestien_uur_voor_rmc_doelgroep: z.boolean() }),
      'SELECT rmc_periode_weken, zestien_uur_voor_rmc_doelgroep FROM verzuim_instellingen WHERE brin = $1',
      [brin],
    );
    return rij ? { rmcPeriodeWeken: rij.rmc_periode_weken, zestienUurVoorRmcDoelgroep: rij.zestien_uur_voor_rmc_doelgroep } : STANDAARD_INSTELLINGEN;
  }
}
