import { randomBytes, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Organisatie } from '@sluitend/auth';
import type { ParsedEvent, VsvAntwoord, VsvQuery } from '@sluitend/contracts';
import { DomainError, laatsteTeldatumOnder23 } from '@sluitend/domain-nl';
import type { InboxContext } from '@sluitend/messaging';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { rapportageEnvSchema } from '../../../config/rapportage-env';
import { exporteer } from '../../../shared/export/exporteer';
import { pdfTekst } from '../../../test-support/pdf-tekst.fixture';
import { ProjecteerVsv } from '../../commands/projecteer-vsv/projecteer-vsv';
import { VsvRepository } from '../../database/vsv.repository';
import type { VsvGebeurtenis } from '../../domain/vsvprojectie';
import { vsvfeitUitProjectie } from '../../domain/vsv-projectiefeit';
import { vsvStatus } from '../../domain/vsv-status';
import { LeesVsvcijfers } from './vsvcijfers';
import { vsvcijfersExport } from './vsvcijfers.export';

/*
 * A synthetic cohort of school year 2024-2025 (teldatum 1 October 2024, t+1 1 October 2025), as overstap publishes it:
 * mbo inschrijvingen (begun before, on or after the teldatum; ended before, on or after either teldatum), uitschrijvingen
 * with and without startkwalificatie, VO dossiers of 2024-2025 and 2025-2026, dates of birth around the 23rd birthday
 * and unknown ones. The expected figures are worked out below from the synthetic young people themselves, by the OCW
 * definition written out in plain date comparisons — not by the domain code or the SQL under test.
 */
const GEMEENTEN = [
  { gemeente: 'GM0345', regio: 'MC17' },
  { gemeente: 'GM0307', regio: 'MC17' },
  { gemeente: 'GM0363', regio: 'MC22' },
] as const;
const TELDATUM = '2024-10-01';
const VOLGENDE = '2025-10-01';

interface Jongere {
  jongereId: string;
  woon: (typeof GEMEENTEN)[number];
  /** null: unknown to overstap (no dossier, no uitschrijving). */
  geboortedatum: string | null;
  mbo: { brin: '25LH' | '25PJ'; niveau: 1 | 2 | 3 | 4; per: string; eind: string | null; startkwalificatie: boolean } | null;
  vo: { brin: '27DT'; onderwijstype: 'vmbo-kb' | 'havo' | 'pro'; leerjaar: number } | null;
  /** Still (or again) enrolled in school year 2025-2026: a VO dossier of that year or a new mbo inschrijving. */
  daarna: 'vo' | 'mbo' | null;
}

function cohort(): Jongere[] {
  let x = 20241001;
  const kies = <T>(lijst: readonly T[]): T => {
    x = (x * 1103515245 + 12345) % 2147483648;
    // The high bits: the low bits of this generator cycle with short periods.
    return lijst[(x >>> 12) % lijst.length];
  };
  const jongeren: Jongere[] = [];
  for (let i = 0; i < 420; i++) {
    const soort = kies(['mbo', 'mbo', 'mbo', 'vo', 'vo', 'geen'] as const);
    const eind = kies([null, null, null, '2024-10-01', '2025-03-01', '2025-10-01', '2025-10-02'] as const);
    jongeren.push({
      jongereId: randomBytes(32).toString('base64url'),
      woon: kies(GEMEENTEN),
      geboortedatum: kies(['2006-05-20', '2007-11-30', '2002-10-01', '2002-10-02', '2003-01-15', null] as const),
      mbo:
        soort === 'mbo'
          ? {
              brin: kies(['25LH', '25PJ'] as const),
              niveau: kies([1, 2, 2, 3, 4] as const),
              per: kies(['2024-08-15', '2024-10-01', '2024-10-02'] as const),
              eind,
              startkwalificatie: eind !== null && kies([false, false, true] as const),
            }
          : null,
      vo: soort === 'vo' ? { brin: '27DT', onderwijstype: kies(['vmbo-kb', 'havo', 'pro'] as const), leerjaar: kies([2, 4] as const) } : null,
      daarna: kies([null, null, 'vo', 'mbo'] as const),
    });
  }
  return jongeren;
}

