import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Organisatie } from '@sluitend/auth';
import type { ZiekteverzuimcijfersAntwoord } from '@sluitend/contracts';
import { DomainError } from '@sluitend/domain-nl';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { rapportageEnvSchema } from '../../../config/rapportage-env';
import { pdfTekst } from '../../../test-support/pdf-tekst.fixture';
import { ProjecteerZiekteverzuimMessage } from '../../commands/projecteer-ziekteverzuim/projecteer-ziekteverzuim.message';
import type { ZiekteverzuimGebeurtenis } from '../../domain/ziekteverzuimprojectie';
import { LeesZiekteverzuimcijfers } from './ziekteverzuimcijfers';

/*
 * Synthetic M@ZL signals as verzuim publishes them: three schools, three woongemeenten (two in RMC-regio MC07, one in
 * MC03), both grounds, two school years, about one in six withdrawn (a correction or a merge). The expected tables
 * are counted below from the synthetic signals themselves with plain filters — not by the domain code or the SQL.
 */
const GRONDEN = ['vier-ziekmeldingen-in-twaalf-schoolweken', 'zevende-schooldag-ziek'] as const;
const SCHOLEN = ['00AH', '01AB', '02CD'] as const;
const GEMEENTEN = [
  { gemeente: 'GM0106', regio: 'MC07' },
  { gemeente: 'GM1680', regio: 'MC07' },
  { gemeente: 'GM0014', regio: 'MC03' },
] as const;
const JAAR = '2025-2026';

interface Signaal {
  signaalId: string;
  grond: (typeof GRONDEN)[number];
  brin: (typeof SCHOLEN)[number];
  woon: (typeof GEMEENTEN)[number];
  schooljaar: '2025-2026' | '2026-2027';
  datum: string;
  ingetrokken: 'correctie' | 'samengevoegd' | null;
}

function signalen(): Signaal[] {
  let x = 4122025;
  const kies = <T>(lijst: readonly T[]): T => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return lijst[(x >>> 12) % lijst.length];
  };
  const lijst: Signaal[] = [];
  for (let i = 0; i < 260; i++) {
    const schooljaar = kies(['2025-2026', '2025-2026', '2025-2026', '2026-2027'] as const);
    lijst.push({
      signaalId: randomUUID(),
      grond: kies(GRONDEN),
      // Few signals at 02CD, so it has small cells.
      brin: kies([...SCHOLEN, SCHOLEN[0], SCHOLEN[0], SCHOLEN[1], SCHOLEN[1]]),
      woon: kies(GEMEENTEN),
      schooljaar,
      datum: schooljaar === '2025-2026' ? kies(['2025-10-06', '2026-02-16', '2026-06-29']) : '2026-10-12',
      ingetrokken: kies([null, null, null, null, null, 'correctie', 'correctie', 'samengevoegd'] as const) ?? null,
    });
  }
  return lijst;
}

function gebeurtenissen(s: Signaal): ZiekteverzuimGebeurtenis[] {
  const events: ZiekteverzuimGebeurtenis[] = [
    parsedEvent(
      'verzuim.ziekteverzuim.zorgwekkend',
      {
        signaalId: s.signaalId,
        grond: s.grond,
        datum: s.datum,
        ziekmeldingen: s.grond === 'zevende-schooldag-ziek' ? [s.datum] : [s.datum, s.datum, s.datum, s.datum],
        schooljaar: s.schooljaar,
        brin: s.brin,
        woongemeente: s.woon.gemeente,
        kalenders: [s.brin],
      },
      { occurredAt: `${s.datum}T07:00:00.000Z` },
    ),
  ];
  if (s.ingetrokken !== null) {
    events.push(
      parsedEvent(
        'verzuim.ziekteverzuim.ingetrokken',
        { signaalId: s.signaalId, grond: s.grond, datum: s.datum, brin: s.brin, reden: s.ingetrokken },
        { occurredAt: `${s.datum}T15:00:00.000Z` },
      ),
    );
  }
  return events;
}

