import { randomUUID } from 'node:crypto';
import { DomainError } from '@sluitend/domain-nl';
import type { Organisatie } from '@sluitend/auth';
import type { VerzuimcijfersAntwoord } from '@sluitend/contracts';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { rapportageEnvSchema } from '../../../config/rapportage-env';
import { ProjecteerMeldingenMessage } from '../../commands/projecteer-meldingen/projecteer-meldingen.message';
import type { MeldingGebeurtenis } from '../../domain/meldingprojectie';
import { LeesVerzuimcijfers } from './verzuimcijfers';

const SOORTEN = ['zestien-uur', 'langdurig-relatief', 'luxe', 'rmc', 'overig'] as const;
const GEMEENTEN = [
  { gemeente: 'GM0014', regio: 'MC07' },
  { gemeente: 'GM0034', regio: 'MC07' },
  { gemeente: 'GM0363', regio: 'MC12' },
] as const;

interface Melding {
  meldingId: string;
  soort: (typeof SOORTEN)[number];
  brin: '00AH' | '01AB';
  woon: (typeof GEMEENTEN)[number];
  startdatum: string;
  leerplicht: boolean;
  rmc: boolean;
  ingetrokken: boolean;
}

function meldingen(): Melding[] {
  let x = 99;
  const volgende = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  const lijst: Melding[] = [];
  for (let i = 0; i < 300; i++) {
    const naar = volgende(3); // 0: leerplicht, 1: rmc, 2: both
    lijst.push({
      meldingId: randomUUID(),
      soort: SOORTEN[Math.min(volgende(7), 4)],
      brin: volgende(3) === 0 ? '01AB' : '00AH',
      woon: GEMEENTEN[volgende(3)],
      // 31 July belongs to 2025-2026, 1 August to the next year.
      startdatum: ['2025-09-01', '2026-02-10', '2026-07-31', '2026-08-01'][volgende(4)],
      leerplicht: naar !== 1,
      rmc: naar !== 0,
      ingetrokken: volgende(20) === 0,
    });
  }
  return lijst;
}

function gebeurtenissen(m: Melding): MeldingGebeurtenis[] {
  const geregistreerd = {
    signaalId: m.meldingId,
    meldingId: m.meldingId,
    soort: m.soort,
    startdatum: m.startdatum,
    einddatum: m.startdatum,
    urenGemist: 16,
    dagenGemist: 4,
    alleLessenGemist: false,
    verplicht: true,
    vervolgmelding: false,
    handmatig: false,
    brin: m.brin,
    woongemeente: m.woon.gemeente,
    rmcRegio: m.woon.regio,
  };
  const events: MeldingGebeurtenis[] = [];
  if (m.leerplicht) events.push(parsedEvent('verzuim.melding.voor-leerplicht', geregistreerd));
  if (m.rmc) events.push(parsedEvent('verzuim.melding.voor-rmc', geregistreerd));
  if (m.ingetrokken) {
    events.push(
      parsedEvent('verzuim.melding.ingetrokken', {
        meldingId: m.meldingId,
        soort: m.soort,
        startdatum: m.startdatum,
        brin: m.brin,
        reden: 'correctie',
      }),
    );
  }
  return events;
}

let context: ServiceTestContext;
let lees: (org: Organisatie) => Promise<VerzuimcijfersAntwoord>;
const set = meldingen();
const inJaar = set.filter((m) => m.startdatum !== '2026-08-01');

/** The table kind × (registered, withdrawn) counted by hand over the given meldingen. */
const perSoort = (lijst: Melding[]) =>
  SOORTEN.map((s) => [false, true].map((ing) => lijst.filter((m) => m.soort === s && m.ingetrokken === ing).length));

