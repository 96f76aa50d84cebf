import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import { Clock, CLOCK } from '@sluitend/domain-nl';

export const MONITOR_FILTERS = ['alle', 'geen-aanmelding', 'risico', 'ingeschreven', 'uitgeschreven'] as const;
export type MonitorFilter = (typeof MONITOR_FILTERS)[number];

/** A student's overstap status, derived from the dossier, the aanmeldingen and the signals. */
export type OverstapStatus =
  | 'geen-mbo'
  | 'geen-aanmelding'
  | 'geen-levende-aanmelding'
  | 'aangemeld'
  | 'toegelaten'
  | 'ingeschreven'
  | 'uitgeschreven';

export type MonitorRij = {
  dossierId: string;
  naam: string;
  vestiging: string;
  woongemeente: string;
  rmcRegio: string | null;
  bestemming: string;
  status: OverstapStatus;
  aanmeldingen: number;
  levend: number;
  signalen: string[];
};

const FILTER_SQL: Record<MonitorFilter, string> = {
  alle: 'true',
  'geen-aanmelding': "status = 'geen-aanmelding'",
  // At risk now: no (live) aanmelding, uitgeschreven, or signalled — early warnings excepted, they are reminders.
  risico:
    "status IN ('geen-aanmelding', 'geen-levende-aanmelding', 'uitgeschreven') OR EXISTS (SELECT 1 FROM unnest(signalen) AS s WHERE s NOT LIKE 'vroege-waarschuwing-%')",
  ingeschreven: "status = 'ingeschreven'",
  uitgeschreven: "status = 'uitgeschreven'",
};

/**
 * The doorstroommonitor for a VO school (its own students), an RMC-regio (residents of its region) or an mbo
 * (its applicants): every student of the schooljaar with their current overstap status, filtered and paged. Names
 * are personal data: each page read is recorded in the inzage log.
 */
@Injectable()
export class LeerlingenMonitorQuery {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(user: Claims, schooljaar: string, filter: MonitorFilter, limit: number, offset: number) {
    const scope = this.scope(user);
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<Record<string, unknown>> = await manager.query(
        `WITH leerling AS (
           SELECT d.id, d.inhoud -> 'leerling' ->> 'voornamen' AS voornamen, d.inhoud -> 'leerling' ->> 'achternaam' AS achternaam,
                  d.vestiging, d.woongemeente, d.rmc_regio, d.inhoud -> 'keuze' ->> 'bestemming' AS bestemming,
                  count(a.id)::int AS aanmeldingen,
                  count(a.id) FILTER (WHERE a.status NOT IN ('afgewezen', 'leidt-niet-tot-inschrijving', 'ingetrokken'))::int AS levend,
                  bool_or(a.status = 'ingeschreven')
                    OR EXISTS (SELECT 1 FROM inschrijving i WHERE i.jongere_id = d.jongere_id AND i.status = 'ingeschreven') AS ingeschreven,
                  EXISTS (SELECT 1 FROM inschrijving i WHERE i.jongere_id = d.jongere_id AND i.status = 'uitgeschreven') AS uitgeschreven,
                  bool_or(a.status IN ('toegelaten', 'onderwijsovereenkomst-aangeboden')) AS toegelaten,
                  coalesce((SELECT array_agg(s.regel ORDER BY s.regel) FROM signaal s WHERE s.jongere_id = d.jongere_id AND s.schooljaar = d.schooljaar), '{}') AS signalen
           FROM dossier d LEFT JOIN aanmelding a ON a.jongere_id = d.jongere_id AND a.schooljaar = d.schooljaar
           WHERE d.schooljaar = $1 AND ${scope}
           GROUP BY d.id
         ), met_status AS (
           SELECT *, CASE
               WHEN coalesce(ingeschreven, false) THEN 'ingeschreven'
               WHEN uitgeschreven THEN 'uitgeschreven'
               WHEN coalesce(toegelaten, false) AND levend > 0 THEN 'toegelaten'
               WHEN levend > 0 THEN 'aangemeld'
               WHEN aanmeldingen > 0 THEN 'geen-levende-aanmelding'
               WHEN bestemming = 'mbo' THEN 'geen-aanmelding'
               ELSE 'geen-mbo' END AS status
           FROM leerling
         )
         SELECT *, count(*) OVER ()::int AS totaal FROM met_status WHERE ${FILTER_SQL[filter]}
         ORDER BY vestiging, achternaam, id LIMIT $3 OFFSET $4`,
        [schooljaar, user.org.code, limit, offset],
      );
      if (rows.length > 0) {
        await manager.query(
          `INSERT INTO inzage (gebruiker, organisatie, dossier_id, reden, op)
           SELECT $1, $2, id, 'monitor', $4 FROM unnest($3::uuid[]) AS id`,
          [user.sub, `${user.org.type}:${user.org.code}`, rows.map((row) => row.id), this.clock.now()],
        );
      }
      return {
        totaal: rows.length > 0 ? (rows[0].totaal as number) : 0,
        items: rows.map(
          (row): MonitorRij => ({
            dossierId: row.id as string,
            naam: `${row.voornamen} ${row.achternaam}`,
            vestiging: row.vestiging as string,
            woongemeente: row.woongemeente as string,
            rmcRegio: (row.rmc_regio as string | null) ?? null,
            bestemming: row.bestemming as string,
            status: row.status as OverstapStatus,
            aanmeldingen: row.aanmeldingen as number,
            levend: row.levend as number,
            signalen: row.signalen as string[],
          }),
        ),
      };
    });
  }

  private scope(user: Claims): string {
    switch (user.org.type) {
      case 'vo-school':
        return 'd.brin = $2';
      case 'rmc-regio':
        return 'd.rmc_regio = $2';
      case 'mbo-instelling':
        return 'EXISTS (SELECT 1 FROM aanmelding m WHERE m.jongere_id = d.jongere_id AND m.schooljaar = d.schooljaar AND m.mbo_brin = $2)';
      case 'gemeente':
      case 'partner':
      case 'ops':
      default:
        throw new ForbiddenException({ code: 'auth.organisation-type', detail: `de monitor is niet voor ${user.org.type}` });
    }
  }
}
