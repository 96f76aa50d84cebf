import { DossierImportRunner } from './dossier-import.runner';
import { DossierImportView, dossierImportSchema, type DienDossierIn as DossierInvoer } from '@sluitend/contracts';
import { DomainError } from '@sluitend/domain-nl';
import { serviceTestContext, ServiceTestContext, waitFor } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { overstapEnvSchema } from '../../../config/overstap-env';
import { OverstapFixture } from '../../../shared/testing/overstap.fixture';
import { BekijkDossierImport } from '../../queries/dossier-import/dossier-import';
import { DienDossierIn } from '../dien-dossier-in/dien-dossier-in';
import { ImporteerDossiers } from './importeer-dossiers';

const fixture = new OverstapFixture(41);
let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({
    service: 'overstap',
    envSchema: overstapEnvSchema,
    module: (env) => AppModule.forEnv(env),
    // The smallest cap on held upload bytes, to see it: every other file here is a few kB.
    env: { IMPORT_WACHTRIJ_MAX_BYTES: String(1024 * 1024) },
  });
});

afterAll(() => context?.close());

const KOP = ['schooljaar', 'brin', 'vestiging', 'bsn_of_onderwijsnummer', 'voornamen', 'achternaam', 'geboortedatum', 'postcode', 'woongemeente'];
const KOP_VERDER = [
  'onderwijstype',
  'leerjaar',
  'bestemming',
  'crebo_1',
  'niveau_1',
  'ondersteuning_nodig',
  'toestemming_delen',
  'akkoord_getekend_op',
];

/** The dossier as a row of a school administration's export (Dutch dates, ja/nee), cells overridable. */
const rij = (dossier: DossierInvoer, cellen: Record<string, string> = {}): string[] => {
  const [jaar, maand, dag] = dossier.leerling.geboortedatum.split('-');
  const waarden: Record<string, string> = {
    schooljaar: dossier.schooljaar,
    brin: dossier.school.brin,
    vestiging: dossier.school.vestiging,
    bsn_of_onderwijsnummer: dossier.leerling.persoonsnummer,
    voornamen: dossier.leerling.voornamen,
    achternaam: dossier.leerling.achternaam,
    geboortedatum: `${dag}-${maand}-${jaar}`,
    postcode: dossier.leerling.postcode,
    woongemeente: dossier.leerling.woongemeente,
    onderwijstype: dossier.opleiding.onderwijstype.toUpperCase(),
    leerjaar: String(dossier.opleiding.leerjaar),
    bestemming: dossier.keuze.bestemming,
    crebo_1: dossier.keuze.opleidingen[0]?.crebo ?? '',
    niveau_1: String(dossier.keuze.opleidingen[0]?.niveau ?? ''),
    ondersteuning_nodig: dossier.ondersteuning.nodig ? 'ja' : 'nee',
    toestemming_delen: dossier.ondersteuning.toestemmingDelen ? 'ja' : 'nee',
    akkoord_getekend_op: dossier.akkoordverklaring?.getekendOp ?? '',
    ...cellen,
  };
  return [...KOP, ...KOP_VERDER].map((kolom) => waarden[kolom]);
};
const csv = (rijen: string[][]) => [[...KOP, ...KOP_VERDER], ...rijen].map((cellen) => cellen.join(';')).join('\r\n') + '\r\n';

const school = () => context.claims({ type: 'vo-school', code: '00AH' }, ['schooladministratie']);
const dossiers = async () => Number((await context.dataSource.query('SELECT count(*) AS n FROM dossier'))[0].n);

/** Uploads the file and waits until its job has ended. */
async function importeer(tekst: string, modus: 'alles-of-niets' | 'per-rij' = 'alles-of-niets'): Promise<DossierImportView> {
  const job = await context.app.get(ImporteerDossiers).execute({ input: { tekst, modus }, actor: school(), correlationId: `import-${modus}` });
  expect(job.status).toBe('wachtend');
  const bekijk = context.app.get(BekijkDossierImport);
  const klaar = await waitFor(
    'the import job to end',
    async () => {
      const view = await bekijk.execute({ input: { jobId: job.jobId }, actor: school() });
      return ['voltooid', 'afgewezen', 'mislukt'].includes(view.status) ? view : undefined;
    },
    30_000,
  );
  return dossierImportSchema.parse(klaar);
}

