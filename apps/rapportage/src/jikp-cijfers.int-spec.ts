import { randomBytes, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Organisatie } from '@sluitend/auth';
import type {
  Inkomensklasse,
  JikpFactsheetAntwoord,
  JikpFactsheetQuery,
  KwetsbarePositieAntwoord,
  KwetsbarePositieQuery,
  ParsedEvent,
} from '@sluitend/contracts';
import { DomainError, gemeentenInRegio, laatsteTeldatumOnder23 } from '@sluitend/domain-nl';
import type { InboxContext } from '@sluitend/messaging';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from './app.module';
import { rapportageEnvSchema } from './config/rapportage-env';
import { ProjecteerDossierMessage } from './dossiers/commands/projecteer-dossier/projecteer-dossier.message';
import { ProjecteerOverstapMessage } from './tabellenboek/commands/projecteer-overstap/projecteer-overstap.message';
import { routeer } from './test-support/overstap-gebeurtenissen.fixture';
import { VoegPersonenSamenMessage } from './tabellenboek/commands/voeg-personen-samen/voeg-personen-samen.message';
import { pdfTekst } from './test-support/pdf-tekst.fixture';
import { ProjecteerCasussenMessage } from './trajectcijfers/commands/projecteer-casussen/projecteer-casussen.message';
import { LeesKwetsbarePositie } from './jikp/queries/kwetsbare-positie/kwetsbare-positie';
import { LeesJikpFactsheet } from './jikp/queries/factsheet/jikp-factsheet';

/*
 * A synthetic cohort in RMC-regio Utrecht (MC19: Woerden, Oudewater, Montfoort) and a few outside it, as overstap and
 * trajecten publish it: VO dossiers of pro, vso, vmbo-bb and havo leavers (2023-2024 or 2024-2025), entree inschrijvingen
 * ended before, during or not yet, later mbo-2 inschrijvingen with and without startkwalificatie, closed RMC cases with
 * outcomes and income classes. The expected factsheet and kwetsbare-positie tables are worked out below from the
 * synthetic young people themselves, in plain date comparisons — not by the domain code or the SQL under test.
 */
const PEILDATUM = '2025-10-01';
const SCHOOLJAAR = '2024-2025';
const WOON = ['GM0632', 'GM0589', 'GM0335', 'GM0363'] as const;
const REGIO: Record<(typeof WOON)[number], string> = { GM0632: 'MC19', GM0589: 'MC19', GM0335: 'MC19', GM0363: 'MC21' };
type Achtergrond = 'pro' | 'vso' | 'vmbo-bb' | 'havo' | 'entree';

interface Jongere {
  jongereId: string;
  woon: (typeof WOON)[number];
  geboortedatum: string | null;
  achtergrond: Achtergrond;
  /** VO: the dossier's school year; entree: begun 2023-08-20, ended on `eind` (null: still running). */
  voJaar: '2023-2024' | '2024-2025';
  eind: string | null;
  /** An mbo-2 inschrijving from 2024-08-20, ended 2025-03-01 with or without startkwalificatie, or still running. */
  mbo2: null | { eind: null | '2025-03-01'; startkwalificatie: boolean };
  uitkomst: null | {
    uitkomst: 'voltijd-onderwijs' | 'werk-zonder-startkwalificatie' | 'zorg-opvang-detentie' | 'beeindigd-zonder-dagbesteding';
    klasse: Inkomensklasse | null;
    op: string;
  };
}