const set = signalen();
const inJaar = set.filter((s) => s.schooljaar === JAAR);
/** The columns in the API's order: per grond in force, then per grond withdrawn. */
const KOLOMMEN = [...GRONDEN.map((grond) => ({ grond, ingetrokken: false })), ...GRONDEN.map((grond) => ({ grond, ingetrokken: true }))];
/** One row of expected counts, by hand. */
const rij = (lijst: Signaal[]) => KOLOMMEN.map((k) => lijst.filter((s) => s.grond === k.grond && (s.ingetrokken !== null) === k.ingetrokken).length);
const codes = (lijst: Signaal[], sleutel: (s: Signaal) => string) => [...new Set(lijst.map(sleutel))].sort();
const verwacht = (lijst: Signaal[]) => ({
  scholen: codes(lijst, (s) => s.brin),
  perSchool: codes(lijst, (s) => s.brin).map((b) => rij(lijst.filter((s) => s.brin === b))),
  gemeenten: codes(lijst, (s) => s.woon.gemeente),
  perGemeente: codes(lijst, (s) => s.woon.gemeente).map((g) => rij(lijst.filter((s) => s.woon.gemeente === g))),
});

/** Every shown count is the true one, every true count 1–4 is hidden. */
function alsOnderdrukt(gepubliceerd: (number | null)[][], echt: number[][]): void {
  echt.forEach((r, i) =>
    r.forEach((n, k) => {
      const w = gepubliceerd[i][k];
      if (n > 0 && n < 5) expect(w).toBeNull();
      if (w !== null) expect(w).toBe(n);
    }),
  );
}

let context: ServiceTestContext;
let lees: (org: Organisatie, schooljaar?: string) => Promise<ZiekteverzuimcijfersAntwoord>;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'rapportage', envSchema: rapportageEnvSchema, module: (env) => AppModule.forEnv(env), http: true });
  const message = context.app.get(ProjecteerZiekteverzuimMessage);
  const deliver = (events: ZiekteverzuimGebeurtenis[]) =>
    deliverThroughInbox(context.app, events, (fresh, inbox) => message.handle(fresh as ZiekteverzuimGebeurtenis[], inbox));
  const alle = set.flatMap(gebeurtenissen);
  // Reversed, in two runs as the transport batches them: every withdrawal (its own chunk, before its signal), then the
  // signals — so the projection merges a row across chunks. Then all again in log order: the repeat is dropped whole.
  const ingetrokken = alle.filter((e) => e.type === 'verzuim.ziekteverzuim.ingetrokken').reverse();
  const zorgwekkend = alle.filter((e) => e.type === 'verzuim.ziekteverzuim.zorgwekkend').reverse();
  expect(await deliver(ingetrokken)).toHaveLength(ingetrokken.length);
  expect(await deliver(zorgwekkend)).toHaveLength(zorgwekkend.length);
  expect(await deliver(alle)).toHaveLength(0);
  // A withdrawal whose signal never came: no signal of the figures.
  await deliver([
    parsedEvent('verzuim.ziekteverzuim.ingetrokken', {
      signaalId: randomUUID(),
      grond: 'zevende-schooldag-ziek',
      datum: '2026-02-16',
      brin: '00AH',
      reden: 'correctie',
    }),
  ]);
  const leesCijfers = context.app.get(LeesZiekteverzuimcijfers);
  lees = (org, schooljaar = JAAR) =>
    leesCijfers.execute({ input: { schooljaar }, actor: context.claims(org), correlationId: randomUUID(), voorExport: false });
  const alles = verwacht(inJaar);
  const totaal = alles.perSchool.flat().reduce((a, b) => a + b, 0);
  process.stdout.write(
    `M@ZL ${JAAR}: ${totaal} signalen; per school ${alles.scholen.map((b, i) => `${b} [${alles.perSchool[i].join(', ')}]`).join(' ')}; ` +
      `per gemeente ${alles.gemeenten.map((g, i) => `${g} [${alles.perGemeente[i].join(', ')}]`).join(' ')}\n`,
  );
}, 120_000);

afterAll(() => context?.close());

