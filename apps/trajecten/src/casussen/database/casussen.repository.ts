import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { column, execute, firstRow, rows, Runner } from '@sluitend/persistence';
import { INKOMENSKLASSEN, type Uitkomst } from '../../uitkomsten/domain/uitkomst';
import type { CasusAanleiding, HandmatigeAanleiding, OpenCasusRef } from '../domain/casus';
import { CASUS_STATUSSEN, CasusStatus } from '../domain/casus-status';

/** A case as stored. */
export interface Casus {
  readonly id: string;
  readonly rmcRegio: string;
  readonly jongereId: string;
  readonly status: CasusStatus;
  readonly aanleiding: CasusAanleiding;
  readonly handmatigeAanleiding: HandmatigeAanleiding | null;
  readonly casusregisseur: { sub: string; naam: string } | null;
  readonly uitkomst: Uitkomst | null;
  readonly geopendOp: Date;
  readonly gewijzigdOp: Date;
  readonly afgeslotenOp: Date | null;
}

export interface NieuweCasus {
  readonly id: string;
  readonly rmcRegio: string;
  readonly jongereId: string;
  readonly aanleiding: CasusAanleiding;
  readonly handmatigeAanleiding?: HandmatigeAanleiding;
  readonly op: Date;
}

/** A signal as it is recorded, with what it did. */
export interface CasusSignaal {
  readonly signaalId: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly signaalSoort: string;
  readonly rmcRegio: string;
  readonly jongereId: string;
  readonly casusId: string | null;
  readonly besluit: 'openen' | 'koppelen' | 'alleen-signaal' | 'buiten-doelgroep';
  readonly ontvangenOp: Date;
}

export interface HistorieRegel {
  readonly casusId: string;
  readonly actie: string;
  readonly vanStatus: CasusStatus | null;
  readonly naarStatus: CasusStatus | null;
  /** The user (token `sub`), or null for trajecten itself (a signal). */
  readonly door: string | null;
  readonly op: Date;
  readonly toelichting?: string | null;
}

export interface CasusFilter {
  readonly status?: CasusStatus;
  readonly open?: boolean;
  readonly casusregisseur?: string;
  readonly zonderRegisseur?: boolean;
}

const statusKolom = z.enum(CASUS_STATUSSEN);

const casusRij = z.object({
  id: column.uuid,
  rmc_regio: z.string(),
  jongere_id: z.string(),
  status: statusKolom,
  aanleiding: z.enum(['signaal', 'duo-lijst', 'inbox-alert', 'handmatig']),
  handmatige_aanleiding: z.enum(['jongere-zelf', 'school', 'partner', 'ouders', 'overig']).nullable(),
  regisseur_sub: z.string().nullable(),
  regisseur_naam: z.string().nullable(),
  uitkomst: z.custom<Omit<Uitkomst, 'inkomensklasse'>>((waarde) => typeof waarde === 'object').nullable(),
  inkomensklasse: z.enum(INKOMENSKLASSEN).nullable(),
  geopend_op: column.timestamp,
  gewijzigd_op: column.timestamp,
  afgesloten_op: column.nullableTimestamp,
});
const CASUS_KOLOMMEN =
  'id, rmc_regio, jongere_id, status, aanleiding, handmatige_aanleiding, regisseur_sub, regisseur_naam, uitkomst, inkomensklasse, geopend_op, gewijzigd_op, afgesloten_op';

/** The outcome as stored: the jsonb document, and the income class in its own column (checked there). */
const uitkomstVan = (rij: z.output<typeof casusRij>): Uitkomst | null =>
  rij.uitkomst && (rij.inkomensklasse === null ? rij.uitkomst : { ...rij.uitkomst, inkomensklasse: rij.inkomensklasse });