/** The events overstap would publish about one young person, in its order. */
function gebeurtenissen(j: Jongere): ParsedEvent[] {
  const context = { woongemeente: j.woon.gemeente, rmcRegio: j.woon.regio };
  const leeftijd = j.geboortedatum === null ? {} : { laatsteTeldatumOnder23: laatsteTeldatumOnder23(j.geboortedatum) };
  const opties = (occurredAt: string) => ({ jongereId: j.jongereId, context, occurredAt });
  const events: ParsedEvent[] = [];
  const dossier = (schooljaar: string, vo: NonNullable<Jongere['vo']>) =>
    parsedEvent(
      'overstap.dossier.ingediend',
      {
        dossierId: randomUUID(),
        versie: 1,
        schooljaar,
        brin: vo.brin,
        vestiging: `${vo.brin}00`,
        woongemeente: j.woon.gemeente,
        rmcRegio: j.woon.regio,
        onderwijstype: vo.onderwijstype,
        leerjaar: vo.leerjaar,
        bestemming: 'mbo',
        ingediendOp: '2025-01-10T09:00:00.000Z',
        ...leeftijd,
      },
      opties('2025-01-10T09:00:00.000Z'),
    );
  const inschrijving = (id: string, brin: string, niveau: 1 | 2 | 3 | 4, per: string) =>
    parsedEvent(
      'overstap.inschrijving.geregistreerd',
      {
        inschrijvingId: id,
        schooljaar: '2024-2025',
        mboBrin: brin,
        locatie: `${brin}00`,
        crebo: '25180',
        niveau,
        ingeschrevenPer: per,
        switchVan: null,
        // overstap knows the date of birth of an inschrijving from the student's dossier only.
        ...(j.vo === null ? {} : leeftijd),
      },
      opties(`${per}T08:00:00.000Z`),
    );
  if (j.vo) events.push(dossier('2024-2025', j.vo));
  if (j.mbo) {
    const id = randomUUID();
    events.push(inschrijving(id, j.mbo.brin, j.mbo.niveau, j.mbo.per));
    if (j.mbo.eind !== null) {
      events.push(
        parsedEvent(
          'overstap.inschrijving.beeindigd',
          {
            inschrijvingId: id,
            schooljaar: '2024-2025',
            mboBrin: j.mbo.brin,
            soort: 'uitschrijving',
            per: j.mbo.eind,
            reden: 4,
            startkwalificatie: j.mbo.startkwalificatie,
            // The mbo states the date of birth with an uitschrijving; overstap publishes only the age fact.
            ...leeftijd,
          },
          opties(`${j.mbo.eind}T08:00:00.000Z`),
        ),
      );
    }
  }
  if (j.daarna === 'vo') events.push(dossier('2025-2026', { brin: '27DT', onderwijstype: 'havo', leerjaar: 5 }));
  if (j.daarna === 'mbo') events.push(inschrijving(randomUUID(), '25LH', 3, '2025-09-01'));
  return events;
}

/** The OCW definition, written out over one synthetic young person. */
function verwacht(j: Jongere): 'vsv' | 'geen-vsv' | 'buiten' {
  const mboOp = (dag: string) => j.mbo !== null && j.mbo.per <= dag && (j.mbo.eind === null || j.mbo.eind > dag);
  const ingeschrevenT = mboOp(TELDATUM) || j.vo !== null;
  if (!ingeschrevenT) return 'buiten';
  // 23 on or before 1 October 2025: born on or before 1 October 2002. overstap knows the date of birth from a dossier
  // or an uitschrijving; unknown, the young person is counted (the projection's stated choice, ADR 0023).
  const bekend = j.geboortedatum !== null && (j.vo !== null || j.daarna === 'vo' || (j.mbo !== null && j.mbo.eind !== null));
  if (bekend && (j.geboortedatum as string) <= '2002-10-01') return 'buiten';
  const ingeschrevenT1 = mboOp(VOLGENDE) || j.daarna !== null;
  if (ingeschrevenT1) return 'geen-vsv';
  const sk = j.mbo !== null && j.mbo.startkwalificatie && j.mbo.eind !== null && j.mbo.eind <= VOLGENDE;
  return sk ? 'geen-vsv' : 'vsv';
}

/** Where a deelnemer counts: the mbo inschrijving on 1 October t, else the VO school. */
const schoolVan = (j: Jongere): string =>
  j.mbo !== null && j.mbo.per <= TELDATUM && (j.mbo.eind === null || j.mbo.eind > TELDATUM) ? j.mbo.brin : (j.vo?.brin ?? '');

let context: ServiceTestContext;
let lees: (org: Organisatie, input?: Partial<VsvQuery>, voorExport?: boolean) => Promise<VsvAntwoord>;
const jongeren = cohort();

const tel = (lijst: Jongere[]) => {
  const vsv = lijst.filter((j) => verwacht(j) === 'vsv').length;
  const deelnemers = lijst.filter((j) => verwacht(j) !== 'buiten').length;
  return { vsv, geenVsv: deelnemers - vsv, deelnemers, pct: Math.round((vsv / deelnemers) * 10000) / 100 };
};