function cohort(): Jongere[] {
  let x = 20251001;
  const kies = <T>(lijst: readonly T[]): T => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return lijst[(x >>> 12) % lijst.length];
  };
  return Array.from({ length: 480 }, () => {
    const achtergrond = kies(['pro', 'vso', 'vmbo-bb', 'havo', 'entree', 'entree'] as const);
    const mbo2 = kies([
      null,
      null,
      { eind: null, startkwalificatie: false },
      { eind: '2025-03-01', startkwalificatie: false },
      { eind: '2025-03-01', startkwalificatie: true },
    ] as const);
    const uitkomst = kies([
      null,
      null,
      { uitkomst: 'werk-zonder-startkwalificatie', klasse: 'minder-dan-300', op: '2025-04-15' },
      { uitkomst: 'werk-zonder-startkwalificatie', klasse: '300-tot-700', op: '2025-04-15' },
      { uitkomst: 'werk-zonder-startkwalificatie', klasse: null, op: '2025-04-15' },
      { uitkomst: 'zorg-opvang-detentie', klasse: null, op: '2025-06-01' },
      { uitkomst: 'beeindigd-zonder-dagbesteding', klasse: null, op: '2025-06-01' },
      { uitkomst: 'voltijd-onderwijs', klasse: null, op: '2025-11-01' },
    ] as const);
    return {
      jongereId: randomBytes(32).toString('base64url'),
      woon: kies(WOON),
      // 16 … 23 on 1 October 2025, and unknown.
      geboortedatum: kies(['2009-10-01', '2009-10-02', '2007-03-15', '2005-12-31', '2003-10-02', '2002-10-01', null] as const),
      achtergrond,
      voJaar: kies(['2023-2024', '2024-2025'] as const),
      eind: kies([null, '2024-06-30', '2025-02-01'] as const),
      mbo2: mbo2 === null ? null : { ...mbo2 },
      uitkomst: uitkomst === null ? null : { ...uitkomst },
    };
  });
}

const isVo = (j: Jongere) => j.achtergrond !== 'entree';

/** The events overstap and trajecten would publish about one young person. */
function gebeurtenissen(j: Jongere): ParsedEvent[] {
  const context = { woongemeente: j.woon, rmcRegio: REGIO[j.woon] };
  const opties = { jongereId: j.jongereId, context };
  // overstap knows the date of birth from a dossier, or from the mbo's uitschrijving.
  const leeftijd = (bekend: boolean) =>
    j.geboortedatum !== null && bekend ? { laatsteTeldatumOnder23: laatsteTeldatumOnder23(j.geboortedatum) } : {};
  const events: ParsedEvent[] = [];
  if (isVo(j)) {
    events.push(
      parsedEvent(
        'overstap.dossier.ingediend',
        {
          dossierId: randomUUID(),
          versie: 1,
          schooljaar: j.voJaar,
          brin: '27DT',
          vestiging: '27DT00',
          woongemeente: j.woon,
          rmcRegio: REGIO[j.woon],
          onderwijstype: j.achtergrond as 'pro' | 'vso' | 'vmbo-bb' | 'havo',
          leerjaar: 4,
          bestemming: 'mbo',
          ingediendOp: '2024-01-10T09:00:00.000Z',
          ...leeftijd(true),
        },
        opties,
      ),
    );
  }
  const inschrijving = (niveau: 1 | 2, per: string, eind: string | null, startkwalificatie: boolean) => {
    const inschrijvingId = randomUUID();
    events.push(
      parsedEvent(
        'overstap.inschrijving.geregistreerd',
        {
          inschrijvingId,
          schooljaar: '2024-2025',
          mboBrin: '25LH',
          locatie: '25LH00',
          crebo: '25180',
          niveau,
          ingeschrevenPer: per,
          switchVan: null,
          ...leeftijd(isVo(j)),
        },
        opties,
      ),
    );
    if (eind !== null) {
      events.push(
        parsedEvent(
          'overstap.inschrijving.beeindigd',
          {
            inschrijvingId,
            schooljaar: '2024-2025',
            mboBrin: '25LH',
            soort: 'uitschrijving',
            per: eind,
            reden: 4,
            startkwalificatie,
            ...leeftijd(true),
          },
          opties,
        ),
      );
    }
  };
  if (j.achtergrond === 'entree') inschrijving(1, '2023-08-20', j.eind, false);
  if (j.mbo2 !== null) inschrijving(2, '2024-08-20', j.mbo2.eind, j.mbo2.startkwalificatie);
  if (j.uitkomst !== null) {
    events.push(
      parsedEvent(
        'trajecten.casus.afgesloten',
        {
          casusId: randomUUID(),
          rmcRegio: REGIO[j.woon],
          vanStatus: 'traject',
          uitkomst: j.uitkomst.uitkomst,
          geopendOp: '2025-01-06T09:00:00.000Z',
          afgeslotenOp: `${j.uitkomst.op}T10:00:00.000Z`,
          tijdigheid: { eersteContact: 'minder-dan-4-weken', intake: 'minder-dan-4-weken' },
          ...(j.uitkomst.klasse === null ? {} : { inkomensklasse: j.uitkomst.klasse }),
        },
        opties,
      ),
    );
  }
  return events;
}

