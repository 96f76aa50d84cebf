import { Readable } from 'node:stream';
import { Claims } from '@sluitend/auth';
import { DomainError } from '@sluitend/domain-nl';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { verzuimEnvSchema } from '../../../config/verzuim-env';
import { ZetKalender } from '../../../kalenders/commands/zet-kalender/zet-kalender';
import { RegistreerLeerlingen } from '../../../leerlingen/commands/registreer-leerlingen/registreer-leerlingen';
import { LeesAbsentieImport } from '../../queries/absentie-import/lees-absentie-import';
import { VerzuimFixture } from '../../testing/verzuim.fixture';
import { AbsentieImportRunner } from './absentie-import.runner';
import { ImporteerAbsenties } from './importeer-absenties';

let context: ServiceTestContext;
let school: Claims;
const fixture = new VerzuimFixture(1402);
const KOP = 'bsn_of_onderwijsnummer;datum;ongeoorloofd;ziek';

beforeAll(async () => {
  context = await serviceTestContext({ service: 'verzuim', envSchema: verzuimEnvSchema, module: (env) => AppModule.forEnv(env) });
  school = context.claims({ type: 'vo-school', code: '99ZZ' });
  for (const jaar of ['2025-2026', '2026-2027'] as const) {
    await context.app
      .get(ZetKalender)
      .execute({ input: { schooljaar: jaar, kalender: VerzuimFixture.kalender(jaar) }, actor: school, correlationId: 'c-kalender' });
  }
});

afterAll(() => context?.close());

const registreer = async () => {
  const leerling = fixture.leerling({ woongemeente: 'GM0014' });
  const { leerlingIds } = await context.app
    .get(RegistreerLeerlingen)
    .execute({ input: { leerlingen: [leerling] }, actor: school, correlationId: 'c-leerling' });
  return { persoonsnummer: leerling.persoonsnummer, jongereId: leerlingIds[0] };
};

/** The file as a stream of small chunks (lines split across chunks), as a socket delivers it. */
const stroom = (tekst: string) => Readable.from((tekst.match(/[\s\S]{1,37}/g) ?? []).map((stuk) => Buffer.from(stuk)));

const importeer = async (tekst: string, extra: { max?: number; deel?: number } = {}) => {
  const job = await context.app
    .get(ImporteerAbsenties)
    .execute({ input: { bron: stroom(tekst), ...extra }, actor: school, correlationId: 'c-import' });
  await context.app.get(AbsentieImportRunner).klaar();
  return { job, nu: await context.app.get(LeesAbsentieImport).execute({ input: { jobId: job.jobId }, actor: school }) };
};

const telAbsenties = async (jongereId: string): Promise<number> =>
  (await context.dataSource.query('SELECT count(*)::int AS n FROM absentie WHERE jongere_id = $1', [jongereId]))[0].n;

