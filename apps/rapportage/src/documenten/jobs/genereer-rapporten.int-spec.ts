import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Organisatie, Role } from '@sluitend/auth';
import type { GegenereerdeDocumenten } from '@sluitend/contracts';
import { DemoClock, DueWorkSweeper } from '@sluitend/platform';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../app.module';
import { rapportageEnvSchema } from '../../config/rapportage-env';
import { pdfTekst } from '../../test-support/pdf-tekst.fixture';
import { RondesEnProgrammasRepository } from '../../trajectcijfers/database/rondes-en-programmas.repository';
import { TrajectcijfersRepository } from '../../trajectcijfers/database/trajectcijfers.repository';
import { RAPPORTEN_WERK } from './genereer-rapporten.job';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'rapportage', envSchema: rapportageEnvSchema, module: (env) => AppModule.forEnv(env), http: true });
});

afterAll(() => context?.close());

const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => context.dataSource.query(sql, params);
const sweep = () => context.app.get(DueWorkSweeper).sweep(RAPPORTEN_WERK);
const naar = (moment: string) => context.app.get(DemoClock).jumpTo(new Date(moment));
const documenten = (schooljaar: string) =>
  query<{ soort: string; organisatie_code: string; formaat: string; bestandsnaam: string }>(
    'SELECT soort, organisatie_code, formaat, bestandsnaam FROM rapportdocument WHERE schooljaar = $1 ORDER BY soort, organisatie_code, formaat',
    [schooljaar],
  );
const vraag = async (pad: string, org: Organisatie, rol: Role) =>
  fetch(`${context.url}${pad}`, { headers: { authorization: `Bearer ${await context.token(org, [rol])}` } });

const SCHOOL: Organisatie = { type: 'vo-school', code: '31QQ' };
const ANDERE_SCHOOL: Organisatie = { type: 'vo-school', code: '32RR' };
const REGIO: Organisatie = { type: 'rmc-regio', code: 'MC11' };
const RONDE = randomUUID();

/** The projection rows the reports read, written as the projections would (school year 2026-2027). */
async function cohort(): Promise<void> {
  for (let i = 0; i < 7; i++) {
    await query(
      `INSERT INTO overstap_dossierversie (dossier_id, versie, jongere_id, schooljaar, brin, vestiging, woongemeente, rmc_regio, onderwijstype, bestemming, ingediend_op)
       VALUES ($1, 1, $2, '2026-2027', $3, $4, 'GM0014', 'MC11', 'vmbo-kb', 'mbo', '2027-02-01T10:00:00+01:00')`,
      [randomUUID(), `jongere-${randomUUID()}`, SCHOOL.code, `${SCHOOL.code}00`],
    );
  }
  // Six cases closed in the region, through the projection's own write (it keeps the counts the report reads).
  await context.app.get(TrajectcijfersRepository).projecteer(
    context.dataSource,
    Array.from({ length: 6 }, () => ({
      casusId: randomUUID(),
      rmcRegio: REGIO.code,
      aanleiding: null,
      signaalSoort: null,
      geopendOp: null,
      status: null,
      statusOp: null,
      uitkomst: 'voltijd-onderwijs',
      afgeslotenOp: '2027-03-01T10:00:00+01:00',
      afgeslotenSchooljaar: '2026-2027',
      eersteContact: 'minder-dan-4-weken',
      intake: 'minder-dan-4-weken',
      samengevoegdIn: null,
    })),
  );
  // One outreach round of the region closed in the year (seed 001's numbers), through the projection's own write.
  await context.app.get(RondesEnProgrammasRepository).projecteerRondes(context.dataSource, [
    {
      rondeId: RONDE,
      rmcRegio: REGIO.code,
      afgeslotenOp: '2027-03-01',
      schooljaar: '2026-2027',
      aangeschreven: 257,
      zelfGereageerd: 52,
      telefonischBereikt: 62,
      andersBereikt: 46,
      nietBereikt: 90,
      nogOpen: 7,
      inBeeld: 160,
      overgedragenAan: { rmc: 11, jongerenwerk: 26, jongerenloket: 9 },
    },
  ]);
}

