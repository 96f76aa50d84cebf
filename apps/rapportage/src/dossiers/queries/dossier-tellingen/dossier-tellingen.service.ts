import { ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import { rmcRegioVanCode } from '@sluitend/domain-nl';

export type DossierTellingen = {
  schooljaar: string;
  totaal: number;
  perSchool: Array<{ brin: string; vestiging: string; aantal: number }>;
  perRmcRegio: Array<{ rmcRegio: string | null; naam: string | null; aantal: number }>;
};

/** Which projection rows an organisation may count: its own school, its region's or gemeente's residents, or all for ops. */
function scopeOf(user: Claims): { where: string; params: string[] } {
  switch (user.org.type) {
    case 'vo-school':
      return { where: 'brin = $2', params: [user.org.code] };
    case 'rmc-regio':
      return { where: 'rmc_regio = $2', params: [user.org.code] };
    case 'gemeente':
      return { where: 'woongemeente = $2', params: [user.org.code] };
    case 'ops':
      return { where: 'true', params: [] };
    case 'mbo-instelling':
    case 'partner':
    default:
      throw new ForbiddenException({ code: 'auth.organisation-type', detail: `dossiertellingen zijn niet voor ${user.org.type}` });
  }
}

/** Dossier counts per school and per RMC-regio (of the woongemeente) for one schooljaar, scoped to the caller. */
@Injectable()
export class DossierTellingenService {
  constructor(private readonly dataSource: DataSource) {}

  async execute(schooljaar: string, user: Claims): Promise<DossierTellingen> {
    const scope = scopeOf(user);
    const params = [schooljaar, ...scope.params];
    const filter = `schooljaar = $1 AND ${scope.where}`;
    const perSchool: Array<{ brin: string; vestiging: string; aantal: string }> = await this.dataSource.query(
      `SELECT brin, vestiging, count(*) AS aantal FROM dossier_projectie WHERE ${filter} GROUP BY brin, vestiging ORDER BY vestiging`,
      params,
    );
    const perRegio: Array<{ rmc_regio: string | null; aantal: string }> = await this.dataSource.query(
      `SELECT rmc_regio, count(*) AS aantal FROM dossier_projectie WHERE ${filter} GROUP BY rmc_regio ORDER BY rmc_regio NULLS LAST`,
      params,
    );
    return {
      schooljaar,
      totaal: perSchool.reduce((sum, row) => sum + Number(row.aantal), 0),
      perSchool: perSchool.map((row) => ({ brin: row.brin, vestiging: row.vestiging, aantal: Number(row.aantal) })),
      perRmcRegio: perRegio.map((row) => ({
        rmcRegio: row.rmc_regio,
        naam: row.rmc_regio ? (rmcRegioVanCode(row.rmc_regio)?.naam ?? null) : null,
        aantal: Number(row.aantal),
      })),
    };
  }
}
