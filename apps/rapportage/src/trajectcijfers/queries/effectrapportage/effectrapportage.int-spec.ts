import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { DomainError } from '@sluitend/domain-nl';
import type { Organisatie } from '@sluitend/auth';
import type { EffectrapportageAntwoord, ParsedEvent } from '@sluitend/contracts';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { rapportageEnvSchema } from '../../../config/rapportage-env';
import { ProjecteerCasussenMessage } from '../../commands/projecteer-casussen/projecteer-casussen.message';
import type { CasusGebeurtenis } from '../../domain/casusprojectie';
import { pdfTekst } from '../../../test-support/pdf-tekst.fixture';
import { LeesEffectrapportage } from './effectrapportage';

// The words of the answer, written out here (not taken from the code under test).
const UITKOMSTEN = [
  'voltijd-onderwijs',
  'combinatie-leren-werken',
  'werk-zonder-startkwalificatie',
  'zorg-opvang-detentie',
  'beeindigd-zonder-dagbesteding',
  'verhuisd-onvindbaar',
  'overig',
] as const;
const TIJDIGHEID = ['minder-dan-4-weken', '4-tot-en-met-6-weken', 'meer-dan-6-weken', 'nog-niet'] as const;

/** One case of the synthetic cohort: where it is, how it ended, when. */
interface Casus {
  casusId: string;
  rmcRegio: string;
  uitkomst: (typeof UITKOMSTEN)[number];
  contact: (typeof TIJDIGHEID)[number];
  intake: (typeof TIJDIGHEID)[number];
  afgeslotenOp: string;
  samengevoegd: boolean;
}

/** A deterministic pseudo-random cohort (a linear congruential generator: the same cases every run). */
function cohort(): Casus[] {
  let x = 20261201;
  const volgende = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  const casussen: Casus[] = [];
  for (let i = 0; i < 400; i++) {
    const regio = ['MC07', 'MC08', 'MC12'][volgende(3)];
    // Mostly within school year 2025-2026; some before 1 August 2025 or after 31 July 2026 (Amsterdam).
    const afgeslotenOp = [
      '2025-09-15T10:00:00.000Z',
      '2026-03-01T10:00:00.000Z',
      '2026-07-31T21:59:59.000Z', // 23:59:59 on 31 July in Amsterdam: still in the year
      '2026-07-31T22:00:00.000Z', // 00:00 on 1 August in Amsterdam: the next year
      '2025-07-31T21:00:00.000Z', // 23:00 on 31 July 2025: the year before
    ][volgende(5)];
    casussen.push({
      casusId: randomUUID(),
      rmcRegio: regio,
      // Skewed so that small cells occur.
      uitkomst: UITKOMSTEN[Math.min(volgende(9), 6)],
      contact: TIJDIGHEID[volgende(4)],
      intake: TIJDIGHEID[volgende(4)],
      afgeslotenOp,
      samengevoegd: volgende(25) === 0,
    });
  }
  return casussen;
}

/** The events trajecten publishes about one case. */
function gebeurtenissen(c: Casus): CasusGebeurtenis[] {
  const geopendOp = '2025-06-01T08:00:00.000Z';
  const events: CasusGebeurtenis[] = [
    parsedEvent('trajecten.casus.geopend', {
      casusId: c.casusId,
      rmcRegio: c.rmcRegio,
      aanleiding: 'signaal',
      signaalEventId: randomUUID(),
      signaalSoort: 'niet-ingeschreven-teldatum',
      geopendOp,
    }),
    parsedEvent('trajecten.casus.status-gewijzigd', {
      casusId: c.casusId,
      rmcRegio: c.rmcRegio,
      actie: 'contact-leggen',
      vanStatus: 'aangemeld',
      naarStatus: 'in-contact',
      gewijzigdOp: '2025-06-10T08:00:00.000Z',
    }),
  ];
  if (c.samengevoegd) {
    events.push(
      parsedEvent('trajecten.casus.samengevoegd', { casusId: c.casusId, in: randomUUID(), rmcRegio: c.rmcRegio, samengevoegdOp: c.afgeslotenOp }),
    );
  } else {
    events.push(
      parsedEvent('trajecten.casus.afgesloten', {
        casusId: c.casusId,
        rmcRegio: c.rmcRegio,
        vanStatus: 'in-contact',
        uitkomst: c.uitkomst,
        geopendOp,
        afgeslotenOp: c.afgeslotenOp,
        tijdigheid: { eersteContact: c.contact, intake: c.intake },
      }),
    );
  }
  return events;
}