const casus = (rij: z.output<typeof casusRij>): Casus => ({
  id: rij.id,
  rmcRegio: rij.rmc_regio,
  jongereId: rij.jongere_id,
  status: rij.status,
  aanleiding: rij.aanleiding,
  handmatigeAanleiding: rij.handmatige_aanleiding,
  casusregisseur: rij.regisseur_sub !== null && rij.regisseur_naam !== null ? { sub: rij.regisseur_sub, naam: rij.regisseur_naam } : null,
  uitkomst: uitkomstVan(rij),
  geopendOp: rij.geopend_op,
  gewijzigdOp: rij.gewijzigd_op,
  afgeslotenOp: rij.afgesloten_op,
});

const openRij = z.object({ id: column.uuid, rmc_regio: z.string(), jongere_id: z.string(), status: statusKolom });
const signaalRij = z.object({
  signaal_id: column.uuid,
  event_id: column.uuid,
  event_type: z.string(),
  signaal_soort: z.string(),
  rmc_regio: z.string(),
  jongere_id: z.string(),
  casus_id: column.uuid.nullable(),
  besluit: z.enum(['openen', 'koppelen', 'alleen-signaal', 'buiten-doelgroep']),
  ontvangen_op: column.timestamp,
});
const SIGNAAL_KOLOMMEN = 'signaal_id, event_id, event_type, signaal_soort, rmc_regio, jongere_id, casus_id, besluit, ontvangen_op';
const signaal = (rij: z.output<typeof signaalRij>): CasusSignaal => ({
  signaalId: rij.signaal_id,
  eventId: rij.event_id,
  eventType: rij.event_type,
  signaalSoort: rij.signaal_soort,
  rmcRegio: rij.rmc_regio,
  jongereId: rij.jongere_id,
  casusId: rij.casus_id,
  besluit: rij.besluit,
  ontvangenOp: rij.ontvangen_op,
});
const historieRij = z.object({
  actie: z.string(),
  van_status: statusKolom.nullable(),
  naar_status: statusKolom.nullable(),
  door: z.string().nullable(),
  op: column.timestamp,
  toelichting: z.string().nullable(),
});
const idRij = z.object({ id: column.uuid });
const statusRegelRij = z.object({ casus_id: column.uuid, naar_status: statusKolom, op: column.timestamp });
const inzageRij = z.object({ door: z.string(), org_type: z.string(), org_code: z.string(), wat: z.string(), op: column.timestamp });
const signaalIdRij = z.object({ signaal_id: column.uuid });
const telRij = z.object({ n: column.bigint });

/** The key of a person in a region, for look-ups in a batch. */
export const persoonInRegio = (rmcRegio: string, jongereId: string): string => `${rmcRegio}|${jongereId}`;

/** casus, casus_signaal and casus_historie: every SQL statement of casussen, rows checked with zod at the boundary. */
@Injectable()
export class CasussenRepository {
  /** The open case of each person in a region, keyed by `persoonInRegio` (at most one each: the unique index). */
  async openCasussen(runner: Runner, personen: ReadonlyArray<{ rmcRegio: string; jongereId: string }>): Promise<Map<string, OpenCasusRef>> {
    if (personen.length === 0) return new Map();
    const gevonden = await rows(
      runner,
      openRij,
      `SELECT c.id, c.rmc_regio, c.jongere_id, c.status FROM casus c
       JOIN unnest($1::text[], $2::text[]) AS p(rmc_regio, jongere_id) ON c.rmc_regio = p.rmc_regio AND c.jongere_id = p.jongere_id
       WHERE c.status <> 'afgesloten'`,
      [personen.map((p) => p.rmcRegio), personen.map((p) => p.jongereId)],
    );
    return new Map(gevonden.map((rij) => [persoonInRegio(rij.rmc_regio, rij.jongere_id), { casusId: rij.id, status: rij.status }]));
  }

