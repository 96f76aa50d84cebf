import { randomBytes, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Organisatie } from '@sluitend/auth';
import type { ParsedEvent, UitschrijvingenAntwoord, UitschrijvingenQuery } from '@sluitend/contracts';
import { DomainError } from '@sluitend/domain-nl';
import type { InboxContext } from '@sluitend/messaging';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from './app.module';
import { rapportageEnvSchema } from './config/rapportage-env';
import { ProjecteerDossierMessage } from './dossiers/commands/projecteer-dossier/projecteer-dossier.message';
import { ProjecteerOverstapMessage } from './tabellenboek/commands/projecteer-overstap/projecteer-overstap.message';
import { routeer } from './test-support/overstap-gebeurtenissen.fixture';
import { pdfTekst } from './test-support/pdf-tekst.fixture';
import { LeesUitschrijvingscijfers } from './uitschrijvingscijfers/queries/uitschrijvingscijfers/uitschrijvingscijfers';
import { uitschrijvingscijfersExport } from './uitschrijvingscijfers/queries/uitschrijvingscijfers/uitschrijvingscijfers.export';
import { exporteer } from './shared/export/exporteer';

/*
 * Synthetic mbo inschrijvingen as overstap publishes them: three institutions, four programmes, students living in
 * RMC-regio MC19 (Woerden, Oudewater, Montfoort) or MC21 (Amsterdam) or of unknown residence; begun before, on the
 * first day of, during, on the last day of or after school year 2024-2025; ended by an uitschrijving with every DUO
 * reason, by a switch (which registers a new inschrijving), before, on the edges of, inside or after the year, or not.
 * The expected tables are worked out below from the synthetic inschrijvingen in plain date comparisons — not by the
 * domain code or the SQL under test.
 */
const SCHOOLJAAR = '2024-2025';
const EERSTE = '2024-08-01';
const LAATSTE = '2025-07-31';
const INSTELLINGEN = ['25LH', '27DT', '25PJ'] as const;
const OPLEIDINGEN = [
  { crebo: '25180', niveau: 4 },
  { crebo: '25655', niveau: 2 },
  { crebo: '25168', niveau: 3 },
  { crebo: '25998', niveau: 1 },
] as const;
const WOON = ['GM0632', 'GM0589', 'GM0335', 'GM0363', null] as const;
const REGIO: Record<string, string> = { GM0632: 'MC19', GM0589: 'MC19', GM0335: 'MC19', GM0363: 'MC21' };
const BEGIN = ['2023-08-20', EERSTE, '2024-09-02', '2025-02-01', LAATSTE, '2025-08-01'] as const;
const EINDE = ['2024-06-30', '2024-07-31', EERSTE, '2024-11-15', '2025-03-01', LAATSTE, '2025-08-01', '2025-10-01'] as const;

interface Inschrijving {
  id: string;
  jongereId: string;
  brin: (typeof INSTELLINGEN)[number];
  opleiding: (typeof OPLEIDINGEN)[number];
  woon: (typeof WOON)[number];
  per: string;
  switchVan: string | null;
  eind: null | { soort: 'uitschrijving'; reden: number; per: string } | { soort: 'switch'; per: string };
}

function cohort(): Inschrijving[] {
  let x = 20250731;
  const kies = <T>(lijst: readonly T[]): T => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return lijst[(x >>> 12) % lijst.length];
  };
  const lijst: Inschrijving[] = [];
  for (let n = 0; n < 700; n++) {
    const per = kies(BEGIN);
    const eindes = EINDE.filter((e) => e > per);
    const soort = kies(['geen', 'uitschrijving', 'uitschrijving', 'switch'] as const);
    const eindPer = eindes.length === 0 ? null : kies(eindes);
    const inschrijving: Inschrijving = {
      id: randomUUID(),
      jongereId: randomBytes(32).toString('base64url'),
      brin: kies(INSTELLINGEN),
      opleiding: kies(OPLEIDINGEN),
      woon: kies(WOON),
      per,
      switchVan: null,
      eind:
        soort === 'geen' || eindPer === null
          ? null
          : soort === 'switch'
            ? { soort, per: eindPer }
            : { soort, per: eindPer, reden: kies([1, 2, 3, 4, 5, 6, 7, 8, 9]) },
    };
    lijst.push(inschrijving);
    // A switch: the same student starts another programme at the same institution on the day of the switch.
    if (inschrijving.eind?.soort === 'switch') {
      const ander = OPLEIDINGEN.find((o) => o !== inschrijving.opleiding) as (typeof OPLEIDINGEN)[number];
      lijst.push({ ...inschrijving, id: randomUUID(), opleiding: ander, per: inschrijving.eind.per, switchVan: inschrijving.id, eind: null });
    }
  }
  return lijst;
}

