import { dienDossierInSchema } from '@sluitend/contracts';
import { alleRmcRegios, isTestBsn, isValidOnderwijsnummer, mulberry32, rmcRegioVanGemeente } from '@sluitend/domain-nl';
import { Cohort, generateCohort, testBsnCapaciteit } from './cohort-generator';
import { snelleMulberry32 } from './kansen';
import { schoolRegister } from './school-register';

const SCHOOLJAAR = '2025-2026';
const share = (count: number, total: number) => count / total;
const regioVanVestiging = new Map(schoolRegister().vo.map((v) => [v.vestiging, v.rmcRegio]));

describe('generateCohort for MC03 + MC07', () => {
  let cohort: Cohort;
  beforeAll(() => {
    cohort = generateCohort({ seed: 42, regios: ['MC03', 'MC07'], schooljaar: SCHOOLJAAR });
    console.log(`MC03+MC07 seed 42: ${JSON.stringify(cohort.stats)}`);
  });

  it('has a realistic size: about leerlingen / 6 for every vestiging of the two regions (none for BRUGJAAR)', () => {
    const { dossiers, vestigingen } = cohort;
    expect(vestigingen.length).toBeGreaterThan(40);
    expect(vestigingen.every((v) => v.rmcRegio === 'MC03' || v.rmcRegio === 'MC07')).toBe(true);
    const structuur = new Map(schoolRegister().vo.map((v) => [v.vestiging, v.onderwijsstructuur.join('/')]));
    const metVertrekkers = vestigingen.filter((v) => structuur.get(v.vestiging) !== 'BRUGJAAR');
    expect(vestigingen.filter((v) => structuur.get(v.vestiging) === 'BRUGJAAR').every((v) => v.aantal === 0)).toBe(true);
    const leerlingen = metVertrekkers.reduce((sum, v) => sum + v.leerlingen, 0);
    expect(dossiers.length).toBeGreaterThan(leerlingen / 6 - 100);
    expect(dossiers.length).toBeLessThan(leerlingen / 6 + 100);
    expect(vestigingen.reduce((sum, v) => sum + v.aantal, 0)).toBe(dossiers.length);
  });

  it('generates only dossiers that pass dienDossierInSchema, unchanged by parsing', () => {
    const parsed = cohort.dossiers.map((dossier) => dienDossierInSchema.parse(dossier));
    expect(parsed).toEqual(cohort.dossiers);
  });

  it('gives every pupil a unique test BSN', () => {
    const nummers = cohort.dossiers.map((d) => d.leerling.persoonsnummer);
    expect(new Set(nummers).size).toBe(nummers.length);
    expect(nummers.every(isTestBsn)).toBe(true);
    expect(cohort.stats.onderwijsnummers).toBe(0);
  });

  it('lets ~20 % live in another gemeente, ~5 % in another RMC region', () => {
    const { dossiers, stats } = cohort;
    const andereRegio = dossiers.filter(
      (d) => rmcRegioVanGemeente(d.leerling.woongemeente)?.code !== regioVanVestiging.get(d.school.vestiging),
    ).length;
    expect(andereRegio).toBe(stats.andereRegio);
    expect(share(andereRegio, dossiers.length)).toBeGreaterThan(0.035);
    expect(share(andereRegio, dossiers.length)).toBeLessThan(0.065);
    expect(share(stats.andereGemeente, dossiers.length)).toBeGreaterThan(0.15);
    expect(share(stats.andereGemeente, dossiers.length)).toBeLessThan(0.25);
    // Seed 002: Drenthe youth at Groningen schools.
    const drentheInGroningen = dossiers.filter(
      (d) => regioVanVestiging.get(d.school.vestiging) === 'MC03' && rmcRegioVanGemeente(d.leerling.woongemeente)?.code === 'MC07',
    );
    expect(drentheInGroningen.length).toBeGreaterThan(10);
  });

  it('keeps the school postcode area for pupils living in its gemeente', () => {
    const register = new Map(schoolRegister().vo.map((v) => [v.vestiging, v]));
    const thuis = cohort.dossiers.filter((d) => d.leerling.woongemeente === register.get(d.school.vestiging)?.gemeentecode);
    expect(thuis.every((d) => d.leerling.postcode.slice(0, 4) === register.get(d.school.vestiging)?.postcode.slice(0, 4))).toBe(true);
  });

  it('fits leerjaar, age, bestemming and programmes to the onderwijstype', () => {
    const leeftijdOp1Oktober = (geboortedatum: string) => {
      const [jaar, maand, dag] = geboortedatum.split('-').map(Number);
      return 2025 - jaar - (maand > 10 || (maand === 10 && dag > 1) ? 1 : 0);
    };
    const afwijkend = cohort.dossiers.filter(({ opleiding, leerling, keuze }) => {
      const leeftijd = leeftijdOp1Oktober(leerling.geboortedatum);
      const type = opleiding.onderwijstype;
      const passend =
        (type.startsWith('vmbo') ? [3, 4].includes(opleiding.leerjaar) && leeftijd >= 15 && leeftijd <= 17 : true) &&
        (type === 'havo' ? opleiding.leerjaar === 5 && leeftijd >= 16 && leeftijd <= 18 : true) &&
        (type === 'vwo' ? opleiding.leerjaar === 6 && leeftijd >= 17 && leeftijd <= 19 : true) &&
        keuze.opleidingen.length > 0 === (keuze.bestemming === 'mbo') &&
        keuze.opleidingen.length <= 2;
      return !passend;
    });
    expect(afwijkend).toEqual([]);
    const vmbo = cohort.dossiers.filter((d) => d.opleiding.onderwijstype.startsWith('vmbo'));
    expect(share(vmbo.filter((d) => d.keuze.bestemming === 'mbo').length, vmbo.length)).toBeGreaterThan(0.85);
    const havoVwo = cohort.dossiers.filter((d) => ['havo', 'vwo'].includes(d.opleiding.onderwijstype));
    expect(share(havoVwo.filter((d) => d.keuze.bestemming === 'hbo').length, havoVwo.length)).toBeGreaterThan(0.75);
    expect(havoVwo.some((d) => d.keuze.bestemming === 'mbo')).toBe(true);
    expect(cohort.dossiers.filter((d) => d.opleiding.onderwijstype === 'pro').every((d) => d.opleiding.uitstroomprofiel)).toBe(true);
  });

  it('records support needs for ~20 % (mostly with consent) and an akkoordverklaring for ~90 %', () => {
    const { dossiers } = cohort;
    const nodig = dossiers.filter((d) => d.ondersteuning.nodig);
    expect(share(nodig.length, dossiers.length)).toBeGreaterThan(0.15);
    expect(share(nodig.length, dossiers.length)).toBeLessThan(0.25);
    expect(share(nodig.filter((d) => d.ondersteuning.toestemmingDelen).length, nodig.length)).toBeGreaterThan(0.75);
    expect(dossiers.every((d) => d.ondersteuning.toelichting === undefined || d.ondersteuning.toestemmingDelen)).toBe(true);
    const getekend = dossiers.filter((d) => d.akkoordverklaring).length;
    expect(share(getekend, dossiers.length)).toBeGreaterThan(0.87);
    expect(share(getekend, dossiers.length)).toBeLessThan(0.93);
  });

  it('keeps fate hints beside the dossiers, with realistic shares', () => {
    const { dossiers, fates } = cohort;
    expect(fates).toHaveLength(dossiers.length);
    const afwijkend = fates.filter((fate, i) => {
      const mboOpTijd = ['op-tijd', 'uitval', 'switch'].includes(fate.plan);
      return !(
        fate.persoonsnummer === dossiers[i].leerling.persoonsnummer &&
        fate.vestiging === dossiers[i].school.vestiging &&
        (fate.plan === 'geen-mbo') === (dossiers[i].keuze.bestemming !== 'mbo') &&
        (fate.aanmeldOp === undefined) === (fate.plan === 'nooit' || fate.plan === 'geen-mbo') &&
        (fate.plan !== 'laat' || fate.aanmeldOp! > '2026-04-01') &&
        (!mboOpTijd || (fate.aanmeldOp! >= '2025-12-01' && fate.aanmeldOp! <= '2026-04-01'))
      );
    });
    expect(afwijkend).toEqual([]);
    const mbo = fates.filter((f) => f.plan !== 'geen-mbo');
    const aandeel = (plan: string) => share(mbo.filter((f) => f.plan === plan).length, mbo.length);
    expect(aandeel('op-tijd')).toBeGreaterThan(0.75);
    expect(aandeel('laat')).toBeGreaterThan(0.05);
    expect(aandeel('laat')).toBeLessThan(0.09);
    expect(aandeel('nooit')).toBeGreaterThan(0.015);
    expect(aandeel('nooit')).toBeLessThan(0.045);
    expect(aandeel('uitval') + aandeel('switch')).toBeGreaterThan(0.07);
    expect(Object.keys(dossiers[0])).not.toContain('plan');
  });

  it('is deterministic for a seed, and independent of the order of the regions', () => {
    expect(generateCohort({ seed: 42, regios: ['MC07', 'mc03'], schooljaar: SCHOOLJAAR })).toEqual(cohort);
    const ander = generateCohort({ seed: 43, regios: ['MC03', 'MC07'], schooljaar: SCHOOLJAAR });
    expect(ander.dossiers.map((d) => d.leerling.persoonsnummer)).not.toEqual(cohort.dossiers.map((d) => d.leerling.persoonsnummer));
  });

  it("generates a vestiging's pupils the same whatever other regions are chosen, mostly with the same number", () => {
    const zonderNummer = (c: Cohort) => c.dossiers.map(({ leerling: { persoonsnummer: _p, ...leerling }, ...rest }) => ({ ...rest, leerling }));
    const mc07 = generateCohort({ seed: 42, regios: ['MC07'], schooljaar: SCHOOLJAAR });
    const inBeide = cohort.dossiers.filter((d) => regioVanVestiging.get(d.school.vestiging) === 'MC07');
    expect(zonderNummer(mc07)).toEqual(zonderNummer({ ...cohort, dossiers: inBeide }));
    const zelfdeNummer = mc07.dossiers.filter((d, i) => d.leerling.persoonsnummer === inBeide[i].leerling.persoonsnummer).length;
    expect(share(zelfdeNummer, mc07.dossiers.length)).toBeGreaterThan(0.9);
  });

  it('adds pupils, keeping the first ones, when the fraction grows', () => {
    const half = generateCohort({ seed: 42, regios: ['MC07'], schooljaar: SCHOOLJAAR, fraction: 0.5 });
    const perVestiging = (dossiers: Cohort['dossiers']) => {
      const map = new Map<string, Cohort['dossiers']>();
      for (const d of dossiers) map.set(d.school.vestiging, [...(map.get(d.school.vestiging) ?? []), d]);
      return map;
    };
    const heel = perVestiging(cohort.dossiers);
    let zelfdeNummer = 0;
    for (const [vestiging, dossiers] of perVestiging(half.dossiers)) {
      const eerste = (heel.get(vestiging) ?? []).slice(0, dossiers.length);
      const zonderNummer = (d: Cohort['dossiers'][number]) => JSON.stringify({ ...d, leerling: { ...d.leerling, persoonsnummer: '' } });
      expect(dossiers.map(zonderNummer)).toEqual(eerste.map(zonderNummer));
      zelfdeNummer += dossiers.filter((d, i) => d.leerling.persoonsnummer === eerste[i].leerling.persoonsnummer).length;
    }
    expect(share(zelfdeNummer, half.dossiers.length)).toBeGreaterThan(0.9);
  });

  it('scales with fraction and caps per vestiging', () => {
    const half = generateCohort({ seed: 42, regios: ['MC03', 'MC07'], schooljaar: SCHOOLJAAR, fraction: 0.5 });
    expect(share(half.dossiers.length, cohort.dossiers.length)).toBeCloseTo(0.5, 1);
    const klein = generateCohort({ seed: 42, regios: ['MC03', 'MC07'], schooljaar: SCHOOLJAAR, maxPerVestiging: 5 });
    expect(klein.vestigingen.every((v) => v.aantal <= 5)).toBe(true);
    expect(klein.dossiers.length).toBeLessThanOrEqual(5 * klein.vestigingen.length);
  });

  it('rejects unknown regions and malformed options', () => {
    expect(() => generateCohort({ seed: 1, regios: ['MC14'], schooljaar: SCHOOLJAAR })).toThrow('MC14');
    expect(() => generateCohort({ seed: 1, regios: [], schooljaar: SCHOOLJAAR })).toThrow();
    expect(() => generateCohort({ seed: 1, regios: ['MC03'], schooljaar: '2025-2027' })).toThrow('schooljaar');
    expect(() => generateCohort({ seed: 1, regios: ['MC03'], schooljaar: SCHOOLJAAR, fraction: -1 })).toThrow('fraction');
  });
});