  /**
   * Opens a case unless the person already has an open one in the region: the partial unique index decides, so two
   * openers at once (a signal and a hand, two replicas) make one case. Answers whether this call opened it.
   */
  async open(runner: Runner, nieuw: NieuweCasus): Promise<boolean> {
    const gemaakt = await rows(
      runner,
      idRij,
      `INSERT INTO casus (id, rmc_regio, jongere_id, status, aanleiding, handmatige_aanleiding, geopend_op, gewijzigd_op)
       VALUES ($1, $2, $3, 'aangemeld', $4, $5, $6, $6)
       ON CONFLICT (rmc_regio, jongere_id) WHERE status <> 'afgesloten' DO NOTHING
       RETURNING id`,
      [nieuw.id, nieuw.rmcRegio, nieuw.jongereId, nieuw.aanleiding, nieuw.handmatigeAanleiding ?? null, nieuw.op],
    );
    return gemaakt.length === 1;
  }

  /** Opens several cases in one statement; a person with an open case in the region is left out. Answers the ids opened. */
  async openAlle(runner: Runner, nieuw: readonly NieuweCasus[]): Promise<Set<string>> {
    if (nieuw.length === 0) return new Set();
    const gemaakt = await rows(
      runner,
      idRij,
      `INSERT INTO casus (id, rmc_regio, jongere_id, status, aanleiding, handmatige_aanleiding, geopend_op, gewijzigd_op)
       SELECT id, rmc_regio, jongere_id, 'aangemeld', aanleiding, handmatige_aanleiding, op, op
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
         AS t (id, rmc_regio, jongere_id, aanleiding, handmatige_aanleiding, op)
       ON CONFLICT (rmc_regio, jongere_id) WHERE status <> 'afgesloten' DO NOTHING
       RETURNING id`,
      [
        nieuw.map((n) => n.id),
        nieuw.map((n) => n.rmcRegio),
        nieuw.map((n) => n.jongereId),
        nieuw.map((n) => n.aanleiding),
        nieuw.map((n) => n.handmatigeAanleiding ?? null),
        nieuw.map((n) => n.op),
      ],
    );
    return new Set(gemaakt.map((rij) => rij.id));
  }

  /** Of the given signal ids, the ones already recorded (a signal re-sent under a new event id). */
  async bekendeSignalen(runner: Runner, signaalIds: readonly string[]): Promise<Set<string>> {
    if (signaalIds.length === 0) return new Set();
    const bekend = await rows(runner, signaalIdRij, 'SELECT signaal_id FROM casus_signaal WHERE signaal_id = ANY($1::uuid[])', [signaalIds]);
    return new Set(bekend.map((rij) => rij.signaal_id));
  }

  /** Records signals with what they did; a signal id recorded before is left as it is. Answers the ids recorded now. */
  async registreerSignalen(runner: Runner, signalen: readonly CasusSignaal[]): Promise<Set<string>> {
    if (signalen.length === 0) return new Set();
    const kolom = <K extends keyof CasusSignaal>(key: K) => signalen.map((s) => s[key]);
    const nieuw = await rows(
      runner,
      signaalIdRij,
      `INSERT INTO casus_signaal (${SIGNAAL_KOLOMMEN})
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::timestamptz[])
       ON CONFLICT (signaal_id) DO NOTHING
       RETURNING signaal_id`,
      [
        kolom('signaalId'),
        kolom('eventId'),
        kolom('eventType'),
        kolom('signaalSoort'),
        kolom('rmcRegio'),
        kolom('jongereId'),
        kolom('casusId'),
        kolom('besluit'),
        kolom('ontvangenOp'),
      ],
    );
    return new Set(nieuw.map((rij) => rij.signaal_id));
  }