// --- The rules written out over one synthetic young person (the expectation) ---

const bekendeLeeftijd = (j: Jongere) =>
  j.geboortedatum !== null && (isVo(j) || (j.achtergrond === 'entree' && j.eind !== null) || j.mbo2?.eind != null);
/** Age on 1 October of `jaar` from the date of birth. */
const leeftijdOp = (geboortedatum: string, jaar: number) => jaar - Number(geboortedatum.slice(0, 4)) - (geboortedatum.slice(5) > '10-01' ? 1 : 0);
const skOp = (j: Jongere) => (j.mbo2?.startkwalificatie && j.mbo2.eind !== null ? j.mbo2.eind : null);
const entreeLoopt = (j: Jongere, dag: string) => j.achtergrond === 'entree' && '2023-08-20' <= dag && (j.eind === null || j.eind > dag);
const mbo2Loopt = (j: Jongere, dag: string) => j.mbo2 !== null && '2024-08-20' <= dag && (j.mbo2.eind === null || j.mbo2.eind > dag);
const ingeschreven = (j: Jongere, jaar: number) => {
  const dag = `${jaar}-10-01`;
  return (isVo(j) && Number(j.voJaar.slice(0, 4)) === jaar) || entreeLoopt(j, dag) || mbo2Loopt(j, dag);
};
function participatie(j: Jongere): 'onderwijs' | 'arbeid' | 'dagbesteding' | 'geen' {
  if (ingeschreven(j, 2025)) return 'onderwijs';
  if (j.uitkomst === null || j.uitkomst.op > PEILDATUM) return 'geen';
  return {
    'voltijd-onderwijs': 'onderwijs',
    'werk-zonder-startkwalificatie': 'arbeid',
    'zorg-opvang-detentie': 'dagbesteding',
    'beeindigd-zonder-dagbesteding': 'geen',
  }[j.uitkomst.uitkomst] as 'onderwijs' | 'arbeid' | 'dagbesteding' | 'geen';
}
/** In the JiKP group on 1 October 2025 (band 16 to 23): null when out of it; 'onbekend' when the age is unknown. */
function jikp(j: Jongere): null | 'onbekend' | number {
  if (j.achtergrond === 'havo') return null;
  const sk = skOp(j);
  if (sk !== null && sk <= PEILDATUM) return null;
  if (!bekendeLeeftijd(j)) return 'onbekend';
  const leeftijd = leeftijdOp(j.geboortedatum as string, 2025);
  return leeftijd >= 16 && leeftijd < 23 ? leeftijd : null;
}
function categorie(j: Jongere): string | null {
  if (typeof jikp(j) !== 'number') return null;
  const uitgestroomd = isVo(j) ? j.voJaar : j.eind === null ? null : j.eind >= '2024-08-01' ? '2024-2025' : '2023-2024';
  if (uitgestroomd === SCHOOLJAAR && j.achtergrond !== 'vmbo-bb') return 'uitstroom';
  const p = participatie(j);
  if (p === 'onderwijs') return null;
  // vsv in 2023-2024: enrolled on 1 October 2023, nowhere on 1 October 2024, no startkwalificatie then.
  if (ingeschreven(j, 2023) && !ingeschreven(j, 2024)) return 'zittende-vsv';
  if (p !== 'arbeid') return 'prio-1';
  if (j.uitkomst?.klasse === 'minder-dan-300') return 'prio-2';
  if (j.uitkomst?.klasse === '300-tot-700') return 'prio-3';
  return null;
}

