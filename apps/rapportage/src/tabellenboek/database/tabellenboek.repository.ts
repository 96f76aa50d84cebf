import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { BESTEMMINGEN, ONDERWIJSTYPEN } from '@sluitend/contracts';
import { column, execute, rows, Runner } from '@sluitend/persistence';
import type { Projectiefeit } from '../domain/projectiefeit';
import type { Projectiewerk } from '../domain/overstapprojectie';

/** The students of one school (year, brin, optionally one vestiging and the residents of one RMC-regio). */
export interface Feitselectie {
  readonly schooljaar: string;
  readonly brin: string;
  readonly vestiging: string | null;
  readonly rmcRegio: string | null;
  /** End of 1 April (toelatingsrecht), end of the school year, and the teldatum after it (1 October, a date). */
  readonly april: Date;
  readonly einde: Date;
  readonly teldatum: string;
}

const feitRij = z
  .object({
    jongere_id: z.string(),
    vestiging: z.string(),
    onderwijstype: z.enum(ONDERWIJSTYPEN),
    keuze_april: z.enum(BESTEMMINGEN).nullable(),
    niveau_april: z.number().int().nullable(),
    keuze_einde: z.enum(BESTEMMINGEN).nullable(),
    niveau_einde: z.number().int().nullable(),
    op_tijd: z.boolean(),
    niveau_oktober: z.number().int().nullable(),
  })
  .transform((rij): Projectiefeit => ({
    jongereId: rij.jongere_id,
    vestiging: rij.vestiging,
    onderwijstype: rij.onderwijstype,
    keuzeApril: rij.keuze_april,
    niveauApril: rij.niveau_april,
    keuzeEinde: rij.keuze_einde,
    niveauEinde: rij.niveau_einde,
    opTijd: rij.op_tijd,
    niveauOktober: rij.niveau_oktober,
  }));

const perTypeRij = z.object({ signaal_type: z.string(), aantal: column.bigint });
const perRegioRij = z.object({ rmc_regio: z.string().nullable(), signaal_type: z.string(), aantal: column.bigint });

/** The tables of the tabellenboek's projections, in this order (the rebuild compares them). */
export const TABELLENBOEK_PROJECTIES = ['overstap_dossierversie', 'overstap_aanmelding', 'overstap_inschrijving', 'overstap_signaal'] as const;

/**
 * overstap_dossierversie, overstap_aanmelding, overstap_inschrijving and overstap_signaal: rapportage's projections of
 * overstap's events (codes, categories and the pseudonymous jongere id only), and the reads of the tabellenboek.
 */