  /**
   * The person's signals in the region that stayed alerts only (no case was open then): they belong to the case that
   * opens now. Answers them, attached.
   */
  async koppelLosseSignalen(runner: Runner, casusId: string, rmcRegio: string, jongereId: string): Promise<CasusSignaal[]> {
    const gekoppeld = await rows(
      runner,
      signaalRij,
      `UPDATE casus_signaal SET casus_id = $1
       WHERE rmc_regio = $2 AND jongere_id = $3 AND casus_id IS NULL AND besluit = 'alleen-signaal'
       RETURNING ${SIGNAAL_KOLOMMEN}`,
      [casusId, rmcRegio, jongereId],
    );
    return gekoppeld.map(signaal);
  }

  /** koppelLosseSignalen for several new cases at once (one statement). */
  async koppelLosseSignalenAan(
    runner: Runner,
    casussen: ReadonlyArray<{ casusId: string; rmcRegio: string; jongereId: string }>,
  ): Promise<CasusSignaal[]> {
    if (casussen.length === 0) return [];
    const gekoppeld = await rows(
      runner,
      signaalRij,
      `UPDATE casus_signaal s SET casus_id = t.casus_id
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t (casus_id, rmc_regio, jongere_id)
       WHERE s.rmc_regio = t.rmc_regio AND s.jongere_id = t.jongere_id AND s.casus_id IS NULL AND s.besluit = 'alleen-signaal'
       RETURNING ${SIGNAAL_KOLOMMEN.split(', ')
         .map((kolom) => `s.${kolom}`)
         .join(', ')}`,
      [casussen.map((c) => c.casusId), casussen.map((c) => c.rmcRegio), casussen.map((c) => c.jongereId)],
    );
    return gekoppeld.map(signaal);
  }

  async voegHistorieToe(runner: Runner, regels: readonly HistorieRegel[]): Promise<void> {
    if (regels.length === 0) return;
    await execute(
      runner,
      `INSERT INTO casus_historie (casus_id, actie, van_status, naar_status, door, op, toelichting)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[])`,
      [
        regels.map((r) => r.casusId),
        regels.map((r) => r.actie),
        regels.map((r) => r.vanStatus),
        regels.map((r) => r.naarStatus),
        regels.map((r) => r.door),
        regels.map((r) => r.op),
        regels.map((r) => r.toelichting ?? null),
      ],
    );
  }

  /** One case; `voorWijziging` locks its row until the transaction ends (steps on one case one after the other). */
  async vanId(runner: Runner, id: string, voorWijziging = false): Promise<Casus | undefined> {
    const rij = await firstRow(runner, casusRij, `SELECT ${CASUS_KOLOMMEN} FROM casus WHERE id = $1${voorWijziging ? ' FOR UPDATE' : ''}`, [id]);
    return rij && casus(rij);
  }

  /**
   * Several cases by id in one statement; `voorWijziging` locks them until the transaction ends (in id order, so two
   * lockers never wait on each other).
   */
  async vanIds(runner: Runner, ids: readonly string[], voorWijziging = false): Promise<Map<string, Casus>> {
    if (ids.length === 0) return new Map();
    const gevonden = await rows(
      runner,
      casusRij,
      `SELECT ${CASUS_KOLOMMEN} FROM casus WHERE id = ANY($1::uuid[]) ORDER BY id${voorWijziging ? ' FOR UPDATE' : ''}`,
      [[...new Set(ids)]],
    );
    return new Map(gevonden.map((rij) => [rij.id, casus(rij)]));
  }

  /** The status lines (naar_status set) of several cases, oldest first per case: what the re-approach rules read. */
  async statusRegelsVan(runner: Runner, casusIds: readonly string[]): Promise<Map<string, Array<{ naarStatus: CasusStatus; op: Date }>>> {
    const perCasus = new Map<string, Array<{ naarStatus: CasusStatus; op: Date }>>();
    if (casusIds.length === 0) return perCasus;
    const gevonden = await rows(
      runner,
      statusRegelRij,
      'SELECT casus_id, naar_status, op FROM casus_historie WHERE casus_id = ANY($1::uuid[]) AND naar_status IS NOT NULL ORDER BY casus_id, id',
      [[...new Set(casusIds)]],
    );
    for (const rij of gevonden) {
      const lijst = perCasus.get(rij.casus_id) ?? [];
      if (lijst.length === 0) perCasus.set(rij.casus_id, lijst);
      lijst.push({ naarStatus: rij.naar_status, op: rij.op });
    }
    return perCasus;
  }