describe('the CSV import of dossiers (use case and its background job against the real database)', () => {
  it('rejects a file with a bad row in alles-of-niets, naming the line, column, field and rule, and stores nothing', async () => {
    const goed = [fixture.dossier(), fixture.dossier(), fixture.dossier()];
    const klaar = await importeer(
      csv([rij(goed[0]), rij(goed[1], { geboortedatum: '31-02-2009' /* no such day */ }), rij(goed[2], { leerjaar: 'vier' })]),
    );
    expect(klaar).toMatchObject({ status: 'afgewezen', totaal: 3, gevalideerd: 3, verwerkt: 0, aangemaakt: 0, fouten: 2, meldingenTotaal: 2 });
    expect(klaar.meldingen).toEqual([
      { regel: 3, kolom: 'geboortedatum', field: 'leerling.geboortedatum', rule: 'invalid_format', message: expect.any(String) },
      { regel: 4, kolom: 'leerjaar', field: 'opleiding.leerjaar', rule: 'invalid_type', message: expect.any(String) },
    ]);
    expect(await dossiers()).toBe(0);
  });

  it("turns a row of another school's student into a transfer request, reporting its line, and stores the rest", async () => {
    const bestaand = fixture.dossier({ school: { brin: '01AB', vestiging: '01AB00' } });
    await context.app
      .get(DienDossierIn)
      .execute({ input: { dossiers: [bestaand] }, actor: context.claims({ type: 'vo-school', code: '01AB' }), correlationId: 'ander' });
    const voor = await dossiers();
    const klaar = await importeer(
      csv([rij(fixture.dossier()), rij(fixture.dossier()), rij({ ...bestaand, school: { brin: '00AH', vestiging: '00AH00' } })]),
    );
    expect(klaar).toMatchObject({ status: 'voltooid', verwerkt: 3, aangemaakt: 2, fouten: 0 });
    expect(klaar.meldingen).toEqual([
      { regel: 4, kolom: 'vestiging', field: 'school.vestiging', rule: 'dossier.overdracht-aangevraagd', message: expect.any(String) },
    ]);
    expect(await dossiers()).toBe(voor + 2);
    const open = async () =>
      Number(
        (await context.dataSource.query(`SELECT count(*) AS n FROM dossier_overdracht WHERE status = 'aangevraagd' AND naar_brin = '00AH'`))[0].n,
      );
    expect(await open()).toBe(1);

    const perRij = await importeer(
      csv([rij(fixture.dossier()), rij({ ...bestaand, school: { brin: '00AH', vestiging: '00AH00' } }), rij(fixture.dossier())]),
      'per-rij',
    );
    expect(perRij).toMatchObject({ status: 'voltooid', verwerkt: 3, aangemaakt: 2, fouten: 0 });
    expect(perRij.meldingen.map((melding) => [melding.regel, melding.rule])).toEqual([[3, 'dossier.overdracht-aangevraagd']]);
    expect(await dossiers()).toBe(voor + 4);
    // The same request again: its content replaced, still one open request.
    expect(await open()).toBe(1);
  });

  it('stores a good file as the JSON API would: the same dossiers sent again are ongewijzigd', async () => {
    const goed = [fixture.dossier(), fixture.dossier()];
    const voor = await dossiers();
    expect(await importeer(csv(goed.map((dossier) => rij(dossier))))).toMatchObject({ status: 'voltooid', aangemaakt: 2, fouten: 0 });
    expect(await dossiers()).toBe(voor + 2);
    const opnieuw = await context.app.get(DienDossierIn).execute({ input: { dossiers: goed }, actor: school(), correlationId: 'json' });
    expect(opnieuw.map((resultaat) => resultaat.status)).toEqual(['ongewijzigd', 'ongewijzigd']);
  });

  it("refuses at upload, starting no job, a file with another school's rows (their lines) or a wrong header", async () => {
    const jobs = async () => Number((await context.dataSource.query('SELECT count(*) AS n FROM dossier_import'))[0].n);
    const voor = await jobs();
    const upload = (tekst: string) =>
      context.app
        .get(ImporteerDossiers)
        .execute({ input: { tekst, modus: 'alles-of-niets' }, actor: school(), correlationId: 'upload' })
        .then(
          () => undefined,
          (error: unknown) => error as DomainError,
        );
    const vreemd = await upload(csv([rij(fixture.dossier()), rij(fixture.dossier({ school: { brin: '01AB', vestiging: '01AB00' } }))]));
    expect(vreemd).toBeInstanceOf(DomainError);
    expect({ kind: vreemd?.kind, code: vreemd?.code, issues: vreemd?.issues }).toEqual({
      kind: 'geen-toegang',
      code: 'auth.organisation-scope',
      issues: [{ row: 3, field: 'school.brin', rule: 'auth.organisation-scope', message: expect.any(String) }],
    });
    const kop = await upload('naam;klas\r\nSam;4B\r\n');
    expect({ kind: kop?.kind, code: kop?.code }).toEqual({ kind: 'ongeldig', code: 'csv.kolommen' });
    expect(await jobs()).toBe(voor);
  });

  it('refuses with 413, starting no job, a file that would take the held uploads past IMPORT_WACHTRIJ_MAX_BYTES', async () => {
    const jobs = async () => Number((await context.dataSource.query('SELECT count(*) AS n FROM dossier_import'))[0].n);
    const voor = await jobs();
    const runner = context.app.get(DossierImportRunner);
    expect(runner.bytesInGebruik()).toBe(0);
    const groot = csv([rij(fixture.dossier())]) + `${'x'.repeat(1024 * 1024)}\r\n`;
    const fout = await context.app
      .get(ImporteerDossiers)
      .execute({ input: { tekst: groot, modus: 'per-rij' }, actor: school(), correlationId: 'groot' })
      .then(
        () => undefined,
        (error: unknown) => error as DomainError,
      );
    expect({ kind: fout?.kind, code: fout?.code }).toEqual({ kind: 'te-groot', code: 'import.wachtrij-te-groot' });
    expect(await jobs()).toBe(voor);
    expect(runner.ruimte(1024 * 1024 - 10)).toBe('ja');
    expect(runner.ruimte(1024 * 1024 + 1)).toBe('te-groot');
  });
});
