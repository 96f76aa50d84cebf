import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { DEELNAME_RESULTATEN } from '@sluitend/contracts';
import { execute, rows, Runner } from '@sluitend/persistence';
import type { Benaderronde } from '../domain/benaderrondes';
import type { Deelnamerij } from '../domain/deelnameprojectie';
import type { Programmadeelname } from '../domain/programmaresultaten';
import type { Benaderronderij } from '../domain/rondeprojectie';

/** The tables of the rounds and programmes projection (the rebuild compares them). */
export const RONDE_PROGRAMMA_PROJECTIES = ['trajecten_benaderronde', 'trajecten_programmadeelname'] as const;

const telling = z.number().int().nonnegative();
const rondeRij = z
  .object({
    ronde_id: z.string(),
    rmc_regio: z.string(),
    afgesloten_op: z.string(),
    aangeschreven: telling,
    zelf_gereageerd: telling,
    telefonisch_bereikt: telling,
    anders_bereikt: telling,
    niet_bereikt: telling,
    nog_open: telling,
    in_beeld: telling,
    overgedragen_aan: z.record(z.string(), telling),
  })
  .transform((r): Benaderronde => ({
    rondeId: r.ronde_id,
    rmcRegio: r.rmc_regio,
    afgeslotenOp: r.afgesloten_op,
    aangeschreven: r.aangeschreven,
    zelfGereageerd: r.zelf_gereageerd,
    telefonischBereikt: r.telefonisch_bereikt,
    andersBereikt: r.anders_bereikt,
    nietBereikt: r.niet_bereikt,
    nogOpen: r.nog_open,
    inBeeld: r.in_beeld,
    overgedragenAan: r.overgedragen_aan,
  }));

const deelnameRij = z
  .object({
    programma_id: z.string(),
    rmc_regio: z.string(),
    aangemeld_op: z.string(),
    afgemeld_op: z.string().nullable(),
    resultaat: z.enum(DEELNAME_RESULTATEN).nullable(),
  })
  .transform((r): Programmadeelname => ({
    programmaId: r.programma_id,
    rmcRegio: r.rmc_regio,
    aangemeldOp: r.aangemeld_op,
    afgemeldOp: r.afgemeld_op,
    resultaat: r.resultaat,
  }));

/**
 * trajecten_benaderronde and trajecten_programmadeelname: rapportage's projection of trajecten's round and programme
 * events (counts, ids, days and codes; no person).
 */
@Injectable()
export class RondesEnProgrammasRepository {
  /** A round closes once: its first event is kept, a repeat (another event id for the same round) changes nothing. */
  async projecteerRondes(runner: Runner, rijen: readonly Benaderronderij[]): Promise<void> {
    if (rijen.length === 0) return;
    await execute(
      runner,
      `INSERT INTO trajecten_benaderronde
         (ronde_id, rmc_regio, afgesloten_op, schooljaar, aangeschreven, zelf_gereageerd, telefonisch_bereikt, anders_bereikt, niet_bereikt, nog_open,
          in_beeld, overgedragen_aan)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::int[], $6::int[], $7::int[], $8::int[], $9::int[], $10::int[],
                            $11::int[], $12::jsonb[])
       ON CONFLICT (ronde_id) DO NOTHING`,
      [
        rijen.map((r) => r.rondeId),
        rijen.map((r) => r.rmcRegio),
        rijen.map((r) => r.afgeslotenOp),
        rijen.map((r) => r.schooljaar),
        rijen.map((r) => r.aangeschreven),
        rijen.map((r) => r.zelfGereageerd),
        rijen.map((r) => r.telefonischBereikt),
        rijen.map((r) => r.andersBereikt),
        rijen.map((r) => r.nietBereikt),
        rijen.map((r) => r.nogOpen),
        rijen.map((r) => r.inBeeld),
        rijen.map((r) => JSON.stringify(r.overgedragenAan)),
      ],
    );
  }

  /**
   * Upserts participations: the start and the end both carry the key; the end's day and result are kept once stored,
   * so the row is the same whichever event arrives first.
   */
  async projecteerDeelnames(runner: Runner, rijen: readonly Deelnamerij[]): Promise<void> {
    if (rijen.length === 0) return;
    await execute(
      runner,
      `INSERT INTO trajecten_programmadeelname AS d (programma_id, casus_id, aangemeld_op, rmc_regio, afgemeld_op, resultaat)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[], $5::date[], $6::text[])
       ON CONFLICT (programma_id, casus_id, aangemeld_op) DO UPDATE SET
         afgemeld_op = coalesce(d.afgemeld_op, EXCLUDED.afgemeld_op),
         resultaat   = coalesce(d.resultaat, EXCLUDED.resultaat)`,
      [
        rijen.map((r) => r.programmaId),
        rijen.map((r) => r.casusId),
        rijen.map((r) => r.aangemeldOp),
        rijen.map((r) => r.rmcRegio),
        rijen.map((r) => r.afgemeldOp),
        rijen.map((r) => r.resultaat),
      ],
    );
  }

  /** The rounds closed in a school year (Amsterdam), optionally of one RMC-regio. */
  async rondes(runner: Runner, schooljaar: string, rmcRegio: string | null): Promise<Benaderronde[]> {
    return rows(
      runner,
      rondeRij,
      `SELECT ronde_id, rmc_regio, to_char(afgesloten_op, 'YYYY-MM-DD') AS afgesloten_op, aangeschreven, zelf_gereageerd, telefonisch_bereikt,
              anders_bereikt, niet_bereikt, nog_open, in_beeld, overgedragen_aan
       FROM trajecten_benaderronde WHERE schooljaar = $1 AND ($2::text IS NULL OR rmc_regio = $2)`,
      [schooljaar, rmcRegio],
    );
  }

  /** The participations that began or ended between two days (inclusive), optionally of one RMC-regio. */
  async deelnames(runner: Runner, van: string, tot: string, rmcRegio: string | null): Promise<Programmadeelname[]> {
    return rows(
      runner,
      deelnameRij,
      `SELECT programma_id, rmc_regio, to_char(aangemeld_op, 'YYYY-MM-DD') AS aangemeld_op, to_char(afgemeld_op, 'YYYY-MM-DD') AS afgemeld_op, resultaat
       FROM trajecten_programmadeelname
       WHERE ($3::text IS NULL OR rmc_regio = $3)
         AND (aangemeld_op BETWEEN $1::date AND $2::date OR afgemeld_op BETWEEN $1::date AND $2::date)`,
      [van, tot, rmcRegio],
    );
  }
}