describe('M@ZL figures from verzuim events (against the real database)', () => {
  it('projects one row per signal (a withdrawal kept in it, whichever came first) and counts each signal once', async () => {
    const [n] = await context.dataSource.query(
      `SELECT count(*)::int AS rijen, count(*) FILTER (WHERE ingetrokken_op IS NOT NULL)::int AS ingetrokken,
              count(*) FILTER (WHERE intrekkingsreden = 'samengevoegd')::int AS samengevoegd,
              (SELECT sum(aantal)::int FROM ziekteverzuim_telling) AS geteld FROM ziekteverzuim_signaal`,
    );
    expect(n).toEqual({
      rijen: set.length + 1,
      ingetrokken: set.filter((s) => s.ingetrokken !== null).length + 1,
      samengevoegd: set.filter((s) => s.ingetrokken === 'samengevoegd').length,
      geteld: set.length,
    });
  });

  it('a school its own students, per woongemeente, unsuppressed, counted by hand', async () => {
    const cijfers = await lees({ type: 'vo-school', code: '01AB' });
    const eigen = verwacht(inJaar.filter((s) => s.brin === '01AB'));
    expect(cijfers.perSchool.drempel).toBeNull();
    expect(cijfers.kolommen).toEqual(KOLOMMEN);
    expect(cijfers.perSchool.kolommen).toEqual([
      '4 ziekmeldingen in 12 schoolweken',
      '7e schooldag ziek',
      '4 ziekmeldingen in 12 schoolweken, ingetrokken',
      '7e schooldag ziek, ingetrokken',
    ]);
    expect(cijfers.perSchool.rijen).toEqual(['01AB']);
    expect(cijfers.perSchool.cellen).toEqual(eigen.perSchool);
    expect(cijfers.perGemeente.rijen).toEqual(eigen.gemeenten);
    expect(cijfers.perGemeente.cellen).toEqual(eigen.perGemeente);
    // Both grounds and withdrawals are there, so the check means something.
    expect(eigen.perSchool[0].every((n) => n > 0)).toBe(true);
    expect(cijfers.grafiekPerGemeente.as.codes).toEqual(eigen.gemeenten);
    expect(cijfers.grafiekPerSchool.reeksen.find((r) => r.code === 'totaal')?.waarden).toEqual([eigen.perSchool[0].reduce((a, b) => a + b, 0)]);
  });

  it("the GGD's jeugdarts the residents of its gemeente per school, unsuppressed; another school year apart", async () => {
    const cijfers = await lees({ type: 'ggd', code: 'GM0106' });
    const eigen = verwacht(inJaar.filter((s) => s.woon.gemeente === 'GM0106'));
    expect(cijfers.perGemeente.drempel).toBeNull();
    expect(cijfers.perGemeente.rijen).toEqual(['GM0106']);
    expect(cijfers.perGemeente.cellen).toEqual(eigen.perGemeente);
    expect(cijfers.perSchool.rijen).toEqual(eigen.scholen);
    expect(cijfers.perSchool.cellen).toEqual(eigen.perSchool);
    const volgend = await lees({ type: 'ggd', code: 'GM0106' }, '2026-2027');
    expect(volgend.perSchool.cellen).toEqual(verwacht(set.filter((s) => s.schooljaar === '2026-2027' && s.woon.gemeente === 'GM0106')).perSchool);
  });

  it('a gemeente its residents and an RMC-regio its gemeenten, suppressed (they do not read the signals)', async () => {
    const gemeente = await lees({ type: 'gemeente', code: 'GM0014' });
    const eigen = verwacht(inJaar.filter((s) => s.woon.gemeente === 'GM0014'));
    expect(gemeente.perSchool.drempel).toBe(5);
    expect(gemeente.perGemeente.rijen).toEqual(['GM0014']);
    expect(gemeente.perSchool.rijen).toEqual(eigen.scholen);
    alsOnderdrukt(gemeente.perSchool.cellen, eigen.perSchool);
    alsOnderdrukt(gemeente.perGemeente.cellen, eigen.perGemeente);
    const regio = await lees({ type: 'rmc-regio', code: 'MC07' });
    const inRegio = verwacht(inJaar.filter((s) => s.woon.regio === 'MC07'));
    expect(regio.perGemeente.rijen).toEqual(['GM0106', 'GM1680']);
    alsOnderdrukt(regio.perGemeente.cellen, inRegio.perGemeente);
    alsOnderdrukt(regio.perSchool.cellen, inRegio.perSchool);
  });

  it('ops all signals, small cells suppressed in both tables together, every published count true', async () => {
    const cijfers = await lees({ type: 'ops', code: 'platform' });
    const alles = verwacht(inJaar);
    expect(cijfers.perSchool.rijen).toEqual(['00AH', '01AB', '02CD']);
    expect(cijfers.perGemeente.rijen).toEqual(['GM0014', 'GM0106', 'GM1680']);
    alsOnderdrukt(cijfers.perSchool.cellen, alles.perSchool);
    alsOnderdrukt(cijfers.perGemeente.cellen, alles.perGemeente);
    expect(cijfers.perSchool.cellen.flat().some((w) => w === null)).toBe(true);
    expect(alles.perSchool.flat().some((n) => n > 0 && n < 5)).toBe(true);
    // A column total hidden in one table is hidden in the other; what is shown agrees.
    expect(cijfers.perSchool.kolomtotalen).toEqual(cijfers.perGemeente.kolomtotalen);
    expect(cijfers.perSchool.totaal).toBe(cijfers.perGemeente.totaal);
    // The chart gives the same published numbers, a hidden one as null and onderdrukt.
    const reeks = cijfers.grafiekPerSchool.reeksen[1];
    expect(reeks.waarden).toEqual(cijfers.perSchool.cellen.map((r) => r[1]));
    expect(reeks.onderdrukt).toEqual(cijfers.perSchool.cellen.map((r) => r[1] === null));
    expect(cijfers.grafiekPerSchool.drempel).toBe(5);
  });

  it('over HTTP: 400 naming the field for a bad school year; CSV, XLSX and PDF exports equal the API, a suppressed cell stays suppressed', async () => {
    const haal = async (pad: string, org: Organisatie, rol: string, query = `schooljaar=${JAAR}`) =>
      fetch(`${context.url}/api/rapportage/ziekteverzuim${pad}?${query}`, {
        headers: { authorization: `Bearer ${await context.token(org, [rol as never])}` },
      });
    const OPS: Organisatie = { type: 'ops', code: 'platform' };
    const fout = await haal('', OPS, 'ops', 'schooljaar=2025-2027');
    expect(fout.status).toBe(400);
    expect(fout.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(await fout.json())).toContain('schooljaar');
    expect((await haal('', { type: 'partner', code: 'jongerenwerk' }, 'trajectbegeleider')).status).toBe(403);
    const api = (await (await haal('', OPS, 'ops')).json()) as ZiekteverzuimcijfersAntwoord;
    const alsBestand = (w: number | null) => (w === null ? '–' : w);
    const tabellen = [
      { titel: 'Zorgwekkend ziekteverzuim per school', tabel: api.perSchool },
      { titel: 'Zorgwekkend ziekteverzuim per woongemeente', tabel: api.perGemeente },
    ];
    const csv = await haal('/export.csv', OPS, 'ops');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="ziekteverzuim-${JAAR}.csv"`);
    const regels = (await csv.text()).split('\r\n');
    for (const { titel, tabel } of tabellen)
      tabel.rijen.forEach((r, i) =>
        tabel.kolommen.forEach((k, j) => {
          const w = tabel.cellen[i][j];
          expect(regels).toContain(`${titel};${r};${k};${w === null ? '' : w};${w === null ? 'ja' : 'nee'}`);
        }),
      );
    const xlsx = await haal('/export.xlsx', OPS, 'ops');
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(await xlsx.arrayBuffer());
    tabellen.forEach(({ tabel }, t) => {
      const blad = boek.worksheets[1 + t];
      const regel = (n: number) => (blad.getRow(n).values as unknown[]).slice(1);
      expect(regel(2)).toEqual(['', ...tabel.kolommen, 'totaal']);
      tabel.rijen.forEach((r, i) => expect(regel(3 + i)).toEqual([r, ...tabel.cellen[i].map(alsBestand), alsBestand(tabel.rijtotalen[i])]));
    });
    const pdf = (await pdfTekst(Buffer.from(await (await haal('/export.pdf', OPS, 'ops')).arrayBuffer())))
      .split('\n')
      .map((r) => r.trim().replace(/\s+/g, ' '));
    expect(pdf).toContain(`Zorgwekkend ziekteverzuim (M@ZL) ${JAAR}`);
    for (const { tabel } of tabellen)
      tabel.rijen.forEach((r, i) => expect(pdf).toContain([r, ...tabel.cellen[i].map(alsBestand), alsBestand(tabel.rijtotalen[i])].join(' ')));
    // The jeugdarts reads its own unsuppressed, but its export leaves the organisation: suppressed, small cells hidden.
    const jeugdarts: Organisatie = { type: 'ggd', code: 'GM0014' };
    const eigen = verwacht(inJaar.filter((s) => s.woon.gemeente === 'GM0014'));
    const ggdCsv = (await (await haal('/export.csv', jeugdarts, 'jeugdarts')).text()).split('\r\n');
    eigen.scholen.forEach((b, i) =>
      KOLOMMEN.forEach((_, k) => {
        const n = eigen.perSchool[i][k];
        const kolom = api.perSchool.kolommen[k];
        if (n > 0 && n < 5) expect(ggdCsv).toContain(`Zorgwekkend ziekteverzuim per school;${b};${kolom};;ja`);
      }),
    );
    expect(eigen.perSchool.flat().some((n) => n > 0 && n < 5)).toBe(true);
  });

  it('refuses a partner', async () => {
    await expect(lees({ type: 'partner', code: 'jongerenwerk' })).rejects.toBeInstanceOf(DomainError);
  });
});