let context: ServiceTestContext;
const jongeren = cohort();
const MC19 = gemeentenInRegio('MC19').map((g) => g.code);
const RMC: Organisatie = { type: 'rmc-regio', code: 'MC19' };
let factsheet: (org: Organisatie, input?: Partial<JikpFactsheetQuery>, voorExport?: boolean) => Promise<JikpFactsheetAntwoord>;
let kwetsbaar: (org: Organisatie, input?: Partial<KwetsbarePositieQuery>) => Promise<KwetsbarePositieAntwoord>;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'rapportage', envSchema: rapportageEnvSchema, module: (env) => AppModule.forEnv(env), http: true });
  // Through the Kafka adapters, in runs of one type as the transport batches them, each run twice (the inbox drops the repeat).
  const overstap = routeer({ dossiers: context.app.get(ProjecteerDossierMessage), overstap: context.app.get(ProjecteerOverstapMessage) });
  const casussen = context.app.get(ProjecteerCasussenMessage);
  const route = async (fresh: ParsedEvent[], inbox: InboxContext) => {
    if (fresh[0]?.type === 'trajecten.casus.afgesloten') await casussen.handle(fresh as never[], inbox);
    else await overstap(fresh, inbox);
  };
  const alle = jongeren.flatMap(gebeurtenissen);
  for (const type of [
    'overstap.dossier.ingediend',
    'overstap.inschrijving.geregistreerd',
    'overstap.inschrijving.beeindigd',
    'trajecten.casus.afgesloten',
  ]) {
    const run = alle.filter((e) => e.type === type);
    expect(await deliverThroughInbox(context.app, run, route)).toHaveLength(run.length);
    expect(await deliverThroughInbox(context.app, run, route)).toHaveLength(0);
  }
  factsheet = (org, input = {}, voorExport = false) =>
    context.app.get(LeesJikpFactsheet).execute({
      input: { peildatum: PEILDATUM, totLeeftijd: 23, jaren: 3, ...input },
      actor: context.claims(org),
      correlationId: randomUUID(),
      voorExport,
    });
  kwetsbaar = (org, input = {}) =>
    context.app.get(LeesKwetsbarePositie).execute({
      input: { schooljaar: SCHOOLJAAR, totLeeftijd: 23, uitgesplitst: false, ...input },
      actor: context.claims(org),
      correlationId: randomUUID(),
      voorExport: false,
    });
}, 120_000);

afterAll(() => context?.close());