describe('scheduled generation of the yearly reports (GenereerRapportenJob)', () => {
  beforeAll(cohort);

  it('generates nothing before the configured day', async () => {
    await naar('2027-10-31T23:30:00+01:00');
    await sweep();
    expect(await documenten('2026-2027')).toEqual([]);
  });

  it('generates the tabellenboek per school with figures on 1 November, once: a second sweep does nothing', async () => {
    await naar('2027-11-01T00:05:00+01:00');
    await Promise.all([sweep(), sweep()]);
    const eerst = await documenten('2026-2027');
    expect(eerst.map((d) => [d.soort, d.organisatie_code, d.formaat])).toEqual([
      ['tabellenboek', SCHOOL.code, 'pdf'],
      ['tabellenboek', SCHOOL.code, 'xlsx'],
    ]);
    await sweep();
    expect(await documenten('2026-2027')).toEqual(eerst);
    const [planning] = await query<{ gegenereerd_op: Date | null }>(
      "SELECT gegenereerd_op FROM rapportplanning WHERE soort = 'tabellenboek' AND schooljaar = '2026-2027'",
    );
    expect(planning.gegenereerd_op).not.toBeNull();
    // the next year's generation of the same kind is planned
    const volgende = await query<{ due_at: Date }>("SELECT due_at FROM rapportplanning WHERE soort = 'tabellenboek' AND schooljaar = '2027-2028'");
    expect(volgende.map((v) => v.due_at.toISOString())).toEqual(['2028-10-31T23:00:00.000Z']);
  });

  it('generates the effectrapportage per region on 1 December, once', async () => {
    await naar('2027-12-01T00:10:00+01:00');
    await sweep();
    await sweep();
    expect((await documenten('2026-2027')).map((d) => [d.soort, d.organisatie_code, d.formaat])).toEqual([
      ['effectrapportage', REGIO.code, 'pdf'],
      ['effectrapportage', REGIO.code, 'xlsx'],
      ['tabellenboek', SCHOOL.code, 'pdf'],
      ['tabellenboek', SCHOOL.code, 'xlsx'],
    ]);
  });

  it('lists each organisation its own documents and serves the files through the export code', async () => {
    const lijst = async (org: Organisatie, rol: Role): Promise<GegenereerdeDocumenten> => {
      const antwoord = await vraag('/api/rapportage/documenten', org, rol);
      expect(antwoord.status).toBe(200);
      return (await antwoord.json()) as GegenereerdeDocumenten;
    };
    const vanSchool = (await lijst(SCHOOL, 'decaan')).documenten.filter((d) => d.schooljaar === '2026-2027');
    expect(vanSchool.map((d) => [d.soort, d.organisatie, d.formaat]).sort()).toEqual([
      ['tabellenboek', SCHOOL.code, 'pdf'],
      ['tabellenboek', SCHOOL.code, 'xlsx'],
    ]);
    expect((await lijst(ANDERE_SCHOOL, 'decaan')).documenten).toEqual([]);
    const vanRegio = (await lijst(REGIO, 'rmc-coordinator')).documenten;
    expect(vanRegio.every((d) => d.soort === 'effectrapportage' && d.organisatie === REGIO.code)).toBe(true);
    expect((await lijst({ type: 'ops', code: 'platform' }, 'ops')).documenten.length).toBeGreaterThanOrEqual(4);

    const pdf = vanSchool.find((d) => d.formaat === 'pdf');
    const xlsx = vanRegio.find((d) => d.formaat === 'xlsx');
    const pdfAntwoord = await vraag(`/api/rapportage/documenten/${pdf?.id}`, SCHOOL, 'decaan');
    expect(pdfAntwoord.status).toBe(200);
    expect(pdfAntwoord.headers.get('content-type')).toContain('application/pdf');
    const tekst = await pdfTekst(Buffer.from(await pdfAntwoord.arrayBuffer()));
    expect(tekst).toContain(`Tabellenboek ${SCHOOL.code} 2026-2027`);

    const xlsxAntwoord = await vraag(`/api/rapportage/documenten/${xlsx?.id}`, REGIO, 'rmc-coordinator');
    expect(xlsxAntwoord.status).toBe(200);
    const werkmap = new ExcelJS.Workbook();
    await werkmap.xlsx.load(Buffer.from(await xlsxAntwoord.arrayBuffer()) as unknown as ArrayBuffer);
    // The effectrapportage's three tables, then the region's outreach rounds (per round) and programme results.
    expect(werkmap.worksheets.map((blad) => (blad.getRow(1).values as unknown[])[1])).toEqual([
      'Effectrapportage 2026-2027',
      'Uitkomsten per RMC-regio',
      'Tijd tot eerste contact',
      'Tijd tot intake',
      'Reactie per benaderronde',
      'In beeld en overgedragen per benaderronde',
      'Deelnames gestart, naar resultaat',
      'Deelnames beëindigd, naar resultaat',
    ]);
    const rondeRij = (werkmap.worksheets[4].getRow(3).values as unknown[]).slice(1);
    expect(rondeRij).toEqual([`MC11 · 2027-03-01 · ${RONDE.slice(0, 8)}`, 52, 62, 46, 90, 7, 257]);

    // another organisation's document is not found; a gemeente has no documents at all
    expect((await vraag(`/api/rapportage/documenten/${pdf?.id}`, ANDERE_SCHOOL, 'decaan')).status).toBe(404);
    expect((await vraag(`/api/rapportage/documenten/${pdf?.id}`, REGIO, 'rmc-coordinator')).status).toBe(404);
    expect((await vraag('/api/rapportage/documenten', { type: 'gemeente', code: 'GM0014' }, 'leerplichtambtenaar')).status).toBe(403);
    expect((await vraag('/api/rapportage/documenten/niet-een-id', SCHOOL, 'decaan')).status).toBe(400);
  });
});