beforeAll(async () => {
  context = await serviceTestContext({ service: 'rapportage', envSchema: rapportageEnvSchema, module: (env) => AppModule.forEnv(env) });
  const message = context.app.get(ProjecteerMeldingenMessage);
  const deliver = (events: MeldingGebeurtenis[]) =>
    deliverThroughInbox(context.app, events, (fresh, inbox) => message.handle(fresh as MeldingGebeurtenis[], inbox));
  const leesVerzuimcijfers = context.app.get(LeesVerzuimcijfers);
  lees = (org) =>
    leesVerzuimcijfers.execute({ input: { schooljaar: '2025-2026' }, actor: context.claims(org), correlationId: randomUUID(), voorExport: false });
  // Per type in runs, withdrawals first (before their registration), every run delivered twice.
  const alle = set.flatMap(gebeurtenissen);
  for (const type of ['verzuim.melding.ingetrokken', 'verzuim.melding.voor-rmc', 'verzuim.melding.voor-leerplicht']) {
    const run = alle.filter((e) => e.type === type);
    expect(await deliver(run)).toHaveLength(run.length);
    expect(await deliver(run)).toHaveLength(0);
  }
  // A withdrawal whose registration never came: not a melding of the figures.
  await deliver([
    parsedEvent('verzuim.melding.ingetrokken', {
      meldingId: randomUUID(),
      soort: 'luxe',
      startdatum: '2026-02-10',
      brin: '00AH',
      reden: 'correctie',
    }),
  ]);
});

afterAll(() => context?.close());

describe('verzuim figures from verzuim events (against the real database)', () => {
  it('counts each melding once (for leerplicht and RMC alike) and gives a school its own, counted by hand', async () => {
    const [{ n }] = await context.dataSource.query('SELECT count(*)::int AS n FROM verzuim_melding');
    expect(n).toBe(set.length + 1);
    const cijfers = await lees({ type: 'vo-school', code: '00AH' });
    const eigen = inJaar.filter((m) => m.brin === '00AH');
    expect(cijfers.perSoortEnStatus.drempel).toBeNull();
    expect(cijfers.perSoortEnStatus.kolommen).toEqual(['geregistreerd', 'ingetrokken']);
    expect(cijfers.perSoortEnStatus.cellen).toEqual(perSoort(eigen));
    expect(cijfers.perSchool.rijen).toEqual(['00AH']);
    expect(cijfers.perGemeente.rijen).toEqual(['GM0014', 'GM0034', 'GM0363']);
    expect(cijfers.perGemeente.cellen).toEqual(
      ['GM0014', 'GM0034', 'GM0363'].map((g) => SOORTEN.map((s) => eigen.filter((m) => m.woon.gemeente === g && m.soort === s).length)),
    );
  });

  it("gives a gemeente its residents' meldingen and an RMC its region's", async () => {
    const gemeente = await lees({ type: 'gemeente', code: 'GM0363' });
    expect(gemeente.perSoortEnStatus.cellen).toEqual(perSoort(inJaar.filter((m) => m.woon.gemeente === 'GM0363')));
    expect(gemeente.perGemeente.rijen).toEqual(['GM0363']);
    const rmc = await lees({ type: 'rmc-regio', code: 'MC07' });
    expect(rmc.perSoortEnStatus.cellen).toEqual(perSoort(inJaar.filter((m) => m.woon.regio === 'MC07')));
    expect(rmc.perSchool.rijen).toEqual(['00AH', '01AB']);
  });

  it('gives ops everything, small counts suppressed in all three tables, every published count true', async () => {
    const cijfers = await lees({ type: 'ops', code: 'platform' });
    expect(cijfers.perSoortEnStatus.drempel).toBe(5);
    const echt = perSoort(inJaar);
    echt.forEach((rij, r) =>
      rij.forEach((n, k) => {
        const w = cijfers.perSoortEnStatus.cellen[r][k];
        if (n > 0 && n < 5) expect(w).toBeNull();
        if (w !== null) expect(w).toBe(n);
      }),
    );
    expect(cijfers.perSoortEnStatus.cellen.flat().some((w) => w === null)).toBe(true);
    // A total per kind hidden in one table is hidden in the others (shared totals).
    SOORTEN.forEach((_, k) => {
      const verborgen = [cijfers.perSoortEnStatus.rijtotalen[k], cijfers.perGemeente.kolomtotalen[k], cijfers.perSchool.kolomtotalen[k]].map(
        (w) => w === null,
      );
      expect(new Set(verborgen).size).toBe(1);
    });
  });

  it('refuses a partner', async () => {
    await expect(lees({ type: 'partner', code: 'jongerenwerk' })).rejects.toBeInstanceOf(DomainError);
  });
});
