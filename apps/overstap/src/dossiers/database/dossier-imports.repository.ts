import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { ImportFase, ImportMelding, ImportModus, ImportStatus } from '@sluitend/contracts';
import { execute, rows, Runner } from '@sluitend/persistence';
import { DossierImport } from './dossier-import.entity';

/** What a progress or final update may set. */
export type ImportStand = Partial<{
  fase: ImportFase | null;
  gevalideerd: number;
  verwerkt: number;
  aangemaakt: number;
  bijgewerkt: number;
  ongewijzigd: number;
  fouten: number;
  meldingen: ImportMelding[];
  meldingenTotaal: number;
  reden: string | null;
}>;

const KOLOMMEN: Record<keyof ImportStand, string> = {
  fase: 'fase',
  gevalideerd: 'gevalideerd',
  verwerkt: 'verwerkt',
  aangemaakt: 'aangemaakt',
  bijgewerkt: 'bijgewerkt',
  ongewijzigd: 'ongewijzigd',
  fouten: 'fouten',
  meldingen: 'meldingen',
  meldingenTotaal: 'meldingen_totaal',
  reden: 'reden',
};

/**
 * The import job table, row by row (an entity). Every update after the start applies only while the job is still
 * `bezig` and tells whether it did: a job that another replica declared interrupted (stale heartbeat) must not go on
 * writing.
 */
@Injectable()
export class DossierImportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async maak(
    job: Pick<DossierImport, 'id' | 'brin' | 'ingediendDoor' | 'correlationId' | 'modus' | 'totaal' | 'ontvangenOp'>,
  ): Promise<DossierImport> {
    await this.dataSource.getRepository(DossierImport).insert({ ...job, status: 'wachtend', fase: null });
    const gemaakt = await this.vind(job.id);
    if (!gemaakt) throw new Error(`dossier_import ${job.id} not found after insert`);
    return gemaakt;
  }

  vind(id: string): Promise<DossierImport | null> {
    return this.dataSource.getRepository(DossierImport).findOneBy({ id });
  }

  async start(id: string, gestartOp: Date): Promise<boolean> {
    const count = await execute(
      this.dataSource,
      `UPDATE dossier_import SET status = 'bezig', fase = 'valideren', gestart_op = $2, hartslag_op = now()
       WHERE id = $1 AND status = 'wachtend'`,
      [id, gestartOp],
    );
    return count === 1;
  }

  /** Progress of a running job, in `uitvoerder`'s transaction when it is a transaction's manager. */
  voortgang(uitvoerder: Runner, id: string, stand: ImportStand): Promise<boolean> {
    return this.zet(uitvoerder, id, stand, `status = 'bezig'`, []);
  }

  /** Ends a running job: voltooid or afgewezen. */
  rond(uitvoerder: Runner, id: string, status: Extract<ImportStatus, 'voltooid' | 'afgewezen'>, stand: ImportStand, klaarOp: Date): Promise<boolean> {
    return this.zet(uitvoerder, id, { ...stand, fase: null }, `status = 'bezig'`, [`status = '${status}'`], klaarOp);
  }

  /** Ends a waiting or running job as mislukt; in alles-of-niets nothing was stored, so its provisional counts go. */
  faal(id: string, modus: ImportModus, reden: string, klaarOp: Date): Promise<boolean> {
    const nul = modus === 'alles-of-niets' ? { verwerkt: 0, aangemaakt: 0, bijgewerkt: 0, ongewijzigd: 0 } : {};
    return this.zet(this.dataSource, id, { ...nul, reden, fase: null }, `status IN ('wachtend', 'bezig')`, [`status = 'mislukt'`], klaarOp);
  }

  /** The running process's sign of life for its jobs. */
  async hartslag(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await execute(this.dataSource, `UPDATE dossier_import SET hartslag_op = now() WHERE id = ANY($1::uuid[]) AND status IN ('wachtend', 'bezig')`, [
      ids,
    ]);
  }

  /**
   * Jobs whose process stopped giving signs of life (killed, restarted, lost its database) are marked mislukt with
   * what that means for the data. Finished jobs past the retention are deleted. Returns the ids marked.
   */
  async ruimOp(verlopenNaSeconden: number, bewaarDagen: number, nu: Date): Promise<string[]> {
    const gemarkeerd = await rows(
      this.dataSource,
      z.object({ id: z.string() }),
      `UPDATE dossier_import
       SET status = 'mislukt', fase = NULL, klaar_op = $2,
           verwerkt    = CASE WHEN modus = 'alles-of-niets' THEN 0 ELSE verwerkt END,
           aangemaakt  = CASE WHEN modus = 'alles-of-niets' THEN 0 ELSE aangemaakt END,
           bijgewerkt  = CASE WHEN modus = 'alles-of-niets' THEN 0 ELSE bijgewerkt END,
           ongewijzigd = CASE WHEN modus = 'alles-of-niets' THEN 0 ELSE ongewijzigd END,
           reden = 'onderbroken: de verwerking is gestopt (herstart of uitval van de dienst). ' ||
                   CASE WHEN modus = 'alles-of-niets'
                        THEN 'Er is niets opgeslagen. '
                        ELSE 'De eerste ' || verwerkt || ' gevalideerde rijen zijn opgeslagen, de rest niet. ' END ||
                   'Upload het bestand opnieuw; al opgeslagen rijen komen dan terug als ongewijzigd.'
       WHERE status IN ('wachtend', 'bezig') AND hartslag_op < now() - make_interval(secs => $1)
       RETURNING id`,
      [verlopenNaSeconden, nu],
    );
    await execute(this.dataSource, `DELETE FROM dossier_import WHERE klaar_op < $1::timestamptz - make_interval(days => $2)`, [nu, bewaarDagen]);
    return gemarkeerd.map((row) => row.id);
  }

  private async zet(uitvoerder: Runner, id: string, stand: ImportStand, voorwaarde: string, extra: string[], klaarOp?: Date): Promise<boolean> {
    const params: unknown[] = [id];
    const sets = [...extra, 'hartslag_op = now()'];
    for (const [sleutel, waarde] of Object.entries(stand) as [keyof ImportStand, unknown][]) {
      if (waarde === undefined) continue;
      params.push(sleutel === 'meldingen' ? JSON.stringify(waarde) : waarde);
      sets.push(`${KOLOMMEN[sleutel]} = $${params.length}${sleutel === 'meldingen' ? '::jsonb' : ''}`);
    }
    if (klaarOp) {
      params.push(klaarOp);
      sets.push(`klaar_op = $${params.length}`);
    }
    return (await execute(uitvoerder, `UPDATE dossier_import SET ${sets.join(', ')} WHERE id = $1 AND ${voorwaarde}`, params)) === 1;
  }
}
