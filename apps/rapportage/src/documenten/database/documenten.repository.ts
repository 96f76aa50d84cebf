import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { column, execute, firstRow, rows, Runner } from '@sluitend/persistence';
import type { GeplandRapport, Rapportsoort } from '../domain/rapportplanning';

const soortSchema = z.enum(['tabellenboek', 'effectrapportage']);

const planningRij = z
  .object({ soort: soortSchema, schooljaar: z.string(), due_at: column.timestamp })
  .transform((rij): GeplandRapport => ({ soort: rij.soort, schooljaar: rij.schooljaar, dueAt: rij.due_at }));

export type NieuwDocument = {
  id: string;
  soort: Rapportsoort;
  schooljaar: string;
  organisatieType: 'vo-school' | 'rmc-regio';
  organisatieCode: string;
  formaat: 'pdf' | 'xlsx';
  bestandsnaam: string;
  inhoud: Buffer;
  gegenereerdOp: Date;
};

export type Documentregel = Omit<NieuwDocument, 'inhoud' | 'organisatieType'> & { grootte: number };

const regelRij = z
  .object({
    id: z.string(),
    soort: soortSchema,
    schooljaar: z.string(),
    organisatie_code: z.string(),
    formaat: z.enum(['pdf', 'xlsx']),
    bestandsnaam: z.string(),
    grootte: z.coerce.number(),
    gegenereerd_op: column.timestamp,
  })
  .transform((rij): Documentregel => ({
    id: rij.id,
    soort: rij.soort,
    schooljaar: rij.schooljaar,
    organisatieCode: rij.organisatie_code,
    formaat: rij.formaat,
    bestandsnaam: rij.bestandsnaam,
    grootte: rij.grootte,
    gegenereerdOp: rij.gegenereerd_op,
  }));

const inhoudRij = z.object({ bestandsnaam: z.string(), formaat: z.enum(['pdf', 'xlsx']), inhoud: z.instanceof(Buffer) });

/** The planning of scheduled reports and the generated documents (bytea), every statement of the capability. */
@Injectable()
export class DocumentenRepository {
  /** Plans generations; those that exist (generated or not) stay as they are. */
  async plan(runner: Runner, gepland: readonly GeplandRapport[]): Promise<void> {
    if (gepland.length === 0) return;
    await execute(
      runner,
      `INSERT INTO rapportplanning (soort, schooljaar, due_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[]) ON CONFLICT DO NOTHING`,
      [gepland.map((g) => g.soort), gepland.map((g) => g.schooljaar), gepland.map((g) => g.dueAt)],
    );
  }

  /** Claims due generations (FOR UPDATE SKIP LOCKED: two replicas never generate the same one). */
  claim(runner: Runner, op: Date, limit: number): Promise<GeplandRapport[]> {
    return rows(
      runner,
      planningRij,
      `SELECT soort, schooljaar, due_at FROM rapportplanning WHERE gegenereerd_op IS NULL AND due_at <= $1
       ORDER BY due_at, soort LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [op, limit],
    );
  }

  async markeer(runner: Runner, gepland: GeplandRapport, op: Date): Promise<void> {
    await execute(runner, 'UPDATE rapportplanning SET gegenereerd_op = $3 WHERE soort = $1 AND schooljaar = $2', [
      gepland.soort,
      gepland.schooljaar,
      op,
    ]);
  }

  async volgende(runner: Runner): Promise<Date | null> {
    const rij = await firstRow(
      runner,
      z.object({ due_at: column.timestamp }),
      'SELECT min(due_at) AS due_at FROM rapportplanning WHERE gegenereerd_op IS NULL HAVING min(due_at) IS NOT NULL',
      [],
    );
    return rij?.due_at ?? null;
  }

  async aantalDue(runner: Runner, op: Date): Promise<number> {
    const rij = await firstRow(
      runner,
      z.object({ n: z.coerce.number() }),
      'SELECT count(*) AS n FROM rapportplanning WHERE gegenereerd_op IS NULL AND due_at <= $1',
      [op],
    );
    return rij?.n ?? 0;
  }

  /** Stores a document once: a second generation of the same kind, year, organisation and format changes nothing. */
  async bewaar(runner: Runner, document: NieuwDocument): Promise<void> {
    await execute(
      runner,
      `INSERT INTO rapportdocument (id, soort, schooljaar, organisatie_type, organisatie_code, formaat, bestandsnaam, inhoud, gegenereerd_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (soort, schooljaar, organisatie_code, formaat) DO NOTHING`,
      [
        document.id,
        document.soort,
        document.schooljaar,
        document.organisatieType,
        document.organisatieCode,
        document.formaat,
        document.bestandsnaam,
        document.inhoud,
        document.gegenereerdOp,
      ],
    );
  }

  /** The documents of one organisation (null: all), newest first, without their content. */
  lijst(runner: Runner, organisatie: { type: string; code: string } | null): Promise<Documentregel[]> {
    return rows(
      runner,
      regelRij,
      `SELECT id, soort, schooljaar, organisatie_code, formaat, bestandsnaam, octet_length(inhoud) AS grootte, gegenereerd_op FROM rapportdocument
       WHERE ($1::text IS NULL OR (organisatie_type = $1 AND organisatie_code = $2))
       ORDER BY gegenereerd_op DESC, schooljaar DESC, soort, organisatie_code, formaat LIMIT 1000`,
      [organisatie?.type ?? null, organisatie?.code ?? null],
    );
  }

  /** One document's content, when it belongs to the organisation (null: any). */
  inhoud(runner: Runner, id: string, organisatie: { type: string; code: string } | null): Promise<z.infer<typeof inhoudRij> | undefined> {
    return firstRow(
      runner,
      inhoudRij,
      `SELECT bestandsnaam, formaat, inhoud FROM rapportdocument
       WHERE id = $1 AND ($2::text IS NULL OR (organisatie_type = $2 AND organisatie_code = $3))`,
      [id, organisatie?.type ?? null, organisatie?.code ?? null],
    );
  }
}
