import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { firstRow, Runner } from '@sluitend/persistence';
import type { Herkomst } from '../domain/routing-context';

const herkomstRij = z
  .object({
    woongemeente: z.string(),
    rmc_regio: z.string().nullable(),
    brin: z.string(),
    vestiging: z.string(),
    geboortedatum: z.string().nullable(),
  })
  .transform((rij): Herkomst => ({
    woongemeente: rij.woongemeente,
    rmcRegio: rij.rmc_regio,
    brin: rij.brin,
    vestiging: rij.vestiging,
    geboortedatum: rij.geboortedatum,
  }));

/** Reads what routing needs from the student's dossier (the table the dossiers capability writes). */
@Injectable()
export class RouteringRepository {
  herkomst(runner: Runner, jongereId: string, schooljaar: string): Promise<Herkomst | undefined> {
    return firstRow(
      runner,
      herkomstRij,
      `SELECT woongemeente, rmc_regio, brin, vestiging, inhoud -> 'leerling' ->> 'geboortedatum' AS geboortedatum
       FROM dossier WHERE jongere_id = $1 AND schooljaar = $2`,
      [jongereId, schooljaar],
    );
  }
}