describe('JiKP factsheet and kwetsbare positie from overstap and trajecten events (against the real database)', () => {
  it('the factsheet of the region equals the one worked out from the cohort itself', async () => {
    const sheet = await factsheet(RMC);
    const inRegio = jongeren.filter((j) => REGIO[j.woon] === 'MC19');
    const groep = inRegio.filter((j) => typeof jikp(j) === 'number');
    // The cohort reaches every branch, so the check means something.
    expect(new Set(groep.map(participatie)).size).toBe(4);
    expect(new Set(groep.map((j) => j.achtergrond)).size).toBe(4);
    const achtergronden = ['pro', 'vso', 'vmbo-bb', 'entree'];
    const routes = ['onderwijs', 'arbeid', 'dagbesteding', 'geen'];
    expect(sheet.achtergrondEnParticipatie.drempel).toBeNull();
    expect(sheet.achtergrondEnParticipatie.cellen).toEqual(
      achtergronden.map((a) => routes.map((p) => groep.filter((j) => j.achtergrond === a && participatie(j) === p).length)),
    );
    expect(sheet.leeftijdEnAchtergrond.cellen).toEqual(
      [16, 17, 18, 19, 20, 21, 22].map((l) => achtergronden.map((a) => groep.filter((j) => jikp(j) === l && j.achtergrond === a).length)),
    );
    expect(sheet.gemeenten.map((g) => g.code)).toEqual(MC19);
    expect(sheet.gemeenteEnAchtergrond.cellen).toEqual(
      MC19.map((g) => achtergronden.map((a) => groep.filter((j) => j.woon === g && j.achtergrond === a).length)),
    );
    expect(sheet.leeftijdOnbekend).toBe(inRegio.filter((j) => jikp(j) === 'onbekend').length);
    // A peildatum still to come is provisional (the service's clock), and says so.
    expect(sheet.voorlopig).toBe(false);
    const volgendJaar = Number(new Date().toISOString().slice(0, 4)) + 1;
    expect((await factsheet(RMC, { peildatum: `${volgendJaar}-10-01`, jaren: 1 })).voorlopig).toBe(true);
    // The years before side by side: the same count on 1 October 2023 and 2024 (the totals series).
    expect(sheet.vergelijking.as.codes).toEqual(['2023-10-01', '2024-10-01', '2025-10-01']);
    expect(sheet.vergelijking.reeksen.find((r) => r.code === 'totaal')?.waarden[2]).toBe(groep.length);
    process.stdout.write(`JiKP MC19 ${PEILDATUM}: ${groep.length} in the group, ${sheet.leeftijdOnbekend} of unknown age\n`);
  });

  it("the kwetsbare-positie table (seed 003's layout) equals the one worked out from the cohort", async () => {
    const tabel = await kwetsbaar(RMC);
    const rijen = ['uitstroom', 'zittende-vsv', 'prio-1', 'prio-2', 'prio-3'];
    const verwacht = rijen.map((c) => MC19.map((g) => jongeren.filter((j) => j.woon === g && categorie(j) === c).length));
    for (const rij of verwacht) expect(rij.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(tabel.peildatum).toBe(PEILDATUM);
    expect(tabel.tabel.cellen).toEqual(verwacht);
    expect(tabel.tabel.kolommen.slice(0, 1)).toEqual([tabel.gemeenten[0].naam]);
    const woerden = MC19.indexOf('GM0632');
    expect(tabel.grafiek.reeksen[woerden].waarden).toEqual(verwacht.map((rij) => rij[woerden]));
  });

  it('a gemeente sees its residents only; ops one region, suppressed; a school is refused', async () => {
    const woerden = await factsheet({ type: 'gemeente', code: 'GM0632' });
    expect(woerden.gemeenten.map((g) => g.code)).toEqual(['GM0632']);
    const groep = jongeren.filter((j) => j.woon === 'GM0632' && typeof jikp(j) === 'number');
    expect(woerden.achtergrondEnParticipatie.totaal).toBe(groep.length);
    const ops = await factsheet({ type: 'ops', code: 'platform' }, { rmcRegio: 'MC19' });
    expect(ops.gemeenteEnAchtergrond.drempel).toBe(5);
    const oudewater = ops.gemeenteEnAchtergrond.cellen[MC19.indexOf('GM0589')];
    const echt = ['pro', 'vso', 'vmbo-bb', 'entree'].map(
      (a) => jongeren.filter((j) => j.woon === 'GM0589' && typeof jikp(j) === 'number' && j.achtergrond === a).length,
    );
    echt.forEach((n, i) => (n > 0 && n < 5 ? expect(oudewater[i]).toBeNull() : undefined));
    await expect(factsheet({ type: 'ops', code: 'platform' })).rejects.toMatchObject({ code: 'jikp.rmc-regio' });
    await expect(factsheet({ type: 'vo-school', code: '27DT' })).rejects.toBeInstanceOf(DomainError);
    await expect(factsheet(RMC, { rmcRegio: 'MC21' })).rejects.toMatchObject({ code: 'jikp.andere-regio' });
  });

  it('a case closed under the onderwijsnummer arriving after the person link counts for the merged person', async () => {
    const naar = jongeren.find(
      (j) => j.woon === 'GM0632' && j.achtergrond === 'pro' && typeof jikp(j) === 'number' && participatie(j) === 'geen' && j.uitkomst === null,
    );
    expect(naar).toBeDefined();
    const van = randomBytes(32).toString('base64url');
    const samen = context.app.get(VoegPersonenSamenMessage);
    const casussen = context.app.get(ProjecteerCasussenMessage);
    const voor = (await factsheet({ type: 'gemeente', code: 'GM0632' })).achtergrondEnParticipatie.cellen[0];
    await deliverThroughInbox(
      context.app,
      [parsedEvent('overstap.persoon.gekoppeld', { van, naar: naar!.jongereId }, { jongereId: naar!.jongereId })],
      (fresh, inbox) => samen.gekoppeld(fresh as never[], inbox),
    );
    const afgesloten = parsedEvent(
      'trajecten.casus.afgesloten',
      {
        casusId: randomUUID(),
        rmcRegio: 'MC19',
        vanStatus: 'traject',
        uitkomst: 'zorg-opvang-detentie',
        geopendOp: '2025-01-06T09:00:00.000Z',
        afgeslotenOp: '2025-05-01T10:00:00.000Z',
        tijdigheid: { eersteContact: 'minder-dan-4-weken', intake: 'minder-dan-4-weken' },
      },
      { jongereId: van },
    );
    await deliverThroughInbox(context.app, [afgesloten], (fresh, inbox) => casussen.handle(fresh as never[], inbox));
    const na = (await factsheet({ type: 'gemeente', code: 'GM0632' })).achtergrondEnParticipatie.cellen[0];
    // pro × dagbesteding one more, pro × geen one less.
    expect(na).toEqual([voor[0], voor[1], (voor[2] as number) + 1, (voor[3] as number) - 1]);
  });

  it('over HTTP: a peildatum that is no 1 October is a 400 naming the field; XLSX and PDF carry the API figures', async () => {
    const token = await context.token({ type: 'ops', code: 'platform' }, ['ops']);
    const haal = (pad: string) => fetch(`${context.url}/api/rapportage/jikp/${pad}`, { headers: { authorization: `Bearer ${token}` } });
    const fout = await haal('factsheet?peildatum=2025-09-30&rmcRegio=MC19');
    expect(fout.status).toBe(400);
    expect(fout.headers.get('content-type')).toContain('application/problem+json');
    expect(((await fout.json()) as { errors: unknown[] }).errors).toEqual([
      expect.objectContaining({ field: 'peildatum', rule: 'peildatum.teldatum' }),
    ]);
    const api = (await (await haal('kwetsbare-positie?schooljaar=2024-2025&rmcRegio=MC19')).json()) as KwetsbarePositieAntwoord;
    expect(api.tabel.drempel).toBe(5);
    const xlsx = await haal('kwetsbare-positie/export.xlsx?schooljaar=2024-2025&rmcRegio=MC19');
    expect(xlsx.status).toBe(200);
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(await xlsx.arrayBuffer());
    const blad = boek.worksheets[1];
    const rij = (n: number) => (blad.getRow(n).values as unknown[]).slice(1);
    const alsBestand = (w: number | null) => (w === null ? '–' : w);
    api.tabel.rijen.forEach((label, r) =>
      expect(rij(3 + r)).toEqual([label, ...api.tabel.cellen[r].map(alsBestand), alsBestand(api.tabel.rijtotalen[r])]),
    );
    const sheet = (await (await haal(`factsheet?peildatum=${PEILDATUM}&rmcRegio=MC19`)).json()) as JikpFactsheetAntwoord;
    const pdf = Buffer.from(await (await haal(`factsheet/export.pdf?peildatum=${PEILDATUM}&rmcRegio=MC19`)).arrayBuffer());
    const regels = (await pdfTekst(pdf)).split('\n').map((r) => r.trim().replace(/\s+/g, ' '));
    expect(regels).toContain(`Jongeren in een kwetsbare positie — factsheet ${PEILDATUM}`);
    const t = sheet.achtergrondEnParticipatie;
    t.rijen.forEach((label, r) => expect(regels).toContain([label, ...t.cellen[r].map(alsBestand), alsBestand(t.rijtotalen[r])].join(' ')));
  });
});