/** The events overstap publishes about one inschrijving (the woongemeente and region in the event's context). */
function gebeurtenissen(i: Inschrijving): ParsedEvent[] {
  const opties = { jongereId: i.jongereId, context: i.woon === null ? {} : { woongemeente: i.woon, rmcRegio: REGIO[i.woon] } };
  const events: ParsedEvent[] = [
    parsedEvent(
      'overstap.inschrijving.geregistreerd',
      {
        inschrijvingId: i.id,
        schooljaar: '2023-2024',
        mboBrin: i.brin,
        locatie: `${i.brin}00`,
        crebo: i.opleiding.crebo,
        niveau: i.opleiding.niveau,
        ingeschrevenPer: i.per,
        switchVan: i.switchVan,
      },
      opties,
    ),
  ];
  if (i.eind !== null) {
    events.push(
      parsedEvent(
        'overstap.inschrijving.beeindigd',
        {
          inschrijvingId: i.id,
          schooljaar: '2023-2024',
          mboBrin: i.brin,
          soort: i.eind.soort,
          per: i.eind.per,
          reden: i.eind.soort === 'uitschrijving' ? i.eind.reden : null,
          ...(i.eind.soort === 'uitschrijving' ? { startkwalificatie: false } : {}),
        },
        opties,
      ),
    );
  }
  return events;
}

// --- The rules written out over one synthetic inschrijving (the expectation) ---

const KOLOMMEN = ['reden-1', 'reden-2', 'reden-3', 'reden-4', 'reden-5', 'reden-6', 'reden-7', 'reden-8', 'reden-9', 'switch', 'niet-beeindigd'];
/** Ran in the year: begun on or before 31 July 2025, not ended before 1 August 2024. */
const liep = (i: Inschrijving) => i.per <= LAATSTE && (i.eind === null || i.eind.per >= EERSTE);
const kolom = (i: Inschrijving) =>
  i.eind === null || i.eind.per > LAATSTE ? 'niet-beeindigd' : i.eind.soort === 'switch' ? 'switch' : `reden-${i.eind.reden}`;
const regioVan = (i: Inschrijving) => (i.woon === null ? null : REGIO[i.woon]);
const rijcode = (i: Inschrijving, dimensie: 'instelling' | 'opleiding') =>
  dimensie === 'instelling' ? i.brin : `${i.opleiding.crebo}-${i.opleiding.niveau}`;
const telling = (lijst: Inschrijving[]) => KOLOMMEN.map((k) => lijst.filter((i) => kolom(i) === k).length);
/** The expected table: per row code (sorted) the counts per column. */
function verwacht(lijst: Inschrijving[], dimensie: 'instelling' | 'opleiding') {
  const inJaar = lijst.filter(liep);
  const codes = [...new Set(inJaar.map((i) => rijcode(i, dimensie)))].sort();
  return { codes, cellen: codes.map((c) => telling(inJaar.filter((i) => rijcode(i, dimensie) === c))) };
}
const pct = (teller: number, noemer: number) => (noemer === 0 ? null : Math.round((teller * 1000) / noemer) / 10);

let context: ServiceTestContext;
const inschrijvingen = cohort();
let lees: (org: Organisatie, input?: Partial<UitschrijvingenQuery>, voorExport?: boolean) => Promise<UitschrijvingenAntwoord>;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'rapportage', envSchema: rapportageEnvSchema, module: (env) => AppModule.forEnv(env), http: true });
  // Through the tabellenboek's Kafka adapter (which hands the inschrijving events to the VSV projection in the same
  // transaction), in runs of one type as the transport batches them, each run twice (the inbox drops the repeat).
  const route = routeer({ dossiers: context.app.get(ProjecteerDossierMessage), overstap: context.app.get(ProjecteerOverstapMessage) });
  const alle = inschrijvingen.flatMap(gebeurtenissen);
  for (const type of ['overstap.inschrijving.geregistreerd', 'overstap.inschrijving.beeindigd']) {
    const run = alle.filter((e) => e.type === type);
    expect(await deliverThroughInbox(context.app, run, (fresh, inbox: InboxContext) => route(fresh, inbox))).toHaveLength(run.length);
    expect(await deliverThroughInbox(context.app, run, (fresh, inbox: InboxContext) => route(fresh, inbox))).toHaveLength(0);
  }
  lees = (org, input = {}, voorExport = false) =>
    context.app.get(LeesUitschrijvingscijfers).execute({
      input: { schooljaar: SCHOOLJAAR, dimensie: 'opleiding', ...input },
      actor: context.claims(org),
      correlationId: randomUUID(),
      voorExport,
    });
}, 120_000);

