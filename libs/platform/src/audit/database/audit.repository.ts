import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { execute, rows } from '@sluitend/persistence';
import { AUDIT_BRON, AuditBron } from '../audit-bron';

const auditRijSchema = z.object({
  gebruiker: z.string(),
  organisatie: z.string(),
  onderwerp: z.string(),
  reden: z.string(),
  op: z.coerce.date(),
});
export type AuditRij = z.infer<typeof auditRijSchema>;

/** The service's audit rows of one organisation in a period, with the reads of the audit itself. */
@Injectable()
export class AuditRepository {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(AUDIT_BRON) private readonly bron: AuditBron,
  ) {}

  private alle(): string {
    return `(${this.bron.select} UNION ALL SELECT gebruiker, organisatie, onderwerp, reden, op FROM audit_inzage) a`;
  }

  async lijst(organisatie: string, van: Date, tot: Date, limit: number, offset: number): Promise<{ items: AuditRij[]; totaal: number }> {
    const items = await rows(
      this.dataSource,
      auditRijSchema,
      `SELECT gebruiker, organisatie, onderwerp, reden, op FROM ${this.alle()}
        WHERE organisatie = $1 AND op >= $2 AND op < $3 ORDER BY op DESC, onderwerp LIMIT $4 OFFSET $5`,
      [organisatie, van, tot, limit, offset],
    );
    const [telling] = await rows(
      this.dataSource,
      z.object({ totaal: z.coerce.number().int() }),
      `SELECT count(*) AS totaal FROM ${this.alle()} WHERE organisatie = $1 AND op >= $2 AND op < $3`,
      [organisatie, van, tot],
    );
    return { items, totaal: telling.totaal };
  }

  async registreerInzage(rij: AuditRij): Promise<void> {
    await execute(this.dataSource, 'INSERT INTO audit_inzage (gebruiker, organisatie, onderwerp, reden, op) VALUES ($1, $2, $3, $4, $5)', [
      rij.gebruiker,
      rij.organisatie,
      rij.onderwerp,
      rij.reden,
      rij.op,
    ]);
  }
}
