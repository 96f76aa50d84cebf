import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { DEELNAME_RESULTATEN } from '@sluitend/contracts';
import { column, firstRow, rows, Runner } from '@sluitend/persistence';
import { Deelname } from '../domain/deelname';
import { Programma } from '../domain/programma';

export interface OpgeslagenProgramma extends Programma {
  readonly aangemaaktOp: Date;
}

export interface OpgeslagenDeelname extends Deelname {
  readonly id: string;
  readonly toelichting?: string;
}

const programmaRij = z.object({
  id: column.uuid,
  rmc_regio: z.string(),
  naam: z.string(),
  capaciteit: z.number().int().nullable(),
  startdatum: z.string(),
  einddatum: z.string().nullable(),
  aangemaakt_op: column.timestamp,
});
const PROGRAMMA_KOLOMMEN =
  "id, rmc_regio, naam, capaciteit, to_char(startdatum, 'YYYY-MM-DD') AS startdatum, to_char(einddatum, 'YYYY-MM-DD') AS einddatum, aangemaakt_op";
const programma = (r: z.output<typeof programmaRij>): OpgeslagenProgramma => ({
  id: r.id,
  rmcRegio: r.rmc_regio,
  naam: r.naam,
  ...(r.capaciteit !== null ? { capaciteit: r.capaciteit } : {}),
  startdatum: r.startdatum,
  ...(r.einddatum !== null ? { einddatum: r.einddatum } : {}),
  aangemaaktOp: r.aangemaakt_op,
});

const deelnameRij = z.object({
  id: column.uuid,
  programma_id: column.uuid,
  casus_id: column.uuid,
  aangemeld_op: z.string(),
  afgemeld_op: z.string().nullable(),
  resultaat: z.enum(DEELNAME_RESULTATEN).nullable(),
  toelichting: z.string().nullable(),
});
const DEELNAME_KOLOMMEN =
  "id, programma_id, casus_id, to_char(aangemeld_op, 'YYYY-MM-DD') AS aangemeld_op, to_char(afgemeld_op, 'YYYY-MM-DD') AS afgemeld_op, resultaat, toelichting";
const deelname = (r: z.output<typeof deelnameRij>): OpgeslagenDeelname => ({
  id: r.id,
  programmaId: r.programma_id,
  casusId: r.casus_id,
  aangemeldOp: r.aangemeld_op,
  ...(r.afgemeld_op !== null ? { afgemeldOp: r.afgemeld_op } : {}),
  ...(r.resultaat !== null ? { resultaat: r.resultaat } : {}),
  ...(r.toelichting !== null ? { toelichting: r.toelichting } : {}),
});

/** programma and programma_deelname: every SQL statement of programmas, rows checked with zod at the boundary. */
@Injectable()
export class ProgrammasRepository {
  async voegToe(runner: Runner, nieuw: Programma, door: string, op: Date): Promise<OpgeslagenProgramma> {
    const rij = await firstRow(
      runner,
      programmaRij,
      `INSERT INTO programma (id, rmc_regio, naam, capaciteit, startdatum, einddatum, aangemaakt_door, aangemaakt_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${PROGRAMMA_KOLOMMEN}`,
      [nieuw.id, nieuw.rmcRegio, nieuw.naam, nieuw.capaciteit ?? null, nieuw.startdatum, nieuw.einddatum ?? null, door, op],
    );
    if (!rij) throw new Error('INSERT … RETURNING answered no row');
    return programma(rij);
  }

  /** The region's programme, locked for a change (joining, ending) when `voorWijziging`. */
  async vanId(runner: Runner, rmcRegio: string, id: string, voorWijziging = false): Promise<OpgeslagenProgramma | undefined> {
    const rij = await firstRow(
      runner,
      programmaRij,
      `SELECT ${PROGRAMMA_KOLOMMEN} FROM programma WHERE id = $1 AND rmc_regio = $2${voorWijziging ? ' FOR UPDATE' : ''}`,
      [id, rmcRegio],
    );
    return rij ? programma(rij) : undefined;
  }

