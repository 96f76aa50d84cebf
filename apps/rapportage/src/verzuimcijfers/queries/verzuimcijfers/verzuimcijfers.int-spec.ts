import { randomUUID } from 'node:crypto';
import { DomainError } from '@sluitend/domain-nl';
import type { Organisatie } from '@sluitend/auth';
import type { VerzuimcijfersAntwoord } from '@sluitend/contracts';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { rapportageEnvSchema } from '../../../config/rapportage-env';
import { ProjecteerMeldingenMessage } from '../../commands/projecteer-meldingen/projecteer-meldingen.message';
import type { MeldingGebeurtenis } from '../../domain/meldingprojectie';
import { VerzuimcijfersRepository } from '../../database/verzuimcijfers.repository';
import { meldingcijfers, meldingcijfersUitTellingen } from '../../domain/meldingcijfers';
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
  /** The lifecycle after registration (when not withdrawn by a correction): days after registration of each step. */
  levensloop:
    | { soort: 'open' }
    | { soort: 'in-behandeling'; na: number }
    | { soort: 'afgesloten'; na: number; daarna: number }
    | { soort: 'tka'; na: number; viaBehandeling: boolean }
    | { soort: 'door-school-ingetrokken'; na: number };
}

const DAG = 86_400_000;
/** Registered at 10:00 Amsterdam summer time on the start date (whole days after it stay on the same local day). */
const registratie = (m: Melding) => Date.parse(`${m.startdatum}T10:00:00+02:00`);
const na = (m: Melding, dagen: number) => new Date(registratie(m) + dagen * DAG).toISOString();

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
      levensloop: levensloop(volgende),
    });
  }
  return lijst;
}

function levensloop(volgende: (n: number) => number): Melding['levensloop'] {
  const na = [0, 1, 2, 3, 5, 7, 8, 13, 14, 15, 21, 28, 29, 40][volgende(14)];
  switch (volgende(6)) {
    case 0:
      return { soort: 'open' };
    case 1:
      return { soort: 'in-behandeling', na };
    case 2:
    case 3:
      return { soort: 'afgesloten', na, daarna: [0, 6, 20, 60][volgende(4)] };
    case 4:
      return { soort: 'tka', na, viaBehandeling: volgende(2) === 0 };
    default:
      return { soort: 'door-school-ingetrokken', na };
  }
}

/** The status the test expects for a melding, decided here from its fate (not by the code under test). */
const STATUSSEN = ['geregistreerd', 'in-behandeling', 'afgesloten', 'ter-kennisgeving-aangenomen', 'ingetrokken'] as const;
function verwachteStatus(m: Melding): (typeof STATUSSEN)[number] {
  if (m.ingetrokken) return 'ingetrokken';
  const l = m.levensloop;
  return l.soort === 'open'
    ? 'geregistreerd'
    : l.soort === 'in-behandeling'
      ? 'in-behandeling'
      : l.soort === 'afgesloten'
        ? 'afgesloten'
        : l.soort === 'tka'
          ? 'ter-kennisgeving-aangenomen'
          : 'ingetrokken';
}

/** Days to in behandeling / to afgesloten by hand; null when the melding never got there. */
function dagenTot(m: Melding): { inBehandeling: number | null; afgesloten: number | null } {
  const l = m.levensloop;
  if (m.ingetrokken) return { inBehandeling: null, afgesloten: null };
  if (l.soort === 'in-behandeling') return { inBehandeling: l.na, afgesloten: null };
  if (l.soort === 'afgesloten') return { inBehandeling: l.na, afgesloten: l.na + l.daarna };
  if (l.soort === 'tka' && l.viaBehandeling) return { inBehandeling: l.na, afgesloten: null };
  return { inBehandeling: null, afgesloten: null };
}