@Injectable()
export class TabellenboekRepository {
  /**
   * Writes one chunk's rows, set-based: facts that are already there (the same version, aanmelding, inschrijving) are
   * kept as they are; a status replaces the stored one only when it is not older; of one signal (a student warned on
   * two dates) the earliest is kept. So the result does not depend on how partitions interleave: a rebuild from the
   * event log gives the same rows.
   */
  async projecteer(runner: Runner, werk: Projectiewerk): Promise<void> {
    const { dossierversies: d, aanmeldingen: a, statuswijzigingen: s, inschrijvingen: i, beeindigingen: b, signalen: g } = werk;
    if (d.length > 0) {
      await execute(
        runner,
        `INSERT INTO overstap_dossierversie
           (dossier_id, versie, jongere_id, schooljaar, brin, vestiging, woongemeente, rmc_regio, onderwijstype, bestemming, ingediend_op)
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                              $10::text[], $11::timestamptz[])
         ON CONFLICT (dossier_id, versie) DO NOTHING`,
        [
          d.map((x) => x.dossierId),
          d.map((x) => x.versie),
          d.map((x) => x.jongereId),
          d.map((x) => x.schooljaar),
          d.map((x) => x.brin),
          d.map((x) => x.vestiging),
          d.map((x) => x.woongemeente),
          d.map((x) => x.rmcRegio),
          d.map((x) => x.onderwijstype),
          d.map((x) => x.bestemming),
          d.map((x) => x.ingediendOp),
        ],
      );
    }
    if (a.length > 0) {
      await execute(
        runner,
        `INSERT INTO overstap_aanmelding
           (aanmelding_id, jongere_id, schooljaar, mbo_brin, locatie, crebo, niveau, op_tijd, aangemeld_op, status, status_op)
         SELECT u.*, u.aangemeld_op FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::smallint[],
                              $8::boolean[], $9::timestamptz[], $10::text[])
           AS u(aanmelding_id, jongere_id, schooljaar, mbo_brin, locatie, crebo, niveau, op_tijd, aangemeld_op, status)
         ON CONFLICT (aanmelding_id) DO NOTHING`,
        [
          a.map((x) => x.aanmeldingId),
          a.map((x) => x.jongereId),
          a.map((x) => x.schooljaar),
          a.map((x) => x.mboBrin),
          a.map((x) => x.locatie),
          a.map((x) => x.crebo),
          a.map((x) => x.niveau),
          a.map((x) => x.opTijd),
          a.map((x) => x.aangemeldOp),
          a.map((x) => x.status),
        ],
      );
    }
    if (s.length > 0) {
      await execute(
        runner,
        `UPDATE overstap_aanmelding AS a SET status = u.status, status_op = u.op
         FROM (SELECT DISTINCT ON (id) id, status, op FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) WITH ORDINALITY AS x(id, status, op, n)
               ORDER BY id, op DESC, n DESC) AS u
         WHERE a.aanmelding_id = u.id AND a.status_op <= u.op`,
        [s.map((x) => x.aanmeldingId), s.map((x) => x.status), s.map((x) => x.op)],
      );
    }
    if (i.length > 0) {
      await execute(
        runner,
        `INSERT INTO overstap_inschrijving
           (inschrijving_id, jongere_id, schooljaar, mbo_brin, locatie, crebo, niveau, ingeschreven_per, switch_van)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::smallint[], $8::date[], $9::uuid[])
         ON CONFLICT (inschrijving_id) DO NOTHING`,
        [
          i.map((x) => x.inschrijvingId),
          i.map((x) => x.jongereId),
          i.map((x) => x.schooljaar),
          i.map((x) => x.mboBrin),
          i.map((x) => x.locatie),
          i.map((x) => x.crebo),
          i.map((x) => x.niveau),
          i.map((x) => x.ingeschrevenPer),
          i.map((x) => x.switchVan),
        ],
      );
    }
    if (b.length > 0) {
      await execute(
        runner,
        `UPDATE overstap_inschrijving AS i SET beeindigd_soort = u.soort, beeindigd_per = u.per, reden = u.reden
         FROM (SELECT DISTINCT ON (id) id, soort, per, reden
               FROM unnest($1::uuid[], $2::text[], $3::date[], $4::smallint[]) WITH ORDINALITY AS x(id, soort, per, reden, n)
               ORDER BY id, n DESC) AS u
         WHERE i.inschrijving_id = u.id`,
        [b.map((x) => x.inschrijvingId), b.map((x) => x.soort), b.map((x) => x.per), b.map((x) => x.reden)],
      );
    }
    if (g.length > 0) {
      await execute(
        runner,
        `INSERT INTO overstap_signaal AS s
           (signaal_type, sleutel, jongere_id, schooljaar, brin, vestiging, woongemeente, rmc_regio, gesignaleerd_op)
         SELECT DISTINCT ON (signaal_type, sleutel) *
         FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])
           AS u(signaal_type, sleutel, jongere_id, schooljaar, brin, vestiging, woongemeente, rmc_regio, gesignaleerd_op)
         ORDER BY signaal_type, sleutel, gesignaleerd_op
         ON CONFLICT (signaal_type, sleutel) DO UPDATE SET
           jongere_id = EXCLUDED.jongere_id, schooljaar = EXCLUDED.schooljaar, brin = EXCLUDED.brin, vestiging = EXCLUDED.vestiging,
           woongemeente = EXCLUDED.woongemeente, rmc_regio = EXCLUDED.rmc_regio, gesignaleerd_op = EXCLUDED.gesignaleerd_op
         WHERE s.gesignaleerd_op > EXCLUDED.gesignaleerd_op`,
        [
          g.map((x) => x.signaalType),
          g.map((x) => x.sleutel),
          g.map((x) => x.jongereId),
          g.map((x) => x.schooljaar),
          g.map((x) => x.brin),
          g.map((x) => x.vestiging),
          g.map((x) => x.woongemeente),
          g.map((x) => x.rmcRegio),
          g.map((x) => x.gesignaleerdOp),
        ],
      );
    }
  }

  /**
   * One person known under two pseudonyms is `naar` from now on (overstap.persoon.gekoppeld, ADR 0018): their dossier
   * versions, aanmeldingen, inschrijvingen and signals count for one student.
   */
  async herkoppel(runner: Runner, van: string, naar: string): Promise<void> {
    for (const tabel of TABELLENBOEK_PROJECTIES) {
      await execute(runner, `UPDATE ${tabel} SET jongere_id = $2 WHERE jongere_id = $1`, [van, naar]);
    }
  }