beforeAll(async () => {
  context = await serviceTestContext({
    service: 'rapportage',
    envSchema: rapportageEnvSchema,
    module: (env) => AppModule.forEnv(env),
    http: true,
  });
  // The projection's use case in the inbox transaction, as the tabellenboek's and dossiers' adapters call it (the
  // rebuild's spec delivers through those adapters and compares the vsv tables).
  const projecteer = context.app.get(ProjecteerVsv);
  const route = async (fresh: ParsedEvent[], inbox: InboxContext) => {
    await projecteer.execute({ input: { events: fresh as VsvGebeurtenis[] }, correlationId: 'vsv-spec' }, inbox.manager);
  };
  const alle = jongeren.flatMap(gebeurtenissen);
  // Per type in runs as the transport batches them (registrations before their ends), each run delivered twice.
  for (const type of ['overstap.dossier.ingediend', 'overstap.inschrijving.geregistreerd', 'overstap.inschrijving.beeindigd']) {
    const run = alle.filter((e) => e.type === type);
    expect(await deliverThroughInbox(context.app, run, route)).toHaveLength(run.length);
    expect(await deliverThroughInbox(context.app, run, route)).toHaveLength(0);
  }
  const leesVsv = context.app.get(LeesVsvcijfers);
  lees = (org, input = {}, voorExport = false) =>
    leesVsv.execute({
      input: { schooljaar: '2024-2025', dimensie: 'gemeente', ...input },
      actor: context.claims(org),
      correlationId: randomUUID(),
      voorExport,
    });
}, 120_000);

afterAll(() => context?.close());

