import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from './app.module';
import { overstapEnvSchema } from './config/overstap-env';
import { OverstapFixture } from './shared/testing/overstap.fixture';

/**
 * The read audit for an organisation's functionaris gegevensbescherming (issue 11), over HTTP against the real
 * database: a read by a school's user is in that school's export and not in another organisation's, and the officer's
 * own reading of the audit is audited too.
 */
const fixture = new OverstapFixture(73);
let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'overstap', envSchema: overstapEnvSchema, module: (env) => AppModule.forEnv(env), http: true });
});

afterAll(() => context?.close());

const SCHOOL = { type: 'vo-school', code: '00AH' } as const;
const ANDERE_SCHOOL = { type: 'vo-school', code: '14RP' } as const;
const FG = ['functionaris-gegevensbescherming'] as const;

async function haal(pad: string, token: string) {
  const response = await fetch(`${context.url}/api/overstap${pad}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, type: response.headers.get('content-type') ?? '', tekst: await response.text() };
}

describe('the read audit for the functionaris gegevensbescherming', () => {
  it("puts a school user's read in that school's export, not in another organisation's, and audits the officer's reads", async () => {
    const school = await context.token(SCHOOL, ['schooladministratie']);
    const dossier = fixture.dossier();
    const ingediend = await fetch(`${context.url}/api/overstap/dossiers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${school}`, 'content-type': 'application/json' },
      body: JSON.stringify(dossier),
    });
    expect(ingediend.status).toBe(201);
    const { dossierId } = (await ingediend.json()) as { dossierId: string };
    expect((await haal(`/dossiers/${dossierId}`, school)).status).toBe(200);

    const [{ op }] = (await context.dataSource.query('SELECT op FROM inzage WHERE dossier_id = $1', [dossierId])) as Array<{ op: Date }>;
    const dag = 24 * 60 * 60 * 1000;
    const periode = `van=${encodeURIComponent(new Date(op.getTime() - dag).toISOString())}&tot=${encodeURIComponent(new Date(op.getTime() + dag).toISOString())}`;

    const eigen = await haal(`/audit/export.csv?${periode}`, await context.token(SCHOOL, [...FG]));
    expect({ status: eigen.status, type: eigen.type }).toEqual({ status: 200, type: expect.stringContaining('text/csv') });
    const regels = eigen.tekst.trim().split('\n');
    expect(regels[0]).toBe('op,gebruiker,organisatie,onderwerp,reden');
    expect(regels.filter((regel) => regel.includes(dossierId))).toEqual([expect.stringContaining(',vo-school:00AH,')]);
    expect(eigen.tekst).not.toContain(dossier.leerling.persoonsnummer);

    const ander = await haal(`/audit/export.csv?${periode}`, await context.token(ANDERE_SCHOOL, [...FG]));
    expect(ander.status).toBe(200);
    expect(ander.tekst).not.toContain(dossierId);
    expect(ander.tekst).not.toContain('vo-school:00AH');

    const pagina = await haal(`/audit?${periode}&limit=500`, await context.token(SCHOOL, [...FG]));
    expect(pagina.status).toBe(200);
    const body = JSON.parse(pagina.tekst) as { items: Array<{ onderwerp: string; reden: string; organisatie: string }> };
    expect(body.items.filter((item) => item.onderwerp === dossierId)).toHaveLength(1);
    expect(body.items.every((item) => item.organisatie === 'vo-school:00AH')).toBe(true);
    expect(body.items.map((item) => item.reden)).toContain('audit exporteren');

    expect((await haal(`/audit?${periode}`, school)).status).toBe(403);
  });

  it('refuses a period whose end is not after its start with 400 naming the field', async () => {
    const antwoord = await haal('/audit?van=2026-02-01T00:00:00Z&tot=2026-01-01T00:00:00Z', await context.token(SCHOOL, [...FG]));
    expect(antwoord.status).toBe(400);
    expect(antwoord.tekst).toContain('tot');
  });
});