describe('importeer absenties (streamed CSV job against the real database)', () => {
  it('reads the file in parts, stores the rows, evaluates the students and files the melding; the staged rows go', async () => {
    const a = await registreer();
    const b = await registreer();
    const regels = [
      ...['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04'].map((datum) => `${a.persoonsnummer};${datum};4;`),
      `${b.persoonsnummer};2025-09-01;;2`,
      `${b.persoonsnummer};2025-09-02;1;`,
    ];
    const { job, nu } = await importeer(`${KOP}\n${regels.join('\n')}\n`, { deel: 2 });
    expect(job).toMatchObject({ status: 'verwerken', gelezen: 6, fouten: 0, leerlingen: 2 });
    expect(nu).toMatchObject({
      status: 'klaar',
      gelezen: 6,
      leerlingen: 2,
      beoordeeld: 2,
      meldingen: { nieuw: 1, vervallen: 0, gewijzigd: 0 },
      rapport: [],
    });
    expect(nu.klaarOp).not.toBeNull();
    expect(await telAbsenties(a.jongereId)).toBe(4);
    expect(await telAbsenties(b.jongereId)).toBe(2);
    const [melding] = await context.dataSource.query(
      `SELECT soort, startdatum::text, einddatum::text, ontvanger FROM verzuimmelding WHERE jongere_id = $1`,
      [a.jongereId],
    );
    expect(melding).toEqual({ soort: 'zestien-uur', startdatum: '2025-09-01', einddatum: '2025-09-04', ontvanger: 'leerplichtambtenaar' });
    const [{ n }] = await context.dataSource.query('SELECT count(*)::int AS n FROM absentie_import_blok WHERE import_id = $1', [job.jobId]);
    expect(n).toBe(0);
  });

  it('a correction in a later file that withdraws the hours withdraws the melding', async () => {
    const a = await registreer();
    const dagen = ['2025-09-08', '2025-09-09', '2025-09-10', '2025-09-11'];
    const eerst = await importeer(`${KOP}\n${dagen.map((d) => `${a.persoonsnummer};${d};4;`).join('\n')}\n`);
    expect(eerst.nu.meldingen.nieuw).toBe(1);
    const daarna = await importeer(`${KOP}\n${a.persoonsnummer};2025-09-11;0;0\n`);
    expect(daarna.nu).toMatchObject({ status: 'klaar', meldingen: { nieuw: 0, vervallen: 1 } });
    expect(await telAbsenties(a.jongereId)).toBe(3);
  });

  it('reports every bad row by line, column and rule — across parts too — and stores nothing', async () => {
    const a = await registreer();
    const onbekend = fixture.bsn();
    const tekst = [
      KOP,
      `${a.persoonsnummer};2025-09-15;13;`, // line 2: more than 12 lesuren
      `${onbekend};2025-09-15;1;`, // line 3: not a student of the school
      `${a.persoonsnummer};2025-09-16;1;`, // line 4: fine
      `${a.persoonsnummer};2025-09-20;1;`, // line 5: a Saturday
      `${a.persoonsnummer};2025-09-16;2;`, // line 6: the same day as line 4, in the next part
      '',
    ].join('\n');
    const { job, nu } = await importeer(tekst, { deel: 3 });
    expect(job.status).toBe('afgewezen');
    expect(nu.fouten).toBe(4);
    expect(nu.rapport.map(({ regel, kolom, rule }) => ({ regel, kolom, rule }))).toEqual([
      { regel: 2, kolom: 'ongeoorloofd', rule: expect.any(String) },
      { regel: 3, kolom: 'bsn_of_onderwijsnummer', rule: 'leerling.geregistreerd' },
      { regel: 5, kolom: 'datum', rule: 'lesdag' },
      { regel: 6, kolom: 'datum', rule: 'uniek' },
    ]);
    expect(nu.rapport[3].message).toContain('regel 4');
    expect(await telAbsenties(a.jongereId)).toBe(0);
    const [{ n }] = await context.dataSource.query('SELECT count(*)::int AS n FROM absentie_import_blok WHERE import_id = $1', [job.jobId]);
    expect(n).toBe(0);
  });

  it('refuses more rows than allowed in the job report, and a wrong header before a job exists', async () => {
    const a = await registreer();
    const te = await importeer(`${KOP}\n${a.persoonsnummer};2025-09-22;1;\n${a.persoonsnummer};2025-09-23;1;\n`, { max: 1 });
    expect(te.nu).toMatchObject({ status: 'afgewezen', rapport: [expect.objectContaining({ kolom: '(bestand)', rule: 'absentie.csv-te-groot' })] });
    expect(await telAbsenties(a.jongereId)).toBe(0);

    const [{ n: voor }] = await context.dataSource.query('SELECT count(*)::int AS n FROM absentie_import');
    const fout = await context.app
      .get(ImporteerAbsenties)
      .execute({ input: { bron: stroom('bsn;datum\n1;2\n') }, actor: school, correlationId: 'c' })
      .catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(DomainError);
    expect((fout as DomainError).issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'bsn', rule: 'csv.kolom-onbekend', row: 1 })]),
    );
    const [{ n: na }] = await context.dataSource.query('SELECT count(*)::int AS n FROM absentie_import');
    expect(na).toBe(voor);
  });

  it('shows a job only to its own school', async () => {
    const a = await registreer();
    const { job } = await importeer(`${KOP}\n${a.persoonsnummer};2025-09-24;1;\n`);
    const ander = context.claims({ type: 'vo-school', code: '98YY' });
    await expect(context.app.get(LeesAbsentieImport).execute({ input: { jobId: job.jobId }, actor: ander })).rejects.toMatchObject({
      code: 'absentie-import.onbekend',
    });
  });
});