  /**
   * One row per student of the selection: the students whose newest dossier version of the school year names the
   * school (and vestiging, and an RMC-regio of residence when given). Per student: the destination chosen as it stood
   * at the end of 1 April and at the end of the school year (the newest version submitted by then), the mbo level of
   * the newest aanmelding registered by then, whether any aanmelding was on time, and the level of the inschrijving
   * that ran on the teldatum (started on or before it, not ended on or before it).
   */
  async overstapfeiten(runner: Runner, selectie: Feitselectie): Promise<Projectiefeit[]> {
    return rows(
      runner,
      feitRij,
      `WITH laatste AS (
         SELECT DISTINCT ON (jongere_id) jongere_id, brin, vestiging, rmc_regio, onderwijstype
         FROM overstap_dossierversie
         WHERE schooljaar = $1 AND jongere_id IN (SELECT jongere_id FROM overstap_dossierversie WHERE schooljaar = $1 AND brin = $5)
         ORDER BY jongere_id, ingediend_op DESC, versie DESC
       )
       SELECT l.jongere_id, l.vestiging, l.onderwijstype,
         (SELECT v.bestemming FROM overstap_dossierversie v WHERE v.jongere_id = l.jongere_id AND v.schooljaar = $1 AND v.ingediend_op <= $2
            ORDER BY v.ingediend_op DESC, v.versie DESC LIMIT 1) AS keuze_april,
         (SELECT a.niveau::int FROM overstap_aanmelding a WHERE a.jongere_id = l.jongere_id AND a.schooljaar = $1 AND a.aangemeld_op <= $2
            ORDER BY a.aangemeld_op DESC, a.aanmelding_id DESC LIMIT 1) AS niveau_april,
         (SELECT v.bestemming FROM overstap_dossierversie v WHERE v.jongere_id = l.jongere_id AND v.schooljaar = $1 AND v.ingediend_op <= $3
            ORDER BY v.ingediend_op DESC, v.versie DESC LIMIT 1) AS keuze_einde,
         (SELECT a.niveau::int FROM overstap_aanmelding a WHERE a.jongere_id = l.jongere_id AND a.schooljaar = $1 AND a.aangemeld_op <= $3
            ORDER BY a.aangemeld_op DESC, a.aanmelding_id DESC LIMIT 1) AS niveau_einde,
         EXISTS (SELECT 1 FROM overstap_aanmelding a WHERE a.jongere_id = l.jongere_id AND a.schooljaar = $1 AND a.op_tijd) AS op_tijd,
         (SELECT i.niveau::int FROM overstap_inschrijving i WHERE i.jongere_id = l.jongere_id AND i.ingeschreven_per <= $4::date
            AND (i.beeindigd_per IS NULL OR i.beeindigd_per > $4::date)
            ORDER BY i.ingeschreven_per DESC, i.inschrijving_id DESC LIMIT 1) AS niveau_oktober
       FROM laatste l
       WHERE l.brin = $5 AND ($6::text IS NULL OR l.vestiging = $6) AND ($7::text IS NULL OR l.rmc_regio = $7)
       ORDER BY l.jongere_id`,
      [selectie.schooljaar, selectie.april, selectie.einde, selectie.teldatum, selectie.brin, selectie.vestiging, selectie.rmcRegio],
    );
  }

  /** Signals raised in the school year about the school's students, per type (school, vestiging, region as above). */
  async signalenPerType(
    runner: Runner,
    selectie: Pick<Feitselectie, 'schooljaar' | 'brin' | 'vestiging' | 'rmcRegio'>,
  ): Promise<Map<string, number>> {
    const gevonden = await rows(
      runner,
      perTypeRij,
      `SELECT signaal_type, count(*) AS aantal FROM overstap_signaal
       WHERE schooljaar = $1 AND brin = $2 AND ($3::text IS NULL OR vestiging = $3) AND ($4::text IS NULL OR rmc_regio = $4)
       GROUP BY signaal_type`,
      [selectie.schooljaar, selectie.brin, selectie.vestiging, selectie.rmcRegio],
    );
    return new Map(gevonden.map((rij) => [rij.signaal_type, rij.aantal]));
  }

  /**
   * Signals raised in the school year per RMC-regio of residence (null: unknown) and type; one region when given. A
   * signal whose event names no region (an early warning goes to the decaan per vestiging) takes the region of the
   * student's newest dossier version, found by its dossier id or jongere id.
   */
  async signalenPerRegio(
    runner: Runner,
    schooljaar: string,
    rmcRegio: string | null,
  ): Promise<Array<{ rmcRegio: string | null; signaalType: string; aantal: number }>> {
    const gevonden = await rows(
      runner,
      perRegioRij,
      `SELECT regio AS rmc_regio, signaal_type, count(*) AS aantal
       FROM (SELECT s.signaal_type, coalesce(s.rmc_regio, d.rmc_regio) AS regio
             FROM overstap_signaal s
             LEFT JOIN LATERAL (SELECT v.rmc_regio FROM overstap_dossierversie v
                                WHERE s.rmc_regio IS NULL AND (v.dossier_id = s.sleutel OR v.jongere_id = s.jongere_id)
                                ORDER BY v.ingediend_op DESC, v.versie DESC LIMIT 1) d ON true
             WHERE s.schooljaar = $1) AS t
       WHERE $2::text IS NULL OR regio = $2
       GROUP BY regio, signaal_type ORDER BY regio NULLS LAST, signaal_type`,
      [schooljaar, rmcRegio],
    );
    return gevonden.map((rij) => ({ rmcRegio: rij.rmc_regio, signaalType: rij.signaal_type, aantal: rij.aantal }));
  }

  /** The VO schools with figures in a school year: a dossier of the year names them. */
  async scholenMetCijfers(runner: Runner, schooljaar: string): Promise<string[]> {
    const gevonden = await rows(
      runner,
      z.object({ brin: z.string() }),
      'SELECT DISTINCT brin FROM overstap_dossierversie WHERE schooljaar = $1 ORDER BY brin',
      [schooljaar],
    );
    return gevonden.map((rij) => rij.brin);
  }
}