function statusEvents(m: Melding): MeldingGebeurtenis[] {
  if (m.ingetrokken) return [];
  const basis = { meldingId: m.meldingId, soort: m.soort, startdatum: m.startdatum, brin: m.brin, masFase: null, masRoute: null };
  const stap = (actie: 'in-behandeling-nemen' | 'afsluiten' | 'ter-kennisgeving-aannemen' | 'intrekken', van: string, naar: string, dagen: number) =>
    parsedEvent('verzuim.melding.status-gewijzigd', {
      ...basis,
      actie,
      vanStatus: van as never,
      naarStatus: naar as never,
      sluitreden: actie === 'afsluiten' ? 'terug-naar-school' : null,
      gewijzigdOp: na(m, dagen),
    });
  const l = m.levensloop;
  switch (l.soort) {
    case 'open':
      return [];
    case 'in-behandeling':
      return [stap('in-behandeling-nemen', 'geregistreerd', 'in-behandeling', l.na)];
    case 'afgesloten':
      return [
        stap('in-behandeling-nemen', 'geregistreerd', 'in-behandeling', l.na),
        stap('afsluiten', 'in-behandeling', 'afgesloten', l.na + l.daarna),
      ];
    case 'tka':
      return l.viaBehandeling
        ? [
            stap('in-behandeling-nemen', 'geregistreerd', 'in-behandeling', l.na),
            stap('ter-kennisgeving-aannemen', 'in-behandeling', 'ter-kennisgeving-aangenomen', l.na + 1),
          ]
        : [stap('ter-kennisgeving-aannemen', 'geregistreerd', 'ter-kennisgeving-aangenomen', l.na)];
    case 'door-school-ingetrokken':
      return [stap('intrekken', 'geregistreerd', 'ingetrokken', l.na)];
  }
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
  const occurredAt = new Date(registratie(m)).toISOString();
  if (m.leerplicht) events.push(parsedEvent('verzuim.melding.voor-leerplicht', geregistreerd, { occurredAt }));
  if (m.rmc) events.push(parsedEvent('verzuim.melding.voor-rmc', geregistreerd, { occurredAt }));
  if (m.ingetrokken) {
    events.push(
      parsedEvent(
        'verzuim.melding.ingetrokken',
        {
          meldingId: m.meldingId,
          soort: m.soort,
          startdatum: m.startdatum,
          brin: m.brin,
          reden: 'correctie',
        },
        { occurredAt: na(m, 1) },
      ),
    );
  }
  events.push(...statusEvents(m));
  return events;
}

let context: ServiceTestContext;
let lees: (org: Organisatie) => Promise<VerzuimcijfersAntwoord>;
const set = meldingen();
const inJaar = set.filter((m) => m.startdatum !== '2026-08-01');

/** The table kind × status counted by hand over the given meldingen. */
const perSoort = (lijst: Melding[]) =>
  SOORTEN.map((s) => STATUSSEN.map((st) => lijst.filter((m) => m.soort === s && verwachteStatus(m) === st).length));
/** The class of a number of days, by hand: ≤ 2, ≤ 7, ≤ 14, ≤ 28, more. */
const klasse = (d: number) => [2, 7, 14, 28].filter((grens) => d > grens).length;
/** Per kind: the classes, then still waiting, then ended another way. */
const tijden = (lijst: Melding[], welke: 'inBehandeling' | 'afgesloten') =>
  SOORTEN.map((s) => {
    const rij = [0, 0, 0, 0, 0, 0, 0];
    for (const m of lijst.filter((x) => x.soort === s)) {
      const d = dagenTot(m)[welke];
      const st = verwachteStatus(m);
      if (d !== null) rij[klasse(d)]++;
      else if (st === 'geregistreerd' || (welke === 'afgesloten' && st === 'in-behandeling')) rij[5]++;
      else rij[6]++;
    }
    return rij;
  });
/** Nearest-rank median by hand. */
const mediaan = (waarden: number[]) => (waarden.length === 0 ? null : [...waarden].sort((a, b) => a - b)[Math.ceil(waarden.length / 2) - 1]);

