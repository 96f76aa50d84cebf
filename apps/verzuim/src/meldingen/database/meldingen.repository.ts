import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { MAS_FASEN, MAS_ROUTES, SLUITREDENEN } from '@sluitend/contracts';
import type { MeldingMetStappen, Verzuimmelding } from '@sluitend/contracts';
import { column, rows, Runner } from '@sluitend/persistence';
import { MeldingStatus } from '../domain/melding-status';
import { BerekendeMelding, VerzuimSoort } from '../domain/verzuimmelding';

/** A melding to store: what the rules computed (or the school entered), for one student at one school. */
export type NieuweMelding = Omit<BerekendeMelding, 'soort'> & {
  id: string;
  soort: VerzuimSoort;
  brin: string;
  jongereId: string;
  woongemeente: string;
  rmcRegio: string | null;
  handmatig: boolean;
  vermoedelijkeReden?: string;
  ondernomenActie?: string;
  actieGemeenteGewenst?: boolean;
};

/** A melding the rules filed earlier that still stands, as the domain core compares it. */
export type StaandeMelding = { id: string; status: MeldingStatus; berekend: BerekendeMelding };

const HONDERD = 100;

const meldingRij = z.object({
  id: column.uuid,
  jongere_id: z.string(),
  brin: z.string(),
  soort: z.enum(['zestien-uur', 'langdurig-relatief', 'luxe', 'rmc', 'overig']),
  startdatum: z.string(),
  einddatum: z.string(),
  uren_gemist: z.number().int(),
  dagen_gemist: z.number().int(),
  alle_lessen_gemist: z.boolean(),
  verplicht: z.boolean(),
  vervolgmelding: z.boolean(),
  ontvanger: z.enum(['leerplichtambtenaar', 'rmc']),
  verantwoordelijke: z.enum(['leerplicht', 'kwalificatieplicht', 'rmc', 'geen']),
  woongemeente: z.string(),
  rmc_regio: z.string().nullable(),
  kalenders: z.array(z.string()),
  vakantie: z.string().nullable(),
  handmatig: z.boolean(),
  status: z.enum(['geregistreerd', 'in-behandeling', 'afgesloten', 'ter-kennisgeving-aangenomen', 'ingetrokken']),
  sluitreden: z.enum(SLUITREDENEN).nullable(),
  mas_fase: z.enum(MAS_FASEN).nullable(),
  mas_route: z.enum(MAS_ROUTES).nullable(),
  vervallen_op: column.nullableTimestamp,
  geregistreerd_op: column.timestamp,
});
type MeldingRij = z.output<typeof meldingRij>;

const KOLOMMEN = `id, jongere_id, brin, soort, startdatum::text, einddatum::text, uren_gemist, dagen_gemist, alle_lessen_gemist,
  verplicht, vervolgmelding, ontvanger, verantwoordelijke, woongemeente, rmc_regio, kalenders, vakantie, handmatig, status, sluitreden,
  mas_fase, mas_route, vervallen_op, geregistreerd_op`;

const berekend = (rij: MeldingRij): BerekendeMelding => ({
  soort: rij.soort as BerekendeMelding['soort'],
  startdatum: rij.startdatum,
  einddatum: rij.einddatum,
  urenGemist: rij.uren_gemist / HONDERD,
  dagenGemist: rij.dagen_gemist,
  alleLessenGemist: rij.alle_lessen_gemist,
  verplicht: rij.verplicht,
  ontvanger: rij.ontvanger,
  verantwoordelijke: rij.verantwoordelijke,
  vervolgmelding: rij.vervolgmelding,
  kalenders: rij.kalenders,
  ...(rij.vakantie ? { vakantie: rij.vakantie } : {}),
});

const alsView = (rij: MeldingRij): Verzuimmelding => ({
  id: rij.id,
  leerlingId: rij.jongere_id,
  brin: rij.brin,
  soort: rij.soort,
  startdatum: rij.startdatum,
  einddatum: rij.einddatum,
  urenGemist: rij.uren_gemist / HONDERD,
  dagenGemist: rij.dagen_gemist,
  alleLessenGemist: rij.alle_lessen_gemist,
  verplicht: rij.verplicht,
  vervolgmelding: rij.vervolgmelding,
  ontvanger: rij.ontvanger,
  woongemeente: rij.woongemeente,
  rmcRegio: rij.rmc_regio,
  status: rij.status,
  sluitreden: rij.sluitreden,
  masFase: rij.mas_fase,
  masRoute: rij.mas_route,
  vervallenOp: rij.vervallen_op?.toISOString() ?? null,
  handmatig: rij.handmatig,
  kalenders: rij.kalenders,
  geregistreerdOp: rij.geregistreerd_op.toISOString(),
});

/** Who reads which meldingen: a school its own, a gemeente its residents' (leerplicht), an RMC its region's. */
export type MeldingenScope = { soort: 'school'; brin: string } | { soort: 'gemeente'; woongemeente: string } | { soort: 'rmc'; rmcRegio: string };