describe('VSV figures from overstap events (against the real database)', () => {
  it('projects one deelnemer row per young person enrolled on 1 October t, and only those', async () => {
    const rijen = await context.app
      .get(VsvRepository)
      .deelnemers(context.dataSource, '2024-2025', { brin: null, woongemeente: null, rmcRegio: null });
    const perId = new Map(jongeren.map((j) => [j.jongereId, j]));
    const fout = rijen
      .map((r) => ({ r, j: perId.get(r.jongereId) }))
      .filter(({ r, j }) => j === undefined || (verwacht(j) === 'buiten' && j.geboortedatum !== '2002-10-01') || schoolVan(j) !== r.brin);
    expect(rijen.length).toBeGreaterThan(200);
    expect(fout.map(({ r, j }) => JSON.stringify({ r, j }))).toEqual([]);
    const status = rijen
      .map((r) => [r, vsvStatus(vsvfeitUitProjectie(r, '2024-2025'), '2024-2025'), verwacht(perId.get(r.jongereId) as Jongere)] as const)
      .filter(([, a, b]) => a.replace('buiten-telling', 'buiten') !== b);
    expect(status.map(([r, a, b]) => JSON.stringify({ r, a, b, j: perId.get(r.jongereId) }))).toEqual([]);
  });

  it('the VSV rate of one gemeente equals the count worked out from the cohort itself', async () => {
    const verwachting = tel(jongeren.filter((j) => j.woon.gemeente === 'GM0345'));
    // The cohort reaches every branch of the definition, so the check means something.
    expect(verwachting.vsv).toBeGreaterThan(5);
    expect(jongeren.some((j) => j.woon.gemeente === 'GM0345' && verwacht(j) === 'buiten' && j.geboortedatum === '2002-10-01')).toBe(true);
    expect(jongeren.some((j) => j.woon.gemeente === 'GM0345' && verwacht(j) === 'geen-vsv' && j.mbo?.startkwalificatie === true)).toBe(true);
    const cijfers = await lees({ type: 'gemeente', code: 'GM0345' });
    expect(cijfers.codes).toEqual(['GM0345']);
    expect(cijfers.tabel.drempel).toBeNull();
    expect(cijfers.tabel.cellen).toEqual([[verwachting.vsv, verwachting.geenVsv]]);
    expect(cijfers.tabel.totaal).toBe(verwachting.deelnemers);
    const pct = cijfers.grafiek.reeksen.find((r) => r.code === 'vsv-percentage');
    expect(pct?.waarden).toEqual([verwachting.pct, verwachting.pct]);
    process.stdout.write(`VSV GM0345 2024-2025: ${verwachting.vsv} / ${verwachting.deelnemers} = ${verwachting.pct} %\n`);
  });

  it('an RMC sees its region per gemeente and per level; a school its own deelnemers', async () => {
    const regio = await lees({ type: 'rmc-regio', code: 'MC17' });
    expect(regio.codes).toEqual(['GM0307', 'GM0345']);
    expect(regio.tabel.cellen).toEqual(
      ['GM0307', 'GM0345'].map((g) => {
        const t = tel(jongeren.filter((j) => j.woon.gemeente === g));
        return [t.vsv, t.geenVsv];
      }),
    );
    const niveaus = await lees({ type: 'rmc-regio', code: 'MC17' }, { dimensie: 'niveau' });
    const inRegio = jongeren.filter((j) => j.woon.regio === 'MC17');
    const mbo2 = tel(inRegio.filter((j) => j.mbo?.niveau === 2 && schoolVan(j) === j.mbo.brin));
    expect(niveaus.tabel.cellen[niveaus.codes.indexOf('mbo-2')]).toEqual([mbo2.vsv, mbo2.geenVsv]);
    const pro = tel(inRegio.filter((j) => schoolVan(j) === '27DT' && j.vo?.onderwijstype === 'pro'));
    expect(niveaus.tabel.cellen[niveaus.codes.indexOf('pro')]).toEqual([pro.vsv, pro.geenVsv]);
    const school = await lees({ type: 'mbo-instelling', code: '25PJ' }, { dimensie: 'school' });
    const eigen = tel(jongeren.filter((j) => schoolVan(j) === '25PJ'));
    expect(school.codes).toEqual(['25PJ']);
    expect(school.tabel.cellen).toEqual([[eigen.vsv, eigen.geenVsv]]);
  });

  it('ops sees the totals with small cells suppressed; an export is suppressed too and shows the API figures', async () => {
    const ops = await lees({ type: 'ops', code: 'platform' }, { dimensie: 'school' });
    expect(ops.tabel.drempel).toBe(5);
    expect(ops.tabel.totaal).toBe(tel(jongeren).deelnemers);
    ops.codes.forEach((brin, r) => {
      const t = tel(jongeren.filter((j) => schoolVan(j) === brin));
      const [vsv, geen] = ops.tabel.cellen[r];
      if (t.vsv > 0 && t.vsv < 5) expect(vsv).toBeNull();
      if (vsv !== null) expect(vsv).toBe(t.vsv);
      if (geen !== null) expect(geen).toBe(t.geenVsv);
    });
    const intern = await lees({ type: 'gemeente', code: 'GM0345' }, {}, true);
    expect(intern.tabel.drempel).toBe(5);
    const csv = (await exporteer(vsvcijfersExport(intern), 'csv')).toString('utf8');
    const t = tel(jongeren.filter((j) => j.woon.gemeente === 'GM0345'));
    expect(csv).toContain(`;GM0345;vsv;${t.vsv};`);
  });

  it('over HTTP: the figures as JSON, and XLSX and PDF exports with exactly those figures, read back from the files', async () => {
    const haal = async (pad: string) => {
      const antwoord = await fetch(`${context.url}/api/rapportage/vsv${pad}?schooljaar=2024-2025&dimensie=gemeente`, {
        headers: { authorization: `Bearer ${await context.token({ type: 'ops', code: 'platform' }, ['ops'])}` },
      });
      expect(antwoord.status).toBe(200);
      return antwoord;
    };
    const api = (await (await haal('')).json()) as VsvAntwoord;
    expect(api.codes).toEqual(['GM0307', 'GM0345', 'GM0363']);
    expect(api.tabel.drempel).toBe(5);
    const xlsx = await haal('/export.xlsx');
    expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename="vsv-gemeente-2024-2025.xlsx"');
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(await xlsx.arrayBuffer());
    const blad = boek.worksheets[1];
    const rij = (n: number) => (blad.getRow(n).values as unknown[]).slice(1);
    const alsBestand = (w: number | null) => (w === null ? '–' : w);
    expect(rij(2)).toEqual(['', 'vsv', 'geen vsv', 'totaal']);
    api.tabel.rijen.forEach((g, r) => expect(rij(3 + r)).toEqual([g, ...api.tabel.cellen[r].map(alsBestand), alsBestand(api.tabel.rijtotalen[r])]));
    const pdf = Buffer.from(await (await haal('/export.pdf')).arrayBuffer());
    const regels = (await pdfTekst(pdf)).split('\n').map((r) => r.trim().replace(/\s+/g, ' '));
    expect(regels).toContain('Voortijdig schoolverlaters 2024-2025 per woongemeente');
    api.tabel.rijen.forEach((g, r) =>
      expect(regels).toContain([g, ...api.tabel.cellen[r].map(alsBestand), alsBestand(api.tabel.rijtotalen[r])].join(' ')),
    );
  });

  it('refuses a partner', async () => {
    await expect(lees({ type: 'partner', code: 'jongerenwerk' })).rejects.toBeInstanceOf(DomainError);
  });
});
