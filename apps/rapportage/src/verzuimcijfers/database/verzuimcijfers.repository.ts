import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { VERZUIMSOORTEN } from '@sluitend/contracts';
import { rows, Runner } from '@sluitend/persistence';
import { Telling, upsertMetTellingen } from '../../shared/database/telling';
import type { GeprojecteerdeMelding, Meldingtellingen } from '../domain/meldingcijfers';
import type { Meldingrij } from '../domain/meldingprojectie';
import type { VerzuimcijfersBereik } from '../domain/verzuimcijfers-bereik';

/** The tables of the verzuim projection (the rebuild compares them). */
export const VERZUIM_PROJECTIES = [
  'verzuim_melding',
  'verzuim_telling_gemeente',
  'verzuim_telling_school',
  'verzuim_telling_behandeling',
  'verzuim_telling_afsluiting',
] as const;

const ms = (d: Date | null): number | null => (d === null ? null : d.getTime());
const meldingRij = z
  .object({
    soort: z.enum(VERZUIMSOORTEN),
    brin: z.string(),
    woongemeente: z.string(),
    ingetrokken: z.boolean(),
    geregistreerd_op: z.date(),
    in_behandeling_op: z.date().nullable(),
    afgesloten_op: z.date().nullable(),
    ter_kennisgeving_op: z.date().nullable(),
  })
  .transform((r): GeprojecteerdeMelding => ({
    soort: r.soort,
    brin: r.brin,
    woongemeente: r.woongemeente,
    ingetrokken: r.ingetrokken,
    geregistreerdMs: r.geregistreerd_op.getTime(),
    inBehandelingMs: ms(r.in_behandeling_op),
    afgeslotenMs: ms(r.afgesloten_op),
    terKennisgevingMs: ms(r.ter_kennisgeving_op),
  }));

const soort = z.enum(VERZUIMSOORTEN);
const gemeenteRij = z.object({ soort, woongemeente: z.string(), aantal: z.number().int() });
const schoolRij = z.object({ soort, brin: z.string(), aantal: z.number().int() });
const DAGEN_KOLOMMEN = 'soort, in_behandeling, afgesloten, ter_kennisgeving, ingetrokken, dagen, aantal';
const dagenRij = z
  .object({
    soort,
    in_behandeling: z.boolean(),
    afgesloten: z.boolean(),
    ter_kennisgeving: z.boolean(),
    ingetrokken: z.boolean(),
    dagen: z.number().int(),
    aantal: z.number().int(),
  })
  .transform((r) => ({
    soort: r.soort,
    stappen: { inBehandeling: r.in_behandeling, afgesloten: r.afgesloten, terKennisgeving: r.ter_kennisgeving, ingetrokken: r.ingetrokken },
    dagen: r.dagen < 0 ? null : r.dagen,
    aantal: r.aantal,
  }));

/** Calendar days (Europe/Amsterdam; the day of registration is 0; −1: never) from registration to a step, as kalenderdagen. */
const dagen = (kolom: string) =>
  `CASE WHEN t.${kolom} IS NULL THEN -1
        ELSE greatest(0, (t.${kolom} AT TIME ZONE 'Europe/Amsterdam')::date - (t.geregistreerd_op AT TIME ZONE 'Europe/Amsterdam')::date) END`;
const STAPPEN = [
  { kolom: 'in_behandeling', waarde: 't.in_behandeling_op IS NOT NULL' },
  { kolom: 'afgesloten', waarde: 't.afgesloten_op IS NOT NULL' },
  { kolom: 'ter_kennisgeving', waarde: 't.ter_kennisgeving_op IS NOT NULL' },
  { kolom: 'ingetrokken', waarde: 't.ingetrokken_op IS NOT NULL' },
];
/** A registered melding with a woongemeente counts once in each (the figures' scope: WHERE geregistreerd_op IS NOT NULL). */
const GETELD = 't.geregistreerd_op IS NOT NULL AND t.woongemeente IS NOT NULL';
const JAAR_EN_SOORT = [
  { kolom: 'schooljaar', waarde: 't.schooljaar' },
  { kolom: 'soort', waarde: 't.soort' },
];
const TELLINGEN: readonly Telling[] = [
  { tabel: 'verzuim_telling_gemeente', sleutel: [...JAAR_EN_SOORT, { kolom: 'woongemeente', waarde: 't.woongemeente' }], geteld: GETELD },
  { tabel: 'verzuim_telling_school', sleutel: [...JAAR_EN_SOORT, { kolom: 'brin', waarde: 't.brin' }], geteld: GETELD },
  {
    tabel: 'verzuim_telling_behandeling',
    sleutel: [...JAAR_EN_SOORT, ...STAPPEN, { kolom: 'dagen', waarde: dagen('in_behandeling_op') }],
    geteld: GETELD,
  },
  {
    tabel: 'verzuim_telling_afsluiting',
    sleutel: [...JAAR_EN_SOORT, ...STAPPEN, { kolom: 'dagen', waarde: dagen('afgesloten_op') }],
    geteld: GETELD,
  },
];