/** meldingen: every SQL statement on verzuimmeldingen. */
@Injectable()
export class MeldingenRepository {
  /** Per student of a school: the meldingen the rules filed that still stand (not withdrawn), by einddatum (one statement). */
  async staande(runner: Runner, brin: string, jongereIds: readonly string[]): Promise<Map<string, StaandeMelding[]>> {
    const gevonden = await rows(
      runner,
      meldingRij,
      `SELECT ${KOLOMMEN} FROM verzuimmelding WHERE brin = $1 AND jongere_id = ANY($2::text[]) AND NOT handmatig AND status <> 'ingetrokken'
       ORDER BY jongere_id, einddatum`,
      [brin, jongereIds],
    );
    const per = new Map<string, StaandeMelding[]>(jongereIds.map((id) => [id, []]));
    for (const rij of gevonden) per.get(rij.jongere_id)?.push({ id: rij.id, status: rij.status, berekend: berekend(rij) });
    return per;
  }

  /** Stores new meldingen; one that already stands for its occurrence is skipped. Answers the ids stored. */
  async voegToe(runner: Runner, meldingen: readonly NieuweMelding[], op: Date): Promise<string[]> {
    if (meldingen.length === 0) return [];
    const opgeslagen = await rows(
      runner,
      z.object({ id: column.uuid }),
      `INSERT INTO verzuimmelding (id, brin, jongere_id, soort, startdatum, einddatum, uren_gemist, dagen_gemist, alle_lessen_gemist,
         verplicht, vervolgmelding, ontvanger, verantwoordelijke, woongemeente, rmc_regio, kalenders, vakantie, handmatig,
         vermoedelijke_reden, ondernomen_actie, actie_gemeente_gewenst, geregistreerd_op, gewijzigd_op)
       SELECT x."id", x."brin", x."jongereId", x."soort", x."startdatum", x."einddatum", x."uren", x."dagenGemist", x."alleLessenGemist",
         x."verplicht", x."vervolgmelding", x."ontvanger", x."verantwoordelijke", x."woongemeente", x."rmcRegio",
         ARRAY(SELECT jsonb_array_elements_text(x."kalenders")), x."vakantie", x."handmatig", x."vermoedelijkeReden", x."ondernomenActie",
         x."actieGemeenteGewenst", $2, $2
       FROM jsonb_to_recordset($1::jsonb) AS x("id" uuid, "brin" text, "jongereId" text, "soort" text, "startdatum" date, "einddatum" date,
         "uren" integer, "dagenGemist" integer, "alleLessenGemist" boolean, "verplicht" boolean, "vervolgmelding" boolean, "ontvanger" text,
         "verantwoordelijke" text, "woongemeente" text, "rmcRegio" text, "kalenders" jsonb, "vakantie" text, "handmatig" boolean,
         "vermoedelijkeReden" text, "ondernomenActie" text, "actieGemeenteGewenst" boolean)
       ON CONFLICT (brin, jongere_id, soort, startdatum) WHERE NOT handmatig AND status <> 'ingetrokken' DO NOTHING
       RETURNING id`,
      [JSON.stringify(meldingen.map((m) => ({ ...m, uren: Math.round(m.urenGemist * HONDERD) }))), op],
    );
    return opgeslagen.map((rij) => rij.id);
  }

  /** A standing melding whose end, hours or recipient changed after a correction. */
  async wijzig(runner: Runner, id: string, nu: BerekendeMelding, op: Date): Promise<void> {
    await runner.query(
      `UPDATE verzuimmelding SET einddatum = $2, uren_gemist = $3, dagen_gemist = $4, alle_lessen_gemist = $5, verplicht = $6,
         ontvanger = $7, verantwoordelijke = $8, vervolgmelding = $9, kalenders = $10, gewijzigd_op = $11 WHERE id = $1`,
      [
        id,
        nu.einddatum,
        Math.round(nu.urenGemist * HONDERD),
        nu.dagenGemist,
        nu.alleLessenGemist,
        nu.verplicht,
        nu.ontvanger,
        nu.verantwoordelijke,
        nu.vervolgmelding,
        nu.kalenders,
        op,
      ],
    );
  }

  /** A melding no longer due: withdrawn when `intrekken` (nobody handles it yet), else marked void for its behandelaar. */
  async vervalt(runner: Runner, id: string, intrekken: boolean, op: Date): Promise<void> {
    await runner.query(
      `UPDATE verzuimmelding SET vervallen_op = $2, gewijzigd_op = $2, status = CASE WHEN $3 THEN 'ingetrokken' ELSE status END WHERE id = $1`,
      [id, op, intrekken],
    );
  }