  /** The open case of one person in a region, if any. */
  async openVan(runner: Runner, rmcRegio: string, jongereId: string): Promise<Casus | undefined> {
    const rij = await firstRow(
      runner,
      casusRij,
      `SELECT ${CASUS_KOLOMMEN} FROM casus WHERE rmc_regio = $1 AND jongere_id = $2 AND status <> 'afgesloten'`,
      [rmcRegio, jongereId],
    );
    return rij && casus(rij);
  }

  /** A new status (and, when it closes, the outcome with its income class and the moment). */
  async zetStatus(runner: Runner, id: string, status: CasusStatus, op: Date, uitkomst?: Uitkomst): Promise<Casus> {
    const { inkomensklasse, ...document } = uitkomst ?? {};
    const rij = await firstRow(
      runner,
      casusRij,
      `UPDATE casus SET status = $2, gewijzigd_op = $3, uitkomst = $4::jsonb, inkomensklasse = $5,
         afgesloten_op = CASE WHEN $2 = 'afgesloten' THEN $3::timestamptz END
       WHERE id = $1 RETURNING ${CASUS_KOLOMMEN}`,
      [id, status, op, uitkomst ? JSON.stringify(document) : null, inkomensklasse ?? null],
    );
    if (!rij) throw new Error(`casus ${id} verdween tijdens de wijziging`);
    return casus(rij);
  }

  async zetRegisseur(runner: Runner, id: string, regisseur: { sub: string; naam: string }, op: Date): Promise<Casus> {
    const rij = await firstRow(
      runner,
      casusRij,
      `UPDATE casus SET regisseur_sub = $2, regisseur_naam = $3, gewijzigd_op = $4 WHERE id = $1 RETURNING ${CASUS_KOLOMMEN}`,
      [id, regisseur.sub, regisseur.naam, op],
    );
    if (!rij) throw new Error(`casus ${id} verdween tijdens de wijziging`);
    return casus(rij);
  }