beforeAll(async () => {
  context = await serviceTestContext({ service: 'rapportage', envSchema: rapportageEnvSchema, module: (env) => AppModule.forEnv(env) });
  const message = context.app.get(ProjecteerMeldingenMessage);
  const deliver = (events: MeldingGebeurtenis[]) =>
    deliverThroughInbox(context.app, events, (fresh, inbox) => message.handle(fresh as MeldingGebeurtenis[], inbox));
  const leesVerzuimcijfers = context.app.get(LeesVerzuimcijfers);
  lees = (org) =>
    leesVerzuimcijfers.execute({ input: { schooljaar: '2025-2026' }, actor: context.claims(org), correlationId: randomUUID(), voorExport: false });
  // Per type in runs, status changes and withdrawals first (before their registration), every run delivered twice.
  const alle = set.flatMap(gebeurtenissen);
  for (const type of [
    'verzuim.melding.status-gewijzigd',
    'verzuim.melding.ingetrokken',
    'verzuim.melding.voor-rmc',
    'verzuim.melding.voor-leerplicht',
  ]) {
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
    expect(cijfers.perSoortEnStatus.kolommen).toEqual([
      'geregistreerd',
      'in behandeling',
      'afgesloten',
      'ter kennisgeving aangenomen',
      'ingetrokken',
    ]);
    expect(cijfers.perSoortEnStatus.cellen).toEqual(perSoort(eigen));
    expect(cijfers.perSchool.rijen).toEqual(['00AH']);
    expect(cijfers.perGemeente.rijen).toEqual(['GM0014', 'GM0034', 'GM0363']);
    expect(cijfers.perGemeente.cellen).toEqual(
      ['GM0014', 'GM0034', 'GM0363'].map((g) => SOORTEN.map((s) => eigen.filter((m) => m.woon.gemeente === g && m.soort === s).length)),
    );
  });

  it('status per school and gemeente, and the time to handling in classes and medians, counted by hand', async () => {
    const cijfers = await lees({ type: 'rmc-regio', code: 'MC07' });
    const eigen = inJaar.filter((m) => m.woon.regio === 'MC07');
    expect(cijfers.perSchoolEnStatus?.rijen).toEqual(['00AH', '01AB']);
    expect(cijfers.perSchoolEnStatus?.cellen).toEqual(
      ['00AH', '01AB'].map((b) => STATUSSEN.map((st) => eigen.filter((m) => m.brin === b && verwachteStatus(m) === st).length)),
    );
    expect(cijfers.perGemeenteEnStatus?.cellen).toEqual(
      ['GM0014', 'GM0034'].map((g) => STATUSSEN.map((st) => eigen.filter((m) => m.woon.gemeente === g && verwachteStatus(m) === st).length)),
    );
    expect(cijfers.totInBehandeling.cellen).toEqual(tijden(eigen, 'inBehandeling'));
    expect(cijfers.totAfgesloten.cellen).toEqual(tijden(eigen, 'afgesloten'));
    // Every melding in one column: the rows count the same meldingen as per kind and status.
    expect(cijfers.totInBehandeling.rijtotalen).toEqual(cijfers.perSoortEnStatus.rijtotalen);
    expect(cijfers.totAfgesloten.rijtotalen).toEqual(cijfers.perSoortEnStatus.rijtotalen);
    SOORTEN.forEach((s, k) => {
      const vanSoort = eigen.filter((m) => m.soort === s).map(dagenTot);
      expect(cijfers.mediaanDagen[k].totInBehandeling.mediaan).toBe(
        mediaan(vanSoort.flatMap((d) => (d.inBehandeling === null ? [] : [d.inBehandeling]))),
      );
      expect(cijfers.mediaanDagen[k].totAfgesloten.mediaan).toBe(mediaan(vanSoort.flatMap((d) => (d.afgesloten === null ? [] : [d.afgesloten]))));
    });
    expect(cijfers.mediaanDagen[5].totAfgesloten.mediaan).toBe(
      mediaan(eigen.map(dagenTot).flatMap((d) => (d.afgesloten === null ? [] : [d.afgesloten]))),
    );
    // The closing reason is kept with the melding.
    const [{ n }] = await context.dataSource.query(`SELECT count(*)::int AS n FROM verzuim_melding WHERE sluitreden = 'terug-naar-school'`);
    expect(n).toBe(set.filter((m) => !m.ingetrokken && m.levensloop.soort === 'afgesloten').length);
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
    // The times to handling are suppressed with them; the status per school/gemeente does not leave the organisation.
    expect(cijfers.totInBehandeling.drempel).toBe(5);
    tijden(inJaar, 'afgesloten').forEach((rij, r) =>
      rij.forEach((n, k) => {
        const w = cijfers.totAfgesloten.cellen[r][k];
        if (n > 0 && n < 5) expect(w).toBeNull();
        if (w !== null) expect(w).toBe(n);
      }),
    );
    expect(cijfers.perSchoolEnStatus).toBeNull();
    expect(cijfers.perGemeenteEnStatus).toBeNull();
    // A total per kind hidden in one table is hidden in the others (shared totals).
    SOORTEN.forEach((_, k) => {
      const verborgen = [
        cijfers.perSoortEnStatus.rijtotalen[k],
        cijfers.perGemeente.kolomtotalen[k],
        cijfers.perSchool.kolomtotalen[k],
        cijfers.totInBehandeling.rijtotalen[k],
        cijfers.totAfgesloten.rijtotalen[k],
      ].map((w) => w === null);
      expect(new Set(verborgen).size).toBe(1);
    });
  });

  it('counts kept beside the projection give the same figures as the meldingen read one by one (ops reads the counts)', async () => {
    const repository = context.app.get(VerzuimcijfersRepository);
    for (const schooljaar of ['2025-2026', '2026-2027']) {
      const uitRijen = meldingcijfers(
        await repository.meldingen(context.dataSource, schooljaar, { brin: null, woongemeente: null, rmcRegio: null, onderdrukken: false }),
      );
      const uitTellingen = meldingcijfersUitTellingen(await repository.tellingen(context.dataSource, schooljaar));
      if (schooljaar === '2025-2026') expect(uitTellingen.perSoortEnStatus.cellen.flat().reduce((a, b) => a + b, 0)).toBeGreaterThan(200);
      for (const tabel of ['perSoortEnStatus', 'perGemeente', 'perSchool', 'totInBehandeling', 'totAfgesloten'] as const) {
        expect(uitTellingen[tabel]).toEqual(uitRijen[tabel]);
      }
      const gesorteerd = (d: { totInBehandeling: number[]; totAfgesloten: number[] }[]) =>
        d.map((x) => ({
          totInBehandeling: [...x.totInBehandeling].sort((a, b) => a - b),
          totAfgesloten: [...x.totAfgesloten].sort((a, b) => a - b),
        }));
      expect(gesorteerd(uitTellingen.dagen)).toEqual(gesorteerd(uitRijen.dagen));
    }
  });

  it('refuses a partner', async () => {
    await expect(lees({ type: 'partner', code: 'jongerenwerk' })).rejects.toBeInstanceOf(DomainError);
  });
});