afterAll(() => context?.close());

describe('uitschrijving & switch from overstap events (against the real database)', () => {
  it("an institution's own programmes, unsuppressed, beside the region most of its students live in", async () => {
    const eigen = inschrijvingen.filter((i) => i.brin === '25LH');
    // The set reaches every branch, so the check means something.
    const inJaar = eigen.filter(liep);
    expect(new Set(inJaar.map(kolom)).size).toBe(11);
    expect(eigen.some((i) => !liep(i) && i.per > LAATSTE) && eigen.some((i) => !liep(i) && i.eind !== null && i.eind.per < EERSTE)).toBe(true);
    expect(inJaar.some((i) => i.eind?.per === EERSTE) && inJaar.some((i) => i.eind?.per === LAATSTE) && inJaar.some((i) => i.per === LAATSTE)).toBe(
      true,
    );

    const cijfers = await lees({ type: 'mbo-instelling', code: '25LH' });
    const v = verwacht(eigen, 'opleiding');
    expect(cijfers.periode).toEqual({ eersteDag: EERSTE, laatsteDag: LAATSTE });
    expect(cijfers.kolomcodes).toEqual(KOLOMMEN);
    expect(cijfers.codes).toEqual(v.codes);
    expect(cijfers.tabel.cellen).toEqual(v.cellen);
    expect(cijfers.tabel.drempel).toBeNull();
    expect(cijfers.tabel.totaal).toBe(inJaar.length);

    // The region: where most of 25LH's inschrijvingen of the year live; every mbo inschrijving of its residents.
    const perRegio = (['MC19', 'MC21'] as const).map((r) => inJaar.filter((i) => regioVan(i) === r).length);
    const regio = perRegio[0] >= perRegio[1] ? 'MC19' : 'MC21';
    expect(cijfers.regio).toMatchObject({ code: regio, keuze: 'meeste-studenten' });
    const inRegio = inschrijvingen.filter((i) => liep(i) && regioVan(i) === regio);
    const regioTelling = telling(inRegio);
    const anderen = telling(inRegio.filter((i) => i.brin !== '25LH'));
    const rij = cijfers.regio!.tabel;
    expect(rij.drempel).toBe(5);
    rij.cellen[0].forEach((w, k) => {
      if (w !== null) expect(w).toBe(regioTelling[k]);
      // A small count of the other institutions never shows, whatever 25LH's own part.
      if (anderen[k] > 0 && anderen[k] < 5) expect(w).toBeNull();
    });
    if (rij.totaal !== null) expect(rij.totaal).toBe(inRegio.length);

    // The rates per programme, of the whole institution and of the region.
    const uitRij = (c: number[]) => c.slice(0, 9).reduce((a, b) => a + b, 0);
    const uit = cijfers.grafiek.reeksen.find((r) => r.code === 'uitschrijving-percentage')!.waarden;
    const sw = cijfers.grafiek.reeksen.find((r) => r.code === 'switch-percentage')!.waarden;
    const uitval = cijfers.grafiek.reeksen.find((r) => r.code === 'uitval-percentage')!.waarden;
    v.cellen.forEach((c, r) => {
      const noemer = c.reduce((a, b) => a + b, 0);
      expect([uit[r], uitval[r], sw[r]]).toEqual([pct(uitRij(c), noemer), pct(uitRij(c) - c[7], noemer), pct(c[9], noemer)]);
    });
    const totaal = telling(inJaar);
    expect(uit[v.codes.length]).toBe(pct(uitRij(totaal), inJaar.length));
    expect(cijfers.grafiek.as.codes).toEqual([...v.codes, 'totaal', `regio-${regio}`]);
    process.stdout.write(
      `uitschrijvingen 25LH ${SCHOOLJAAR}: ${inJaar.length} inschrijvingen, ${uitRij(totaal)} uitgeschreven (${uit[v.codes.length]} %), ` +
        `${totaal[9]} geswitcht (${sw[v.codes.length]} %); regio ${regio}: ${inRegio.length} inschrijvingen, ` +
        `${uit[v.codes.length + 1] ?? 'onderdrukt'} % / ${sw[v.codes.length + 1] ?? 'onderdrukt'} %\n`,
    );
  });

  it('an institution may compare with another region; a region that does not exist is a 400 naming the field', async () => {
    const cijfers = await lees({ type: 'mbo-instelling', code: '27DT' }, { rmcRegio: 'MC21', dimensie: 'instelling' });
    expect(cijfers.codes).toEqual(['27DT']);
    expect(cijfers.tabel.cellen).toEqual(
      verwacht(
        inschrijvingen.filter((i) => i.brin === '27DT'),
        'instelling',
      ).cellen,
    );
    expect(cijfers.regio).toMatchObject({ code: 'MC21', keuze: 'gevraagd', naam: expect.stringMatching(/Amsterdam/) });
    const inRegio = inschrijvingen.filter((i) => liep(i) && regioVan(i) === 'MC21');
    cijfers.regio!.tabel.cellen[0].forEach((w, k) => (w === null ? undefined : expect(w).toBe(telling(inRegio)[k])));
    await expect(lees({ type: 'mbo-instelling', code: '27DT' }, { rmcRegio: 'MC41' })).rejects.toMatchObject({
      code: 'uitschrijvingen.rmc-regio',
      issues: [expect.objectContaining({ field: 'rmcRegio' })],
    });
  });

  it("an RMC sees its residents' inschrijvingen per institution, its own region as the comparison (its column totals)", async () => {
    const cijfers = await lees({ type: 'rmc-regio', code: 'MC19' }, { dimensie: 'instelling' });
    const inRegio = inschrijvingen.filter((i) => regioVan(i) === 'MC19');
    const v = verwacht(inRegio, 'instelling');
    expect(cijfers.codes).toEqual([...INSTELLINGEN].sort());
    expect(cijfers.tabel.cellen).toEqual(v.cellen);
    expect(cijfers.regio).toMatchObject({ code: 'MC19', keuze: 'eigen-regio' });
    expect(cijfers.regio!.tabel.cellen).toEqual([cijfers.tabel.kolomtotalen]);
    expect(cijfers.regio!.tabel.drempel).toBeNull();
  });

  it("a gemeente its residents' per programme, beside its region; ops all, small cells suppressed", async () => {
    const woerden = await lees({ type: 'gemeente', code: 'GM0632' });
    expect(woerden.tabel.cellen).toEqual(
      verwacht(
        inschrijvingen.filter((i) => i.woon === 'GM0632'),
        'opleiding',
      ).cellen,
    );
    expect(woerden.regio).toMatchObject({ code: 'MC19', keuze: 'eigen-regio' });

    const ops = await lees({ type: 'ops', code: 'platform' }, { dimensie: 'instelling' });
    const v = verwacht(inschrijvingen, 'instelling');
    expect(ops.regio).toBeNull();
    expect(ops.tabel.drempel).toBe(5);
    expect(ops.codes).toEqual(v.codes);
    let verborgen = 0;
    ops.tabel.cellen.forEach((rij, r) =>
      rij.forEach((w, k) => {
        const echt = v.cellen[r][k];
        if (echt > 0 && echt < 5) expect(w).toBeNull();
        if (w === null) verborgen++;
        else expect(w).toBe(echt);
      }),
    );
    expect(verborgen).toBeGreaterThan(0);
    expect(ops.tabel.totaal).toBe(inschrijvingen.filter(liep).length);
    const metRegio = await lees({ type: 'ops', code: 'platform' }, { dimensie: 'instelling', rmcRegio: 'MC19' });
    expect(metRegio.regio?.tabel.drempel).toBe(5);
  });

  it('refuses a VO school, a partner and a GGD', async () => {
    for (const org of [
      { type: 'vo-school', code: '27DT' },
      { type: 'partner', code: 'jongerenwerk' },
      { type: 'ggd', code: 'GM0632' },
    ] as Organisatie[]) {
      await expect(lees(org)).rejects.toBeInstanceOf(DomainError);
    }
  });

  it("an institution's export is suppressed, its own table included, and carries exactly the figures it is given", async () => {
    const api = await lees({ type: 'mbo-instelling', code: '25LH' }, {}, true);
    expect(api.tabel.drempel).toBe(5);
    const eigen = verwacht(
      inschrijvingen.filter((i) => i.brin === '25LH'),
      'opleiding',
    );
    api.tabel.cellen.forEach((rij, r) =>
      rij.forEach((w, k) => (eigen.cellen[r][k] > 0 && eigen.cellen[r][k] < 5 ? expect(w).toBeNull() : undefined)),
    );
    const regio = api.regio!.tabel;
    const inRegio = inschrijvingen.filter((i) => liep(i) && regioVan(i) === api.regio!.code);
    telling(inRegio).forEach((n, k) => (n > 0 && n < 5 ? expect(regio.cellen[0][k]).toBeNull() : undefined));
    const csv = (await exporteer(uitschrijvingscijfersExport(api), 'csv')).toString('utf8');
    const regels = csv.split('\r\n');
    api.codes.forEach((_, r) =>
      api.tabel.kolommen.forEach((kolom, k) => {
        const w = api.tabel.cellen[r][k];
        expect(regels).toContain(
          `Uitschrijving en switch per opleiding;${api.tabel.rijen[r]};${kolom};${w === null ? '' : w};${w === null ? 'ja' : 'nee'}`,
        );
      }),
    );
  });

  it('over HTTP: the figures as JSON, and CSV, XLSX and PDF exports with exactly those figures, read back from the files', async () => {
    const token = await context.token({ type: 'ops', code: 'platform' }, ['ops']);
    const haal = async (pad: string, query = `schooljaar=${SCHOOLJAAR}&dimensie=instelling&rmcRegio=MC19`) => {
      const antwoord = await fetch(`${context.url}/api/rapportage/uitschrijvingen${pad}?${query}`, { headers: { authorization: `Bearer ${token}` } });
      expect(antwoord.status).toBe(200);
      return antwoord;
    };
    const fout = await fetch(`${context.url}/api/rapportage/uitschrijvingen?schooljaar=${SCHOOLJAAR}&dimensie=school`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(fout.status).toBe(400);
    expect(JSON.stringify(await fout.json())).toContain('dimensie');
    const api = (await (await haal('')).json()) as UitschrijvingenAntwoord;
    expect(api.tabel.drempel).toBe(5);
    const alsBestand = (w: number | null) => (w === null ? '–' : w);
    const csv = await (await haal('/export.csv')).text();
    expect(csv).toContain('tabel;rij;kolom;aantal;onderdrukt');
    const totaalRegel = `Uitschrijving en switch per mbo-instelling;totaal;totaal;${api.tabel.totaal ?? ''};${api.tabel.totaal === null ? 'ja' : 'nee'}`;
    expect(csv.split('\r\n')).toContain(totaalRegel);
    const xlsx = await haal('/export.xlsx');
    expect(xlsx.headers.get('content-disposition')).toBe(`attachment; filename="uitschrijvingen-instelling-${SCHOOLJAAR}.xlsx"`);
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(await xlsx.arrayBuffer());
    const rij = (blad: ExcelJS.Worksheet, n: number) => (blad.getRow(n).values as unknown[]).slice(1);
    const tabelblad = boek.worksheets[1];
    expect(rij(tabelblad, 2)).toEqual(['', ...api.tabel.kolommen, 'totaal']);
    api.tabel.rijen.forEach((label, r) =>
      expect(rij(tabelblad, 3 + r)).toEqual([label, ...api.tabel.cellen[r].map(alsBestand), alsBestand(api.tabel.rijtotalen[r])]),
    );
    const regioblad = boek.worksheets[2];
    const regio = api.regio!.tabel;
    expect(rij(regioblad, 3)).toEqual([regio.rijen[0], ...regio.cellen[0].map(alsBestand), alsBestand(regio.totaal)]);
    const pdf = Buffer.from(await (await haal('/export.pdf')).arrayBuffer());
    const regels = (await pdfTekst(pdf)).split('\n').map((r) => r.trim().replace(/\s+/g, ' '));
    expect(regels).toContain(`Uitschrijving en switch ${SCHOOLJAAR} per mbo-instelling`);
    api.tabel.rijen.forEach((label, r) =>
      expect(regels).toContain([label, ...api.tabel.cellen[r].map(alsBestand), alsBestand(api.tabel.rijtotalen[r])].join(' ')),
    );
  });
});
