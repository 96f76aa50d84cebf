import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { DomainError } from '@sluitend/domain-nl';
import { parsedEvent, deliverThroughInbox, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import type { Organisatie } from '@sluitend/auth';
import type { EventType, ParsedEvent, TabellenboekAntwoord } from '@sluitend/contracts';
import { AppModule } from '../../../app.module';
import { rapportageEnvSchema } from '../../../config/rapportage-env';
import { ProjecteerOverstapMessage } from '../../commands/projecteer-overstap/projecteer-overstap.message';
import { cohortGebeurtenissen, Leerlinggroep, routeer } from '../../../test-support/overstap-gebeurtenissen.fixture';
import { LeesSignalenPerRegio } from '../signalen-per-regio/signalen-per-regio';
import { LeesTabellenboek } from './tabellenboek';
import { tabellenboekCsv } from './tabellenboek.csv';

// Labels as the tabellenboek prints them, written out here (not taken from the code under test).
const MBO4 = 'mbo niveau 4';
const MBO3 = 'mbo niveau 3';
const MBO2 = 'mbo niveau 2';
const MBO1 = 'mbo niveau 1 (entree)';
const MBO_ONBEKEND = 'mbo, niveau onbekend';
const HAVO = 'havo';
const WERK = 'werk';
const NIETS = 'niets bekend';
const OP_TIJD = 'aangemeld op of vóór 1 april';
const NIET_OP_TIJD = 'niet (op tijd) aangemeld';
const GEEN_MBO = 'geen mbo gekozen';

type Verwacht = { april: [string, string]; werkelijk: [string, string] };
type Groep = Leerlinggroep & { verwacht: Verwacht };

const jan = '2026-01-10T09:00:00.000Z';
const groepen: Record<string, Groep> = {
  // On time for mbo 4, enrolled at level 4 on 1 October.
  A: {
    aantal: 12,
    versies: [{ bestemming: 'mbo', op: jan }],
    aanmelding: { niveau: 4, op: '2026-03-01T09:00:00.000Z', opTijd: true },
    inschrijving: { niveau: 4, per: '2026-08-01' },
    verwacht: { april: [MBO4, OP_TIJD], werkelijk: [MBO4, MBO4] },
  },
  // Late for the mbo (level unknown on 1 April), level 2 by the end of the year, left before the teldatum.
  B: {
    aantal: 6,
    versies: [
      { bestemming: 'mbo', op: jan },
      { bestemming: 'mbo', op: '2026-06-01T09:00:00.000Z' },
    ],
    aanmelding: { niveau: 2, op: '2026-05-01T09:00:00.000Z', opTijd: false },
    inschrijving: { niveau: 2, per: '2026-08-15', beeindigdPer: '2026-09-15' },
    signalen: ['aanmelding-gemist', 'niet-ingeschreven-teldatum'],
    verwacht: { april: [MBO_ONBEKEND, NIET_OP_TIJD], werkelijk: [MBO2, NIETS] },
  },
  C: { aantal: 7, versies: [{ bestemming: 'havo', op: jan }], verwacht: { april: [HAVO, GEEN_MBO], werkelijk: [HAVO, NIETS] } },
  // Chose mbo 3 on time, then work.
  D: {
    aantal: 2,
    versies: [
      { bestemming: 'mbo', op: jan },
      { bestemming: 'werk', op: '2026-05-01T09:00:00.000Z' },
    ],
    aanmelding: { niveau: 3, op: '2026-03-01T09:00:00.000Z', opTijd: true },
    verwacht: { april: [MBO3, OP_TIJD], werkelijk: [WERK, NIETS] },
  },
  // No dossier before 1 April; entree by the teldatum.
  E: {
    aantal: 1,
    versies: [{ bestemming: 'mbo', op: '2026-05-01T09:00:00.000Z' }],
    aanmelding: { niveau: 1, op: '2026-05-02T09:00:00.000Z', opTijd: false },
    inschrijving: { niveau: 1, per: '2026-09-01' },
    verwacht: { april: [NIETS, GEEN_MBO], werkelijk: [MBO1, MBO1] },
  },
  // Another vestiging of the same school.
  F: { aantal: 3, vestiging: '00AH01', versies: [{ bestemming: 'havo', op: jan }], verwacht: { april: [HAVO, GEEN_MBO], werkelijk: [HAVO, NIETS] } },
  // Residents of another RMC-regio at the same vestiging.
  G: {
    aantal: 4,
    rmcRegio: 'MC07',
    woongemeente: 'GM0106',
    versies: [{ bestemming: 'mbo', op: jan }],
    aanmelding: { niveau: 4, op: '2026-03-01T09:00:00.000Z', opTijd: true },
    inschrijving: { niveau: 4, per: '2026-08-01' },
    verwacht: { april: [MBO4, OP_TIJD], werkelijk: [MBO4, MBO4] },
  },
  // Another school (in MC07) and another school year: never in 00AH's 2025-2026 tabellenboek.
  H: {
    aantal: 3,
    brin: '01AB',
    rmcRegio: 'MC07',
    woongemeente: 'GM0106',
    versies: [{ bestemming: 'mbo', op: jan }],
    signalen: ['niet-ingeschreven-teldatum'],
    verwacht: { april: [MBO_ONBEKEND, NIET_OP_TIJD], werkelijk: [MBO_ONBEKEND, NIETS] },
  },
  I: {
    aantal: 2,
    schooljaar: '2024-2025',
    versies: [{ bestemming: 'havo', op: '2025-01-10T09:00:00.000Z' }],
    verwacht: { april: [HAVO, GEEN_MBO], werkelijk: [HAVO, NIETS] },
  },
};

/** The expected table, counted from the groups' expectations (independent of the SQL and the domain code). */
function verwachtetabel(namen: string[], welke: keyof Verwacht): Map<string, number> {
  const tabel = new Map<string, number>();
  for (const naam of namen) {
    const [rij, kolom] = groepen[naam].verwacht[welke];
    tabel.set(`${rij}|${kolom}`, (tabel.get(`${rij}|${kolom}`) ?? 0) + groepen[naam].aantal);
  }
  return tabel;
}

/** The non-zero cells of a published table as "row|column" → count (null when suppressed). */
function cellen(tabel: TabellenboekAntwoord['keuzeEnWerkelijk']): Map<string, number | null> {
  const gevonden = new Map<string, number | null>();
  tabel.rijen.forEach((rij, r) =>
    tabel.kolommen.forEach((kolom, k) => {
      if (tabel.cellen[r][k] !== 0) gevonden.set(`${rij}|${kolom}`, tabel.cellen[r][k]);
    }),
  );
  return gevonden;
}

let context: ServiceTestContext;
let events: ParsedEvent[];
let bezorg: ReturnType<typeof routeer>;
let lees: (org: Organisatie, input: { brin?: string; vestiging?: string }, voorExport?: boolean) => Promise<TabellenboekAntwoord>;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'rapportage', envSchema: rapportageEnvSchema, module: (env) => AppModule.forEnv(env) });
  const leerlingen = cohortGebeurtenissen(Object.values(groepen));
  const b = leerlingen.filter((_, i) => i >= 12 && i < 18);
  // Two early warnings (1 and 15 March) about the same six students of group B: six students warned.
  const waarschuwing = (peildatum: string) =>
    parsedEvent(
      'overstap.signaal.vroege-waarschuwing',
      { schooljaar: '2025-2026', peildatum, brin: '00AH', vestiging: '00AH00', aantal: b.length, dossierIds: b.map((l) => l.dossierId) },
      { context: { schooljaar: '2025-2026', brin: '00AH', vestiging: '00AH00' } },
    );
  events = [...leerlingen.flatMap((l) => l.events), waarschuwing('2026-03-01'), waarschuwing('2026-03-15')];
  // Live, overstap.dossier.ingediend reaches ProjecteerOverstap through the dossiers capability's adapter (covered by
  // the herbouw spec); here every event goes to the tabellenboek's adapter, which handles that type too.
  const adapter = context.app.get(ProjecteerOverstapMessage);
  bezorg = routeer({ dossiers: adapter, overstap: adapter });
  const leesTabellenboek = context.app.get(LeesTabellenboek);
  lees = (org, input, voorExport = false) =>
    leesTabellenboek.execute({ input: { schooljaar: '2025-2026', ...input }, actor: context.claims(org), correlationId: randomUUID(), voorExport });
});