/** The expected table, counted here by hand: closed in school year 2025-2026 (Amsterdam), not merged, per region. */
function verwacht(casussen: Casus[], regio: string, kolom: (c: Casus) => string, kolommen: readonly string[]): number[] {
  const van = Date.parse('2025-07-31T22:00:00.000Z');
  const tot = Date.parse('2026-07-31T22:00:00.000Z');
  return kolommen.map(
    (k) =>
      casussen.filter(
        (c) => c.rmcRegio === regio && !c.samengevoegd && Date.parse(c.afgeslotenOp) >= van && Date.parse(c.afgeslotenOp) < tot && kolom(c) === k,
      ).length,
  );
}

let context: ServiceTestContext;
let deliver: (events: CasusGebeurtenis[]) => Promise<unknown[]>;
let lees: (org: Organisatie) => Promise<EffectrapportageAntwoord>;
const casussen = cohort();

beforeAll(async () => {
  context = await serviceTestContext({ service: 'rapportage', envSchema: rapportageEnvSchema, module: (env) => AppModule.forEnv(env), http: true });
  const message = context.app.get(ProjecteerCasussenMessage);
  deliver = (events) => deliverThroughInbox(context.app, events, (fresh, inbox) => message.handle(fresh as CasusGebeurtenis[], inbox));
  const leesEffectrapportage = context.app.get(LeesEffectrapportage);
  lees = (org) =>
    leesEffectrapportage.execute({ input: { schooljaar: '2025-2026' }, actor: context.claims(org), correlationId: randomUUID(), voorExport: false });

  // Every case's events as trajecten publishes them; every third case's events arrive in reverse order (another
  // partition's chunk first), in runs of one type as the transport batches them.
  const alle = casussen.flatMap((c, i) => (i % 3 === 0 ? gebeurtenissen(c).reverse() : gebeurtenissen(c)));
  for (let i = 0; i < alle.length;) {
    let j = i;
    while (j < alle.length && alle[j].type === alle[i].type && j - i < 100) j++;
    await deliver(alle.slice(i, j));
    i = j;
  }
});

afterAll(() => context?.close());

