import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { BESTEMMINGEN, type MonitorFilter, type MonitorRij, NIET_LEVENDE_AANMELDING_STATUSSEN, OVERSTAP_STATUSSEN } from '@sluitend/contracts';
import { execute, rows, Runner } from '@sluitend/persistence';

/** Whose students a caller follows: a VO school its own, an RMC-regio its residents, an mbo its live applicants and enrolled students. */
export type MonitorZicht = { soort: 'vo-school' | 'rmc-regio' | 'mbo-instelling'; code: string };

const FILTER_SQL: Record<MonitorFilter, string> = {
  alle: 'true',
  'geen-aanmelding': "status = 'geen-aanmelding'",
  // Applied, but none of the aanmeldingen can still lead to an inschrijving.
  'geen-levende-aanmelding': "status = 'geen-levende-aanmelding'",
  // At risk now: no (live) aanmelding, uitgeschreven, or signalled — early warnings excepted, they are reminders.
  risico:
    "status IN ('geen-aanmelding', 'geen-levende-aanmelding', 'uitgeschreven') OR EXISTS (SELECT 1 FROM unnest(signalen) AS s WHERE s NOT LIKE 'vroege-waarschuwing-%')",
  ingeschreven: "status = 'ingeschreven'",
  uitgeschreven: "status = 'uitgeschreven'",
};

const monitorRij = z
  .object({
    id: z.string(),
    voornamen: z.string(),
    achternaam: z.string(),
    vestiging: z.string(),
    woongemeente: z.string(),
    rmc_regio: z.string().nullable(),
    bestemming: z.enum(BESTEMMINGEN),
    status: z.enum(OVERSTAP_STATUSSEN),
    aanmeldingen: z.number(),
    levend: z.number(),
    signalen: z.array(z.string()),
    totaal: z.number(),
  })
  .transform((rij) => ({
    totaal: rij.totaal,
    leerling: {
      dossierId: rij.id,
      naam: `${rij.voornamen} ${rij.achternaam}`,
      vestiging: rij.vestiging,
      woongemeente: rij.woongemeente,
      rmcRegio: rij.rmc_regio,
      bestemming: rij.bestemming,
      status: rij.status,
      aanmeldingen: rij.aanmeldingen,
      levend: rij.levend,
      signalen: rij.signalen,
    } satisfies MonitorRij,
  }));

/**
 * The doorstroommonitor's read: every student of a schooljaar with their overstap status, derived in one statement
 * from the dossier, the aanmeldingen (live: the one definition, as a parameter), the inschrijvingen and the signals.
 */
@Injectable()
export class MonitorRepository {
  async leerlingen(
    runner: Runner,
    zicht: MonitorZicht,
    schooljaar: string,
    filter: MonitorFilter,
    limit: number,
    offset: number,
  ): Promise<{ totaal: number; items: MonitorRij[] }> {
    const eigen = this.eigen(zicht);
    const gevonden = await rows(
      runner,
      monitorRij,
      `WITH leerling AS (
         SELECT d.id, d.inhoud -> 'leerling' ->> 'voornamen' AS voornamen, d.inhoud -> 'leerling' ->> 'achternaam' AS achternaam,
                d.vestiging, d.woongemeente, d.rmc_regio, d.inhoud -> 'keuze' ->> 'bestemming' AS bestemming,
                count(a.id)::int AS aanmeldingen,
                count(a.id) FILTER (WHERE a.status <> ALL($5::text[]))::int AS levend,
                bool_or(a.status = 'ingeschreven')
                  OR EXISTS (SELECT 1 FROM inschrijving i WHERE i.jongere_id = d.jongere_id AND i.status = 'ingeschreven' ${eigen.inschrijving}) AS ingeschreven,
                EXISTS (SELECT 1 FROM inschrijving i WHERE i.jongere_id = d.jongere_id AND i.status = 'uitgeschreven' ${eigen.inschrijving}) AS uitgeschreven,
                bool_or(a.status IN ('toegelaten', 'onderwijsovereenkomst-aangeboden')) AS toegelaten,
                ${eigen.signalen} AS signalen
         FROM dossier d LEFT JOIN aanmelding a ON a.jongere_id = d.jongere_id AND a.schooljaar = d.schooljaar ${eigen.aanmelding}
         WHERE d.schooljaar = $1 AND ${this.predicaat(zicht)}
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
      [schooljaar, zicht.code, limit, offset, NIET_LEVENDE_AANMELDING_STATUSSEN],
    );
    return { totaal: gevonden[0]?.totaal ?? 0, items: gevonden.map((rij) => rij.leerling) };
  }

  /** A page of names read: one inzage row per dossier on it. */
  async registreerInzage(runner: Runner, inzage: { gebruiker: string; organisatie: string; dossierIds: readonly string[]; op: Date }): Promise<void> {
    if (inzage.dossierIds.length === 0) return;
    await execute(
      runner,
      `INSERT INTO inzage (gebruiker, organisatie, dossier_id, reden, op)
       SELECT $1, $2, id, 'monitor', $4 FROM unnest($3::uuid[]) AS id`,
      [inzage.gebruiker, inzage.organisatie, inzage.dossierIds, inzage.op],
    );
  }

  private predicaat(zicht: MonitorZicht): string {
    switch (zicht.soort) {
      case 'vo-school':
        return 'd.brin = $2';
      case 'rmc-regio':
        return 'd.rmc_regio = $2';
      case 'mbo-instelling':
        // Purpose limitation: its students are those with a live aanmelding there, or enrolled there.
        return `(EXISTS (SELECT 1 FROM aanmelding m WHERE m.jongere_id = d.jongere_id AND m.schooljaar = d.schooljaar AND m.mbo_brin = $2
                                                  AND m.status <> ALL($5::text[]))
                 OR EXISTS (SELECT 1 FROM inschrijving m WHERE m.jongere_id = d.jongere_id AND m.schooljaar = d.schooljaar AND m.mbo_brin = $2))`;
    }
  }

  /**
   * What of a student a caller sees: a school and an RMC-regio everything of the overstap; an mbo only its own
   * aanmeldingen and inschrijvingen, and no signals (they go to the school, the RMC and leerplicht — a negative BSA
   * given elsewhere is not its business; its own alerts reach it through notificaties).
   */
  private eigen(zicht: MonitorZicht): { aanmelding: string; inschrijving: string; signalen: string } {
    if (zicht.soort === 'mbo-instelling') return { aanmelding: 'AND a.mbo_brin = $2', inschrijving: 'AND i.mbo_brin = $2', signalen: "'{}'::text[]" };
    return {
      aanmelding: '',
      inschrijving: '',
      signalen:
        "coalesce((SELECT array_agg(s.regel ORDER BY s.regel) FROM signaal s WHERE s.jongere_id = d.jongere_id AND s.schooljaar = d.schooljaar), '{}')",
    };
  }
}