/** verzuim_melding: rapportage's projection of verzuim's melding events (codes, dates, no person). */
@Injectable()
export class VerzuimcijfersRepository {
  /**
   * Upserts one chunk's rows: the receivers add up, the rest is kept once stored, times keep the earliest (the closing
   * reason goes with the earliest afgesloten).
   */
  async projecteer(runner: Runner, rijen: readonly Meldingrij[]): Promise<void> {
    if (rijen.length === 0) return;
    const upsert = `INSERT INTO verzuim_melding AS t
         (melding_id, soort, brin, startdatum, schooljaar, woongemeente, rmc_regio, voor_leerplicht, voor_rmc, verplicht, vervolgmelding,
          geregistreerd_op, ingetrokken_op, in_behandeling_op, afgesloten_op, sluitreden, ter_kennisgeving_op)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::boolean[],
                            $10::boolean[], $11::boolean[], $12::timestamptz[], $13::timestamptz[], $14::timestamptz[], $15::timestamptz[],
                            $16::text[], $17::timestamptz[])
       ON CONFLICT (melding_id) DO UPDATE SET
         woongemeente     = coalesce(t.woongemeente, EXCLUDED.woongemeente),
         rmc_regio        = coalesce(t.rmc_regio, EXCLUDED.rmc_regio),
         voor_leerplicht  = t.voor_leerplicht OR EXCLUDED.voor_leerplicht,
         voor_rmc         = t.voor_rmc OR EXCLUDED.voor_rmc,
         verplicht        = coalesce(t.verplicht, EXCLUDED.verplicht),
         vervolgmelding   = coalesce(t.vervolgmelding, EXCLUDED.vervolgmelding),
         geregistreerd_op = least(t.geregistreerd_op, EXCLUDED.geregistreerd_op),
         ingetrokken_op   = least(t.ingetrokken_op, EXCLUDED.ingetrokken_op),
         in_behandeling_op = least(t.in_behandeling_op, EXCLUDED.in_behandeling_op),
         sluitreden       = CASE WHEN EXCLUDED.afgesloten_op IS NOT NULL AND (t.afgesloten_op IS NULL OR EXCLUDED.afgesloten_op < t.afgesloten_op)
                                 THEN EXCLUDED.sluitreden ELSE t.sluitreden END,
         afgesloten_op    = least(t.afgesloten_op, EXCLUDED.afgesloten_op),
         ter_kennisgeving_op = least(t.ter_kennisgeving_op, EXCLUDED.ter_kennisgeving_op)`;
    await upsertMetTellingen(runner, { tabel: 'verzuim_melding', id: 'melding_id', upsert }, TELLINGEN, [
      rijen.map((r) => r.meldingId),
      rijen.map((r) => r.soort),
      rijen.map((r) => r.brin),
      rijen.map((r) => r.startdatum),
      rijen.map((r) => r.schooljaar),
      rijen.map((r) => r.woongemeente),
      rijen.map((r) => r.rmcRegio),
      rijen.map((r) => r.voorLeerplicht),
      rijen.map((r) => r.voorRmc),
      rijen.map((r) => r.verplicht),
      rijen.map((r) => r.vervolgmelding),
      rijen.map((r) => r.geregistreerdOp),
      rijen.map((r) => r.ingetrokkenOp),
      rijen.map((r) => r.inBehandelingOp),
      rijen.map((r) => r.afgeslotenOp),
      rijen.map((r) => r.sluitreden),
      rijen.map((r) => r.terKennisgevingOp),
    ]);
  }

  /**
   * The counts of all meldingen of a school year (the figures of every school and gemeente): four statements, so the
   * caller reads them in one REPEATABLE READ transaction when they must agree.
   */
  async tellingen(runner: Runner, schooljaar: string): Promise<Meldingtellingen> {
    const [perGemeente, perSchool, totInBehandeling, totAfgesloten] = await Promise.all([
      rows(runner, gemeenteRij, 'SELECT soort, woongemeente, aantal FROM verzuim_telling_gemeente WHERE schooljaar = $1', [schooljaar]),
      rows(runner, schoolRij, 'SELECT soort, brin, aantal FROM verzuim_telling_school WHERE schooljaar = $1', [schooljaar]),
      rows(runner, dagenRij, `SELECT ${DAGEN_KOLOMMEN} FROM verzuim_telling_behandeling WHERE schooljaar = $1`, [schooljaar]),
      rows(runner, dagenRij, `SELECT ${DAGEN_KOLOMMEN} FROM verzuim_telling_afsluiting WHERE schooljaar = $1`, [schooljaar]),
    ]);
    return { perGemeente, perSchool, totInBehandeling, totAfgesloten };
  }

  /** The registered meldingen of a school year within the scope (a withdrawal without its registration is not counted). */
  async meldingen(runner: Runner, schooljaar: string, bereik: VerzuimcijfersBereik): Promise<GeprojecteerdeMelding[]> {
    return rows(
      runner,
      meldingRij,
      `SELECT soort, brin, woongemeente, ingetrokken_op IS NOT NULL AS ingetrokken, geregistreerd_op, in_behandeling_op, afgesloten_op,
              ter_kennisgeving_op
       FROM verzuim_melding
       WHERE schooljaar = $1 AND geregistreerd_op IS NOT NULL
         AND ($2::text IS NULL OR brin = $2) AND ($3::text IS NULL OR woongemeente = $3) AND ($4::text IS NULL OR rmc_regio = $4)`,
      [schooljaar, bereik.brin, bereik.woongemeente, bereik.rmcRegio],
    );
  }
}