describe('the effectrapportage from trajecten events (against the real database)', () => {
  it('projects each event once through the inbox: a redelivered chunk changes nothing', async () => {
    const c = casussen[1];
    const [geopend] = gebeurtenissen(c) as [ParsedEvent<'trajecten.casus.geopend'>];
    const voor = await context.dataSource.query('SELECT * FROM trajecten_casus ORDER BY casus_id');
    expect(await deliver([geopend])).toHaveLength(1); // a new event id for an existing case: kept as it was
    const herhaling = gebeurtenissen(casussen[2]);
    await deliver(herhaling);
    expect(await deliver(herhaling)).toHaveLength(0);
    const na = await context.dataSource.query('SELECT * FROM trajecten_casus ORDER BY casus_id');
    const zonderTijd = (rijen: Record<string, unknown>[]) => rijen.map(({ geprojecteerd_op: _t, ...rest }) => rest);
    expect(zonderTijd(na)).toEqual(zonderTijd(voor));
    expect(na).toHaveLength(casussen.length);
  });

  it("gives an RMC its own region's outcome table, equal to the cohort counted by hand, unsuppressed", async () => {
    const rapport = await lees({ type: 'rmc-regio', code: 'MC07' });
    expect(rapport.uitkomsten.rijen).toEqual(['MC07']);
    expect(rapport.uitkomsten.drempel).toBeNull();
    const uitkomsten = verwacht(casussen, 'MC07', (c) => c.uitkomst, UITKOMSTEN);
    expect(rapport.uitkomsten.cellen).toEqual([uitkomsten]);
    expect(rapport.uitkomsten.totaal).toBe(uitkomsten.reduce((a, b) => a + b, 0));
    expect(rapport.eersteContact.cellen).toEqual([verwacht(casussen, 'MC07', (c) => c.contact, TIJDIGHEID)]);
    expect(rapport.intake.cellen).toEqual([verwacht(casussen, 'MC07', (c) => c.intake, TIJDIGHEID)]);
    // The cohort has small cells and cases outside the year and merged: the test is not trivially passing.
    expect(uitkomsten.some((n) => n > 0 && n < 5)).toBe(true);
    expect(rapport.uitkomsten.totaal).toBeLessThan(casussen.filter((c) => c.rmcRegio === 'MC07').length);
  });

  it('gives ops every region with small counts suppressed, and every published count true', async () => {
    const rapport = await lees({ type: 'ops', code: 'platform' });
    expect(rapport.uitkomsten.rijen).toEqual(['MC07', 'MC08', 'MC12']);
    expect(rapport.uitkomsten.drempel).toBe(5);
    for (const [tabel, kolom, kolommen] of [
      [rapport.uitkomsten, (c: Casus) => c.uitkomst, UITKOMSTEN],
      [rapport.eersteContact, (c: Casus) => c.contact, TIJDIGHEID],
      [rapport.intake, (c: Casus) => c.intake, TIJDIGHEID],
    ] as const) {
      tabel.rijen.forEach((regio, r) => {
        const echt = verwacht(casussen, regio, kolom, kolommen);
        echt.forEach((n, k) => {
          const gepubliceerd = tabel.cellen[r][k];
          if (n > 0 && n < 5) expect(gepubliceerd).toBeNull();
          if (gepubliceerd !== null) expect(gepubliceerd).toBe(n);
        });
        // A hidden cell is never the only hidden one of its row with the row total shown (it could be subtracted).
        const verborgen = tabel.cellen[r].filter((w) => w === null).length;
        if (tabel.rijtotalen[r] !== null) expect(verborgen).not.toBe(1);
      });
    }
    expect(rapport.uitkomsten.cellen.flat().some((w) => w === null)).toBe(true);
  });

  it('refuses a school and a gemeente (trajecten reports no school or gemeente)', async () => {
    await expect(lees({ type: 'vo-school', code: '00AH' })).rejects.toBeInstanceOf(DomainError);
    await expect(lees({ type: 'gemeente', code: 'GM0014' })).rejects.toBeInstanceOf(DomainError);
  });

  it('exports XLSX and PDF with exactly the figures of the API (suppressed, even for the RMC itself), read back from the files', async () => {
    const haal = async (org: Organisatie, rol: 'rmc-coordinator' | 'ops', pad: string) => {
      const antwoord = await fetch(`${context.url}/api/rapportage/effectrapportage${pad}?schooljaar=2025-2026`, {
        headers: { authorization: `Bearer ${await context.token(org, [rol])}` },
      });
      expect(antwoord.status).toBe(200);
      return antwoord;
    };
    const ops = { type: 'ops', code: 'platform' } as const;
    const api = (await (await haal(ops, 'ops', '')).json()) as EffectrapportageAntwoord;
    const xlsx = await haal(ops, 'ops', '/export.xlsx');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename="effectrapportage-2025-2026.xlsx"');
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(await xlsx.arrayBuffer());
    const tabellen = [api.uitkomsten, api.eersteContact, api.intake];
    expect(boek.worksheets).toHaveLength(1 + tabellen.length);
    const alsBestand = (w: number | null) => (w === null ? '–' : w);
    tabellen.forEach((tabel, t) => {
      const blad = boek.worksheets[t + 1];
      const rij = (n: number) => (blad.getRow(n).values as unknown[]).slice(1);
      expect(rij(2)).toEqual(['', ...tabel.kolommen, 'totaal']);
      tabel.rijen.forEach((regio, r) => expect(rij(3 + r)).toEqual([regio, ...tabel.cellen[r].map(alsBestand), alsBestand(tabel.rijtotalen[r])]));
      expect(rij(3 + tabel.rijen.length)).toEqual(['totaal', ...tabel.kolomtotalen.map(alsBestand), alsBestand(tabel.totaal)]);
    });

    const pdf = Buffer.from(await (await haal(ops, 'ops', '/export.pdf')).arrayBuffer());
    const regels = (await pdfTekst(pdf)).split('\n').map((r) => r.trim().replace(/\s+/g, ' '));
    expect(regels).toContain('Effectrapportage 2025-2026');
    for (const tabel of tabellen) {
      tabel.rijen.forEach((regio, r) =>
        expect(regels).toContain([regio, ...tabel.cellen[r].map(alsBestand), alsBestand(tabel.rijtotalen[r])].join(' ')),
      );
    }

    // The RMC sees its own region unsuppressed in the API, but an export leaves the organisation: suppressed there.
    const rmc = { type: 'rmc-regio', code: 'MC07' } as const;
    const eigen = (await (await haal(rmc, 'rmc-coordinator', '')).json()) as EffectrapportageAntwoord;
    expect(eigen.uitkomsten.drempel).toBeNull();
    const csv = await (await haal(rmc, 'rmc-coordinator', '/export.csv')).text();
    const verborgen = eigen.uitkomsten.cellen[0].map((n, k) => ({ n, k })).filter(({ n }) => n !== null && n > 0 && n < 5);
    expect(verborgen.length).toBeGreaterThan(0);
    for (const { k } of verborgen) expect(csv).toContain(`Uitkomsten per RMC-regio;MC07;${eigen.uitkomsten.kolommen[k]};;ja`);
    const rmcPdf = Buffer.from(await (await haal(rmc, 'rmc-coordinator', '/export.pdf')).arrayBuffer());
    const rmcRegels = (await pdfTekst(rmcPdf)).split('\n').map((r) => r.trim().replace(/\s+/g, ' '));
    expect(rmcRegels).not.toContain(['MC07', ...eigen.uitkomsten.cellen[0], eigen.uitkomsten.rijtotalen[0]].join(' '));
    expect(rmcRegels.find((r) => r.startsWith('MC07 '))).toContain('–');
  });
});