  /** The meldingen in a reader's scope, newest first. */
  async zoek(runner: Runner, scope: MeldingenScope, limiet: number): Promise<Verzuimmelding[]> {
    const [waar, waarde] =
      scope.soort === 'school'
        ? ['brin = $1', scope.brin]
        : scope.soort === 'gemeente'
          ? [`woongemeente = $1 AND ontvanger = 'leerplichtambtenaar'`, scope.woongemeente]
          : [`rmc_regio = $1 AND ontvanger = 'rmc'`, scope.rmcRegio];
    const gevonden = await rows(
      runner,
      meldingRij,
      `SELECT ${KOLOMMEN} FROM verzuimmelding WHERE ${waar} ORDER BY geregistreerd_op DESC, id LIMIT $2`,
      [waarde, limiet],
    );
    return gevonden.map(alsView);
  }

  /** Per student of a school: how many of its meldingen are open (geregistreerd or in behandeling). */
  async openPerLeerling(runner: Runner, brin: string): Promise<Map<string, number>> {
    const gevonden = await rows(
      runner,
      z.object({ jongere_id: z.string(), n: column.bigint }),
      `SELECT jongere_id, count(*) AS n FROM verzuimmelding WHERE brin = $1 AND status IN ('geregistreerd', 'in-behandeling') GROUP BY jongere_id`,
      [brin],
    );
    return new Map(gevonden.map((r) => [r.jongere_id, r.n]));
  }

  /** The inzage log (AVG): who read which meldingen, for which organisation, when. Nothing when nothing was shown. */
  async logInzage(runner: Runner, inzage: { gebruiker: string; organisatie: string; meldingIds: readonly string[]; op: Date }): Promise<void> {
    if (inzage.meldingIds.length === 0) return;
    await runner.query('INSERT INTO melding_inzage (gebruiker, organisatie, melding_ids, op) VALUES ($1, $2, $3::uuid[], $4)', [
      inzage.gebruiker,
      inzage.organisatie,
      inzage.meldingIds,
      inzage.op,
    ]);
  }

  /** One melding, locked for a step; undefined when there is none with this id. */
  async lockEen(runner: Runner, id: string): Promise<Verzuimmelding | undefined> {
    const [rij] = await rows(runner, meldingRij, `SELECT ${KOLOMMEN} FROM verzuimmelding WHERE id = $1 FOR UPDATE`, [id]);
    return rij ? alsView(rij) : undefined;
  }

  /** One melding with its steps, oldest first. */
  async metStappen(runner: Runner, id: string): Promise<MeldingMetStappen | undefined> {
    const [rij] = await rows(runner, meldingRij, `SELECT ${KOLOMMEN} FROM verzuimmelding WHERE id = $1`, [id]);
    if (!rij) return undefined;
    const stappen = await rows(
      runner,
      stapRij,
      'SELECT actie, naar_status, fase, route, toelichting, door_org_type, door_org_code, op FROM melding_stap WHERE melding_id = $1 ORDER BY id',
      [id],
    );
    return {
      ...alsView(rij),
      stappen: stappen.map((s) => ({
        actie: s.actie,
        naarStatus: s.naar_status,
        fase: s.fase,
        route: s.route,
        toelichting: s.toelichting,
        door: { type: s.door_org_type, code: s.door_org_code },
        op: s.op.toISOString(),
      })),
    };
  }

  /** Records a step and its effect on the melding (status, closing reason, MAS phase and route). */
  async zetStap(runner: Runner, id: string, stap: NieuweStap, op: Date): Promise<void> {
    await runner.query(
      `UPDATE verzuimmelding SET status = COALESCE($2, status), sluitreden = COALESCE($3, sluitreden),
         sluit_toelichting = CASE WHEN $3::text IS NULL THEN sluit_toelichting ELSE $4 END,
         mas_fase = COALESCE($5, mas_fase), mas_route = COALESCE($6, mas_route), gewijzigd_op = $7 WHERE id = $1`,
      [id, stap.naarStatus, stap.sluitreden, stap.toelichting, stap.fase, stap.route, op],
    );
    await runner.query(
      `INSERT INTO melding_stap (melding_id, actie, naar_status, fase, route, toelichting, door_org_type, door_org_code, door_sub, op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [id, stap.actie, stap.naarStatus, stap.fase, stap.route, stap.toelichting, stap.door.type, stap.door.code, stap.door.sub, op],
    );
  }
}

/** A step taken on a melding (null where it changes nothing). */
export type NieuweStap = {
  actie: string | null;
  naarStatus: string | null;
  sluitreden: string | null;
  fase: string | null;
  route: string | null;
  toelichting: string | null;
  door: { type: string; code: string; sub: string };
};

const stapRij = z.object({
  actie: z.enum(['in-behandeling-nemen', 'ter-kennisgeving-aannemen', 'afsluiten', 'intrekken']).nullable(),
  naar_status: z.enum(['geregistreerd', 'in-behandeling', 'afgesloten', 'ter-kennisgeving-aangenomen', 'ingetrokken']).nullable(),
  fase: z.enum(MAS_FASEN).nullable(),
  route: z.enum(MAS_ROUTES).nullable(),
  toelichting: z.string().nullable(),
  door_org_type: z.string(),
  door_org_code: z.string(),
  op: column.timestamp,
});