describe('generateCohort for the whole country', () => {
  it('produces a benchmark-sized cohort in a few seconds, unique persoonsnummers included', () => {
    const started = Date.now();
    const cohort = generateCohort({ seed: 7, regios: alleRmcRegios().map((r) => r.code), schooljaar: SCHOOLJAAR });
    const seconden = (Date.now() - started) / 1000;
    console.log(
      `whole country seed 7, fraction 1: ${cohort.stats.dossiers} dossiers, ${cohort.stats.vestigingen} vestigingen, ` +
        `${cohort.stats.scholen} schools, ${cohort.stats.onderwijsnummers} onderwijsnummers, ${seconden.toFixed(1)} s`,
    );
    expect(cohort.dossiers.length).toBeGreaterThan(50_000);
    const nummers = cohort.dossiers.map((d) => d.leerling.persoonsnummer);
    expect(new Set(nummers).size).toBe(nummers.length);
    // The test-BSN range (~90,900 numbers) is too small for a whole-country cohort: the rest get onderwijsnummers.
    const bsns = nummers.filter(isTestBsn).length;
    expect(bsns).toBe(Math.floor(testBsnCapaciteit() * 0.9));
    expect(nummers.filter(isValidOnderwijsnummer).length).toBe(cohort.stats.onderwijsnummers);
    expect(bsns + cohort.stats.onderwijsnummers).toBe(nummers.length);
    for (let i = 0; i < cohort.dossiers.length; i += 97) dienDossierInSchema.parse(cohort.dossiers[i]);
  });
});

describe('helpers', () => {
  it('snelleMulberry32 gives the same sequence as mulberry32', () => {
    for (const seed of [0, 1, 42, 2 ** 32 - 1, 123456789]) {
      const a = mulberry32(seed);
      const b = snelleMulberry32(seed);
      expect(Array.from({ length: 1000 }, b)).toEqual(Array.from({ length: 1000 }, a));
    }
  });

  it('knows the size of the test-BSN range', () => {
    expect(testBsnCapaciteit()).toBeGreaterThan(90_000);
    expect(testBsnCapaciteit()).toBeLessThan(91_000);
  });
});