  /** A region's cases matching the filter, most recently changed first, one page, with the total. */
  async zoek(
    runner: Runner,
    rmcRegio: string,
    filter: CasusFilter,
    pagina: number,
    perPagina: number,
  ): Promise<{ casussen: Casus[]; totaal: number }> {
    const voorwaarden = ['rmc_regio = $1'];
    const params: unknown[] = [rmcRegio];
    const voeg = (sql: (n: number) => string, waarde: unknown) => {
      params.push(waarde);
      voorwaarden.push(sql(params.length));
    };
    if (filter.status) voeg((n) => `status = $${n}`, filter.status);
    if (filter.open !== undefined) voorwaarden.push(filter.open ? "status <> 'afgesloten'" : "status = 'afgesloten'");
    if (filter.casusregisseur) voeg((n) => `regisseur_sub = $${n}`, filter.casusregisseur);
    if (filter.zonderRegisseur) voorwaarden.push('regisseur_sub IS NULL');
    const waar = voorwaarden.join(' AND ');
    const [totaal] = await rows(runner, telRij, `SELECT count(*) AS n FROM casus WHERE ${waar}`, params);
    const gevonden = await rows(
      runner,
      casusRij,
      `SELECT ${CASUS_KOLOMMEN} FROM casus WHERE ${waar} ORDER BY gewijzigd_op DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, perPagina, (pagina - 1) * perPagina],
    );
    return { casussen: gevonden.map(casus), totaal: totaal?.n ?? 0 };
  }

  async signalenVan(runner: Runner, casusId: string): Promise<CasusSignaal[]> {
    const gevonden = await rows(
      runner,
      signaalRij,
      `SELECT ${SIGNAAL_KOLOMMEN} FROM casus_signaal WHERE casus_id = $1 ORDER BY ontvangen_op, signaal_id`,
      [casusId],
    );
    return gevonden.map(signaal);
  }

  async historieVan(runner: Runner, casusId: string): Promise<Array<z.output<typeof historieRij>>> {
    return rows(
      runner,
      historieRij,
      'SELECT actie, van_status, naar_status, door, op, toelichting FROM casus_historie WHERE casus_id = $1 ORDER BY id',
      [casusId],
    );
  }

  /** The open cases of these persons (any region), locked until the transaction ends. */
  async openVanPersonen(runner: Runner, jongereIds: readonly string[]): Promise<Casus[]> {
    const gevonden = await rows(
      runner,
      casusRij,
      `SELECT ${CASUS_KOLOMMEN} FROM casus WHERE jongere_id = ANY($1::text[]) AND status <> 'afgesloten' ORDER BY id FOR UPDATE`,
      [jongereIds],
    );
    return gevonden.map(casus);
  }

  /** A case merged into another (person linking): its signals and contact attempts move to `naarCasus`. Answers the signals moved. */
  async verplaatsNaarCasus(runner: Runner, vanCasus: string, naarCasus: string): Promise<CasusSignaal[]> {
    await execute(runner, 'UPDATE contactpoging SET casus_id = $2 WHERE casus_id = $1', [vanCasus, naarCasus]);
    const verplaatst = await rows(runner, signaalRij, `UPDATE casus_signaal SET casus_id = $2 WHERE casus_id = $1 RETURNING ${SIGNAAL_KOLOMMEN}`, [
      vanCasus,
      naarCasus,
    ]);
    return verplaatst.map(signaal);
  }

  /** One person known under two pseudonyms is `naar` from now on (overstap.persoon.gekoppeld): cases and signals say so. */
  async herkoppel(runner: Runner, van: string, naar: string): Promise<void> {
    await execute(runner, 'UPDATE casus_signaal SET jongere_id = $2 WHERE jongere_id = $1', [van, naar]);
    await execute(runner, 'UPDATE casus SET jongere_id = $2 WHERE jongere_id = $1', [van, naar]);
  }

  /** Records a read of the case: who (token `sub` and organisation), what was read, when. */
  async registreerInzage(
    runner: Runner,
    casusId: string,
    door: { sub: string; org: { type: string; code: string } },
    wat: string,
    op: Date,
  ): Promise<void> {
    await execute(runner, 'INSERT INTO casus_inzage (casus_id, door, org_type, org_code, wat, op) VALUES ($1, $2, $3, $4, $5, $6)', [
      casusId,
      door.sub,
      door.org.type,
      door.org.code,
      wat,
      op,
    ]);
  }

  /** The reads of a case, newest first (at most `limiet`). */
  async inzagesVan(runner: Runner, casusId: string, limiet = 500): Promise<Array<z.output<typeof inzageRij>>> {
    return rows(runner, inzageRij, 'SELECT door, org_type, org_code, wat, op FROM casus_inzage WHERE casus_id = $1 ORDER BY id DESC LIMIT $2', [
      casusId,
      limiet,
    ]);
  }

  /** The region's open cases counted per casusregisseur (null: none assigned yet). */
  async openPerRegisseur(runner: Runner, rmcRegio: string): Promise<Array<{ regisseur: string | null; aantal: number }>> {
    const gevonden = await rows(
      runner,
      z.object({ regisseur_sub: z.string().nullable(), n: column.bigint }),
      `SELECT regisseur_sub, count(*) AS n FROM casus WHERE rmc_regio = $1 AND status <> 'afgesloten' GROUP BY regisseur_sub`,
      [rmcRegio],
    );
    return gevonden.map((rij) => ({ regisseur: rij.regisseur_sub, aantal: rij.n }));
  }
}
