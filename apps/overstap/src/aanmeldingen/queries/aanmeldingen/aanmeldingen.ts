import { ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';

export type AanmeldingRij = {
  aanmeldingId: string;
  dossierId: string | null;
  schooljaar: string;
  mboBrin: string;
  locatie: string;
  crebo: string;
  niveau: number;
  status: string;
  aangemeldOp: string;
  opTijd: boolean;
  vestiging: string | null;
};

/**
 * Aanmeldingen the caller may see: an mbo its own applicants, a VO school its own students' (live status, via their
 * dossiers), an RMC the residents of its region. No persoonsnummers; the dossier id links to the student.
 */
@Injectable()
export class AanmeldingenQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(user: Claims, schooljaar: string, limit: number, offset: number): Promise<{ totaal: number; items: AanmeldingRij[] }> {
    const scope = this.scope(user);
    const where = `a.schooljaar = $1 AND ${scope}`;
    const from = 'FROM aanmelding a LEFT JOIN dossier d ON d.jongere_id = a.jongere_id AND d.schooljaar = a.schooljaar';
    const [{ totaal }] = await this.dataSource.query(`SELECT count(*)::int AS totaal ${from} WHERE ${where}`, [schooljaar, user.org.code]);
    const rows = await this.dataSource.query(
      `SELECT a.id, d.id AS dossier_id, a.schooljaar, a.mbo_brin, a.locatie, a.crebo, a.niveau, a.status, a.aangemeld_op, a.op_tijd, d.vestiging
       ${from} WHERE ${where} ORDER BY a.aangemeld_op, a.id LIMIT $3 OFFSET $4`,
      [schooljaar, user.org.code, limit, offset],
    );
    return {
      totaal,
      items: rows.map((row: Record<string, unknown>) => ({
        aanmeldingId: row.id as string,
        dossierId: (row.dossier_id as string | null) ?? null,
        schooljaar: row.schooljaar as string,
        mboBrin: row.mbo_brin as string,
        locatie: row.locatie as string,
        crebo: row.crebo as string,
        niveau: row.niveau as number,
        status: row.status as string,
        aangemeldOp: (row.aangemeld_op as Date).toISOString(),
        opTijd: row.op_tijd as boolean,
        vestiging: (row.vestiging as string | null) ?? null,
      })),
    };
  }

  private scope(user: Claims): string {
    switch (user.org.type) {
      case 'mbo-instelling':
        return 'a.mbo_brin = $2';
      case 'vo-school':
        return 'd.brin = $2';
      case 'rmc-regio':
        return 'd.rmc_regio = $2';
      case 'gemeente':
      case 'partner':
      case 'ops':
      default:
        throw new ForbiddenException({ code: 'auth.organisation-type', detail: `aanmeldingen zijn niet voor ${user.org.type}` });
    }
  }
}