  async zetEinddatum(runner: Runner, id: string, einddatum: string): Promise<OpgeslagenProgramma> {
    const rij = await firstRow(runner, programmaRij, `UPDATE programma SET einddatum = $2 WHERE id = $1 RETURNING ${PROGRAMMA_KOLOMMEN}`, [
      id,
      einddatum,
    ]);
    if (!rij) throw new Error('UPDATE … RETURNING answered no row');
    return programma(rij);
  }

  /** The region's programmes, running and latest started first. */
  async vanRegio(runner: Runner, rmcRegio: string, vandaag: string, limiet = 500): Promise<OpgeslagenProgramma[]> {
    const gevonden = await rows(
      runner,
      programmaRij,
      `SELECT ${PROGRAMMA_KOLOMMEN} FROM programma WHERE rmc_regio = $1
       ORDER BY (einddatum IS NULL OR einddatum >= $2::date) DESC, startdatum DESC, aangemaakt_op DESC LIMIT $3`,
      [rmcRegio, vandaag, limiet],
    );
    return gevonden.map(programma);
  }

  /** The participations of these programmes, running first, then by joining date. */
  async deelnamesVan(runner: Runner, programmaIds: readonly string[]): Promise<OpgeslagenDeelname[]> {
    if (programmaIds.length === 0) return [];
    const gevonden = await rows(
      runner,
      deelnameRij,
      `SELECT ${DEELNAME_KOLOMMEN} FROM programma_deelname WHERE programma_id = ANY($1::uuid[])
       ORDER BY (afgemeld_op IS NULL) DESC, aangemeld_op, gewijzigd_op`,
      [programmaIds],
    );
    return gevonden.map(deelname);
  }

  async meldAan(runner: Runner, id: string, nieuw: Deelname, door: string, op: Date): Promise<OpgeslagenDeelname> {
    const rij = await firstRow(
      runner,
      deelnameRij,
      `INSERT INTO programma_deelname (id, programma_id, casus_id, aangemeld_op, aangemeld_door, gewijzigd_op)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${DEELNAME_KOLOMMEN}`,
      [id, nieuw.programmaId, nieuw.casusId, nieuw.aangemeldOp, door, op],
    );
    if (!rij) throw new Error('INSERT … RETURNING answered no row');
    return deelname(rij);
  }

  /** A case's participation in a programme, the running one first, else the latest; locked for leaving. */
  async laatsteDeelname(runner: Runner, programmaId: string, casusId: string): Promise<OpgeslagenDeelname | undefined> {
    const rij = await firstRow(
      runner,
      deelnameRij,
      `SELECT ${DEELNAME_KOLOMMEN} FROM programma_deelname WHERE programma_id = $1 AND casus_id = $2
       ORDER BY (afgemeld_op IS NULL) DESC, afgemeld_op DESC, gewijzigd_op DESC LIMIT 1 FOR UPDATE`,
      [programmaId, casusId],
    );
    return rij ? deelname(rij) : undefined;
  }

  async meldAf(runner: Runner, id: string, na: Deelname, toelichting: string | undefined, door: string, op: Date): Promise<OpgeslagenDeelname> {
    const rij = await firstRow(
      runner,
      deelnameRij,
      `UPDATE programma_deelname SET afgemeld_op = $2, resultaat = $3, toelichting = $4, afgemeld_door = $5, gewijzigd_op = $6
       WHERE id = $1 AND afgemeld_op IS NULL RETURNING ${DEELNAME_KOLOMMEN}`,
      [id, na.afgemeldOp, na.resultaat, toelichting ?? null, door, op],
    );
    if (!rij) throw new Error('UPDATE … RETURNING answered no row');
    return deelname(rij);
  }
}