afterAll(() => context?.close());

const ops: Organisatie = { type: 'ops', code: 'platform' };
const school: Organisatie = { type: 'vo-school', code: '00AH' };
const rmc: Organisatie = { type: 'rmc-regio', code: 'MC03' };

describe('tabellenboek from overstap events (projections and query against the real database)', () => {
  it('applies every event once through the inbox: a second delivery of the same events applies none and changes no figure', async () => {
    expect(await deliverThroughInbox<EventType>(context.app, events, bezorg)).toHaveLength(events.length);
    const eerst = await lees(school, { vestiging: '00AH00' });
    expect(await deliverThroughInbox<EventType>(context.app, events, bezorg)).toHaveLength(0);
    expect(await lees(school, { vestiging: '00AH00' })).toEqual(eerst);
    const [{ n }] = await context.dataSource.query('SELECT count(*)::int AS n FROM overstap_signaal WHERE signaal_type = $1', [
      'overstap.signaal.vroege-waarschuwing',
    ]);
    expect(n).toBe(6);
  });

  it("gives the school its own vestiging's tables unsuppressed, equal to the cohort counted independently", async () => {
    const boek = await lees(school, { vestiging: '00AH00' });
    const namen = ['A', 'B', 'C', 'D', 'E', 'G'];
    expect(cellen(boek.keuze1AprilEnAanmelding)).toEqual(verwachtetabel(namen, 'april'));
    expect(cellen(boek.keuzeEnWerkelijk)).toEqual(verwachtetabel(namen, 'werkelijk'));
    expect(boek.keuzeEnWerkelijk.totaal).toBe(32);
    expect(boek.keuzeEnWerkelijk.drempel).toBeNull();
    // Realised choices on the diagonal: the 16 at mbo 4 and the 1 at entree.
    const diagonaal = boek.keuzeEnWerkelijk.rijen.reduce((som, _, r) => som + (boek.keuzeEnWerkelijk.cellen[r][r] ?? 0), 0);
    expect(diagonaal).toBe(17);
    const signalen = Object.fromEntries(boek.signalen.categorieen.map((c, i) => [c, boek.signalen.waarden[i]]));
    expect(signalen).toMatchObject({
      'vroege waarschuwing: nog geen aanmelding': 6,
      'niet aangemeld op 1 april': 6,
      'niet ingeschreven op 1 oktober': 6,
      'negatief bindend studieadvies': 0,
    });
    expect(boek.signalen.totaal).toBe(18);

    const heleSchool = await lees(school, {});
    expect(cellen(heleSchool.keuze1AprilEnAanmelding)).toEqual(verwachtetabel([...namen, 'F'], 'april'));
  });

  it('gives an RMC the residents of its own region only', async () => {
    const boek = await lees(rmc, { brin: '00AH', vestiging: '00AH00' });
    expect(cellen(boek.keuzeEnWerkelijk)).toEqual(verwachtetabel(['A', 'B', 'C', 'D', 'E'], 'werkelijk'));
    expect(boek.rmcRegio).toBe('MC03');
  });

  it('suppresses for ops: every count of 1 to 4 (cells and margins) is null, the visible ones are the true counts', async () => {
    const boek = await lees(ops, { brin: '00AH', vestiging: '00AH00' });
    for (const [tabel, welke] of [
      [boek.keuze1AprilEnAanmelding, 'april'],
      [boek.keuzeEnWerkelijk, 'werkelijk'],
    ] as const) {
      expect(tabel.drempel).toBe(5);
      const verwacht = verwachtetabel(['A', 'B', 'C', 'D', 'E', 'G'], welke);
      for (const [cel, waarde] of cellen(tabel)) {
        if (waarde !== null) expect(waarde).toBe(verwacht.get(cel));
      }
      const alles = [...tabel.cellen.flat(), ...tabel.rijtotalen, ...tabel.kolomtotalen, tabel.totaal];
      expect(alles.filter((w) => w !== null && w > 0 && w < 5)).toEqual([]);
      expect(alles.filter((w) => w === null).length).toBeGreaterThanOrEqual(2);
    }
    expect(cellen(boek.keuzeEnWerkelijk).get(`${WERK}|${NIETS}`)).toBeNull();
    expect(cellen(boek.keuzeEnWerkelijk).get(`${MBO1}|${MBO1}`)).toBeNull();
  });

  it("exports CSV with the same suppression even for the school's own figures: hidden cells empty, marked onderdrukt", async () => {
    const boek = await lees(school, { vestiging: '00AH00' }, true);
    const csv = tabellenboekCsv(boek);
    const regels: Record<string, string>[] = parse(csv, { columns: true, delimiter: ';' });
    expect(Object.keys(regels[0])).toEqual(['schooljaar', 'brin', 'vestiging', 'rmc_regio', 'tabel', 'rij', 'kolom', 'aantal', 'onderdrukt']);
    const werkelijk = regels.filter((r) => r.tabel === 'keuze einde schooljaar x bestemming 1 oktober');
    expect(werkelijk).toHaveLength(14 * 14);
    const cel = (rij: string, kolom: string) => werkelijk.find((r) => r.rij === rij && r.kolom === kolom);
    expect(cel(MBO4, MBO4)).toMatchObject({ aantal: '16', onderdrukt: 'nee' });
    expect(cel(WERK, NIETS)).toMatchObject({ aantal: '', onderdrukt: 'ja' });
    expect(cel(MBO1, MBO1)).toMatchObject({ aantal: '', onderdrukt: 'ja' });
    expect(regels.filter((r) => r.aantal !== '' && Number(r.aantal) > 0 && Number(r.aantal) < 5)).toEqual([]);
    expect(regels.filter((r) => r.onderdrukt === 'ja').length).toBe(
      [boek.keuze1AprilEnAanmelding, boek.keuzeEnWerkelijk].reduce(
        (n, t) => n + [...t.cellen.flat(), ...t.rijtotalen, ...t.kolomtotalen, t.totaal].filter((w) => w === null).length,
        boek.signalen.waarden.filter((w) => w === null).length + (boek.signalen.totaal === null ? 1 : 0),
      ),
    );
  });

  it('refuses another school, a gemeente, and ops without a school, naming the rule', async () => {
    await expect(lees(school, { brin: '01AB' })).rejects.toMatchObject({ kind: 'geen-toegang', code: 'tabellenboek.andere-school' });
    await expect(lees({ type: 'gemeente', code: 'GM0014' }, { brin: '00AH' })).rejects.toBeInstanceOf(DomainError);
    await expect(lees(ops, {})).rejects.toMatchObject({ kind: 'ongeldig', issues: [{ field: 'brin', rule: 'brin.verplicht' }] });
    await expect(lees(ops, { brin: '00AH', vestiging: '01AB00' })).rejects.toMatchObject({ issues: [{ field: 'vestiging' }] });
  });

  it('counts signals per RMC-regio: an RMC its own region, ops every region with the small cell and a complement hidden', async () => {
    const leesSignalen = context.app.get(LeesSignalenPerRegio);
    const signalen = (org: Organisatie) =>
      leesSignalen.execute({ input: { schooljaar: '2025-2026' }, actor: context.claims(org), correlationId: 'c' });
    const eigen = await signalen(rmc);
    expect(eigen.rmcRegios).toEqual(['MC03']);
    // The early warnings carry no region (they go to the decaan per vestiging): counted by the dossier's region.
    expect(eigen.tabel.cellen).toEqual([[6, 6, 0, 6, 0, 0, 0]]);

    const alle = await signalen(ops);
    expect(alle.rmcRegios).toEqual(['MC03', 'MC07']);
    const k = alle.signaaltypen.indexOf('overstap.deadline.niet-ingeschreven-teldatum');
    expect(alle.tabel.cellen[1][k]).toBeNull();
    expect(alle.tabel.cellen[0][k] === null || alle.tabel.kolomtotalen[k] === null).toBe(true);
    expect(alle.tabel.rijtotalen[1]).toBeNull();
    await expect(signalen(school)).rejects.toMatchObject({ kind: 'geen-toegang' });
  });
});
