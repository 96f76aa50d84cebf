import { generateTestBsn, mulberry32 } from '@sluitend/domain-nl';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { OpenCasus } from '../../../casussen/commands/open-casus/open-casus';
import { trajectenEnvSchema } from '../../../config/trajecten-env';
import { ImporteerDuoLijst } from './importeer-duo-lijst';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

const KOP = 'bsn_of_onderwijsnummer,geboortedatum,woongemeente,brin,onderwijssoort,opleidingscode,uitschrijfdatum';
const actor = () => context.claims({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']);
const importeer = (tekst: string) =>
  context.app.get(ImporteerDuoLijst).execute({ input: { soort: 'a01', tekst, datum: '2026-03-01' }, actor: actor(), correlationId: 'c' });
const tel = async (sql: string): Promise<number> => (await context.dataSource.query(sql))[0].n;

describe('DUO lists imported into cases (use case against the real database)', () => {
  it('1,000 rows: each valid one a new case or the open one, bad ones by line and rule, nothing for someone out of the target group; again: no new cases', async () => {
    const rng = mulberry32(7);
    const bsns = new Set<string>();
    const nieuwBsn = (): string => {
      const bsn = generateTestBsn(rng);
      if (bsns.has(bsn)) return nieuwBsn();
      bsns.add(bsn);
      return bsn;
    };
    const metOpenCasus = nieuwBsn();
    const open = await context.app
      .get(OpenCasus)
      .execute({ input: { persoonsnummer: metOpenCasus, aanleiding: 'school' }, actor: actor(), correlationId: 'c' });
    const regels = Array.from({ length: 1000 }, (_, i) => {
      if (i === 0) return `${metOpenCasus},2008-03-15,14,25LP,mbo,25180,2026-02-10`;
      if (i === 1) return `000000000,2008-03-15,14,25LP,vo,,2026-02-10`;
      if (i === 2) return `${nieuwBsn()},2003-02-15,14,25LP,vo,,2026-02-10`;
      return `${nieuwBsn()},2008-0${1 + (i % 9)}-15,14,25LP,mbo,25180,2026-02-${String(1 + (i % 28)).padStart(2, '0')}`;
    });
    const tekst = `${KOP}\n${regels.join('\n')}\n`;
    const casussenVoor = await tel('SELECT count(*)::int AS n FROM casus');

    const rapport = await importeer(tekst);
    expect(rapport).toMatchObject({
      soort: 'a01',
      rmcRegio: 'MC03',
      aantalRijen: 1000,
      telling: { ongeldig: 1, 'nieuwe-casus': 997, 'bij-open-casus': 1, 'buiten-doelgroep': 1 },
    });
    expect(rapport.regels.find((r) => r.regel === 2)).toEqual({ regel: 2, status: 'bij-open-casus', casusId: open.id, meldingen: [] });
    expect(rapport.regels.find((r) => r.regel === 3)).toMatchObject({
      status: 'ongeldig',
      casusId: null,
      meldingen: [expect.objectContaining({ kolom: 'bsn_of_onderwijsnummer', rule: 'persoonsnummer' })],
    });
    expect(rapport.regels.find((r) => r.regel === 4)).toMatchObject({ status: 'buiten-doelgroep', casusId: null });
    expect(JSON.stringify(rapport)).not.toContain(metOpenCasus);
    expect(await tel('SELECT count(*)::int AS n FROM casus')).toBe(casussenVoor + 997);
    expect(await tel("SELECT count(*)::int AS n FROM casus WHERE aanleiding = 'duo-lijst'")).toBe(997);
    expect(
      await tel(
        "SELECT count(*)::int AS n FROM outbox WHERE event_type = 'trajecten.casus.geopend' AND envelope -> 'payload' ->> 'aanleiding' = 'duo-lijst'",
      ),
    ).toBe(997);
    expect(await tel('SELECT count(*)::int AS n FROM duo_lijst_rij')).toBe(999);

    const opnieuw = await importeer(tekst);
    expect(opnieuw.telling).toEqual({ ongeldig: 1, 'nieuwe-casus': 0, 'bij-open-casus': 998, 'buiten-doelgroep': 1 });
    expect(await tel('SELECT count(*)::int AS n FROM casus')).toBe(casussenVoor + 997);
  });

  it('refuses a file with wrong columns, or no CSV, naming the problem; nothing is stored', async () => {
    const voor = await tel('SELECT count(*)::int AS n FROM duo_lijst');
    await expect(importeer('bsn,geboortedatum\n999605999,2008-01-01\n')).rejects.toMatchObject({ code: 'duo-lijst.kolommen', kind: 'ongeldig' });
    await expect(importeer(`${KOP}\n"999605999,2008\n`)).rejects.toMatchObject({
      code: 'duo-lijst.csv',
      issues: [expect.objectContaining({ rule: 'csv.ongeldig' })],
    });
    await expect(importeer(`${KOP}\n`)).rejects.toMatchObject({ code: 'duo-lijst.leeg' });
    expect(await tel('SELECT count(*)::int AS n FROM duo_lijst')).toBe(voor);
  });

  it('the oud-VSV list: a row out of school at least a school year opens a case; one who left this school year is reported', async () => {
    const kop = 'bsn_of_onderwijsnummer,geboortedatum,woongemeente,uitgeschreven_op';
    const rapport = await context.app.get(ImporteerDuoLijst).execute({
      input: {
        soort: 'oud-vsv',
        tekst: `${kop}\n999605999,2006-03-03,GM0014,2024-06-30\n101222331,2006-03-03,GM0014,2025-09-15\n`,
        datum: '2026-01-15',
      },
      actor: actor(),
      correlationId: 'c',
    });
    expect(rapport).toMatchObject({ soort: 'oud-vsv', telling: { 'nieuwe-casus': 1, ongeldig: 1 } });
    expect(rapport.regels[1]).toMatchObject({
      regel: 3,
      status: 'ongeldig',
      meldingen: [expect.objectContaining({ kolom: 'uitgeschreven_op', rule: 'oud-vsv.minstens-een-schooljaar' })],
    });
    const [lijst] = await context.dataSource.query(`SELECT soort, rapportagedatum::text AS datum FROM duo_lijst WHERE id = $1`, [rapport.lijstId]);
    expect(lijst).toEqual({ soort: 'oud-vsv', datum: '2026-01-15' });
  });
});
