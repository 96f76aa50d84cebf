import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { AANMELDING_STATUSSEN, type AanmeldingRij, type AanmeldingStatus, NIET_LEVENDE_AANMELDING_STATUSSEN } from '@sluitend/contracts';
import { column, execute, firstRow, rows, Runner } from '@sluitend/persistence';
import { Aanmelding } from './aanmelding.entity';

/** Whose aanmeldingen a caller sees: an mbo its own applicants, a VO school its students', an RMC its residents'. */
export type AanmeldingenZicht = { soort: 'mbo-instelling' | 'vo-school' | 'rmc-regio'; code: string };

const lijstRij = z
  .object({
    id: z.string(),
    dossier_id: z.string().nullable(),
    schooljaar: z.string(),
    mbo_brin: z.string(),
    locatie: z.string(),
    crebo: z.string(),
    niveau: z.number(),
    status: z.enum(AANMELDING_STATUSSEN),
    aangemeld_op: column.timestamp,
    op_tijd: z.boolean(),
    vestiging: z.string().nullable(),
  })
  .transform((rij): Omit<AanmeldingRij, 'toegestaan'> => ({
    aanmeldingId: rij.id,
    dossierId: rij.dossier_id,
    schooljaar: rij.schooljaar,
    mboBrin: rij.mbo_brin,
    locatie: rij.locatie,
    crebo: rij.crebo,
    niveau: rij.niveau,
    status: rij.status,
    aangemeldOp: rij.aangemeld_op.toISOString(),
    opTijd: rij.op_tijd,
    vestiging: rij.vestiging,
  }));

/** The aanmeldingen capability's SQL: the aanmelding table row by row (an entity), its history, and the list. */
@Injectable()
export class AanmeldingenRepository {
  /** Stores a new aanmelding; the id, or undefined when the student already applied for this programme this year. */
  async registreer(runner: Runner, aanmelding: Aanmelding): Promise<string | undefined> {
    const rij = await firstRow(
      runner,
      z.object({ id: z.string() }),
      `INSERT INTO aanmelding (id, jongere_id, schooljaar, mbo_brin, locatie, crebo, niveau, startdatum, status, aangemeld_op, op_tijd, gewijzigd_op, geregistreerd_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT ON CONSTRAINT aanmelding_uniek DO NOTHING RETURNING id`,
      [
        aanmelding.id,
        aanmelding.jongereId,
        aanmelding.schooljaar,
        aanmelding.mboBrin,
        aanmelding.locatie,
        aanmelding.crebo,
        aanmelding.niveau,
        aanmelding.startdatum,
        aanmelding.status,
        aanmelding.aangemeldOp,
        aanmelding.opTijd,
        aanmelding.gewijzigdOp,
        aanmelding.geregistreerdOp,
      ],
    );
    return rij?.id;
  }

  /** The aanmelding of a student for a programme at an mbo in a schooljaar (the unique key). */
  bestaande(manager: EntityManager, sleutel: Pick<Aanmelding, 'jongereId' | 'schooljaar' | 'mboBrin' | 'crebo'>): Promise<Aanmelding> {
    return manager.findOneByOrFail(Aanmelding, sleutel);
  }

  /** An aanmelding of this mbo, locked for a change; null when it has none with this id. */
  lockEigen(manager: EntityManager, aanmeldingId: string, mboBrin: string): Promise<Aanmelding | null> {
    return manager.findOne(Aanmelding, { where: { id: aanmeldingId, mboBrin }, lock: { mode: 'pessimistic_write' } });
  }

  async wijzigStatus(manager: EntityManager, aanmeldingId: string, status: AanmeldingStatus, op: Date): Promise<void> {
    await manager.update(Aanmelding, { id: aanmeldingId }, { status, gewijzigdOp: op });
  }

  async registreerOvergang(
    runner: Runner,
    overgang: { aanmeldingId: string; van: AanmeldingStatus | null; naar: AanmeldingStatus; op: Date; door: string },
  ): Promise<void> {
    await execute(runner, 'INSERT INTO aanmelding_statushistorie (aanmelding_id, van, naar, op, door) VALUES ($1, $2, $3, $4, $5)', [
      overgang.aanmeldingId,
      overgang.van,
      overgang.naar,
      overgang.op,
      overgang.door,
    ]);
  }

  /** How many aanmeldingen of a student in a schooljaar are levend (the one definition, as a parameter). */
  async levende(runner: Runner, jongereId: string, schooljaar: string): Promise<number> {
    const rij = await firstRow(
      runner,
      z.object({ n: z.number() }),
      'SELECT count(*)::int AS n FROM aanmelding WHERE jongere_id = $1 AND schooljaar = $2 AND status <> ALL($3::text[])',
      [jongereId, schooljaar, NIET_LEVENDE_AANMELDING_STATUSSEN],
    );
    return rij?.n ?? 0;
  }

  /** A page of the aanmeldingen of a schooljaar that `zicht` may see, oldest first, with the total. */
  async lijst(
    runner: Runner,
    zicht: AanmeldingenZicht,
    schooljaar: string,
    limit: number,
    offset: number,
  ): Promise<{ totaal: number; items: Array<Omit<AanmeldingRij, 'toegestaan'>> }> {
    const from = `FROM aanmelding a LEFT JOIN dossier d ON d.jongere_id = a.jongere_id AND d.schooljaar = a.schooljaar
                  WHERE a.schooljaar = $1 AND ${this.predicaat(zicht)}`;
    const geteld = await firstRow(runner, z.object({ totaal: z.number() }), `SELECT count(*)::int AS totaal ${from}`, [schooljaar, zicht.code]);
    const items = await rows(
      runner,
      lijstRij,
      `SELECT a.id, d.id AS dossier_id, a.schooljaar, a.mbo_brin, a.locatie, a.crebo, a.niveau, a.status, a.aangemeld_op, a.op_tijd, d.vestiging
       ${from} ORDER BY a.aangemeld_op, a.id LIMIT $3 OFFSET $4`,
      [schooljaar, zicht.code, limit, offset],
    );
    return { totaal: geteld?.totaal ?? 0, items };
  }

  /** The inzage log (AVG): one row per aanmelding on a page read, with its student's dossier when there is one. */
  async registreerInzage(
    runner: Runner,
    inzage: {
      gebruiker: string;
      organisatie: string;
      aanmeldingen: ReadonlyArray<{ id: string; dossierId: string | null }>;
      reden: string;
      op: Date;
    },
  ): Promise<void> {
    if (inzage.aanmeldingen.length === 0) return;
    await execute(
      runner,
      `INSERT INTO inzage (gebruiker, organisatie, aanmelding_id, dossier_id, reden, op)
       SELECT $1, $2, a.id, a.dossier_id, $5, $6 FROM unnest($3::uuid[], $4::uuid[]) AS a (id, dossier_id)`,
      [
        inzage.gebruiker,
        inzage.organisatie,
        inzage.aanmeldingen.map((aanmelding) => aanmelding.id),
        inzage.aanmeldingen.map((aanmelding) => aanmelding.dossierId),
        inzage.reden,
        inzage.op,
      ],
    );
  }

  private predicaat(zicht: AanmeldingenZicht): string {
    switch (zicht.soort) {
      case 'mbo-instelling':
        return 'a.mbo_brin = $2';
      case 'vo-school':
        return 'd.brin = $2';
      case 'rmc-regio':
        return 'd.rmc_regio = $2';
    }
  }
}
