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

/** Reads what routing needs: the student's dossier and the woongemeente the mbo gave (tables other capabilities write). */
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

  /**
   * The woongemeente the mbo gave last for the student (on an inschrijving or an uitschrijving, any schooljaar), or
   * null: what routes a student's signals when the mbo knows the address and Sluitend has no dossier.
   */
  async mboWoongemeente(runner: Runner, jongereId: string): Promise<string | null> {
    const rij = await firstRow(
      runner,
      z.object({ woongemeente: z.string() }),
      `SELECT woongemeente FROM inschrijving WHERE jongere_id = $1 AND woongemeente IS NOT NULL
       ORDER BY greatest(ingeschreven_per, uitgeschreven_per) DESC, geregistreerd_op DESC LIMIT 1`,
      [jongereId],
    );
    return rij?.woongemeente ?? null;
  }
}
