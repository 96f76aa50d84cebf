import { DienDossierIn, UITSTROOMPROFIELEN } from '@sluitend/contracts';
import {
  ELFPROEF_GEWICHTEN,
  MboNiveau,
  Rng,
  TEST_BSN_PREFIX,
  gemeente,
  gemeentenInRegio,
  generateTestBsn,
  isSchooljaar,
  generateTestOnderwijsnummer,
  rmcRegioVanCode,
  startjaarVan,
} from '@sluitend/domain-nl';
import { dagNummer, dagTussen, fnv1a, isoDag, kans, kies, kiesGewogen, snelleMulberry32, tussen } from './kansen';
import { ACHTERNAMEN, VOORNAMEN_JONGENS, VOORNAMEN_MEISJES } from './namen';
import { VOORBEELD_OPLEIDINGEN } from './opleidingen';
import { Coordinaat, MboLocatie, SchoolRegister, VoStructuur, VoVestiging, afstandMaat, schoolRegister } from './school-register';

export type Onderwijstype = DienDossierIn['opleiding']['onderwijstype'];
export type Bestemming = DienDossierIn['keuze']['bestemming'];
export type Uitstroomprofiel = (typeof UITSTROOMPROFIELEN)[number];

/**
 * What will happen to a pupil later in the year, for simulators that play the rest of the overstap (aanmeldingen,
 * inschrijving, uitval). Only pupils heading to mbo get one of the first five:
 * - `op-tijd`: applies on or before 1 April and starts the programme (≈ 80 %);
 * - `laat`: applies after 1 April (≈ 7 %);
 * - `nooit`: never applies — the "missed 1 April" signal (≈ 3 %);
 * - `uitval`: applies on time, enrols, drops out in the first year (≈ 6 %);
 * - `switch`: applies on time, enrols, switches programme in the first year (≈ 4 %).
 * `geen-mbo`: the dossier's bestemming is not mbo (havo, hbo, werk, …).
 */
export const PLANNEN = ['op-tijd', 'laat', 'nooit', 'uitval', 'switch', 'geen-mbo'] as const;
export type Plan = (typeof PLANNEN)[number];

/** A pupil's fate hint; kept next to, never inside, the dossier (same index in `Cohort.fates`). */
export interface LeerlingFate {
  readonly persoonsnummer: string;
  readonly vestiging: string;
  readonly plan: Plan;
  /** Day of the first aanmelding (`YYYY-MM-DD`); none for `nooit` and `geen-mbo`. */
  readonly aanmeldOp?: string;
}

export interface CohortOpties {
  readonly seed: number;
  /** RMC regions by code (`['MC03', 'MC07']`): every VO vestiging whose gemeente lies in one of them takes part. */
  readonly regios: readonly string[];
  /** `2025-2026`. */
  readonly schooljaar: string;
  /** Scales the number of leavers per vestiging (default 1 ≈ leerlingen / 6). */
  readonly fraction?: number;
  readonly maxPerVestiging?: number;
  /** Defaults to the shipped school lists. */
  readonly register?: SchoolRegister;
}

export interface CohortVestiging {
  readonly vestiging: string;
  readonly brin: string;
  readonly naam: string;
  readonly gemeentecode: string;
  readonly rmcRegio: string;
  readonly leerlingen: number;
  /** The source has no pupil count: the median of vestigingen with the same onderwijsstructuur was used. */
  readonly leerlingenGeschat: boolean;
  readonly aantal: number;
}

export interface CohortStats {
  readonly dossiers: number;
  readonly vestigingen: number;
  readonly scholen: number;
  /** Living in another gemeente than the school's. */
  readonly andereGemeente: number;
  /** Living in a gemeente of another RMC region than the school's (counted in `andereGemeente` too). */
  readonly andereRegio: number;
  /** Pupils who got a (test) onderwijsnummer because the test-BSN range was nearly used up. */
  readonly onderwijsnummers: number;
  readonly perOnderwijstype: Readonly<Record<string, number>>;
  readonly perBestemming: Readonly<Record<string, number>>;
  readonly perPlan: Readonly<Record<string, number>>;
}

export interface Cohort {
  readonly dossiers: DienDossierIn[];
  /** Same order as `dossiers`. */
  readonly fates: LeerlingFate[];
  /** The participating vestigingen, by code. */
  readonly vestigingen: CohortVestiging[];
  readonly stats: CohortStats;
}

// Module copies of hot Math functions (global lookups are slow under jest's sandbox; see snelleMulberry32).
const { floor, max, min } = Math;

/** Leavers per year as a share of a vestiging's pupils (about one year group of a 4–6 year school). */
const VERTREKKERS_PER_LEERLING = 1 / 6;
/** Share of the test-BSN range handed out before pupils get onderwijsnummers (keeps the unique draws cheap). */
const BSN_BENUTTING = 0.9;

/**
 * A synthetic cohort of VO leavers (DOMAIN.md "Overstap") for the given RMC regions: for every VO vestiging in those
 * regions about `leerlingen / 6 × fraction` pupils, each a `DienDossierIn` that passes `dienDossierInSchema`.
 * Deterministic for `seed` + `schooljaar`; a vestiging's pupils do not depend on which other regions are chosen.
 * Persoonsnummers come from the test-BSN range `999…`, unique within the cohort; a pupil keeps its number across
 * region choices unless it collided with another pupil of the cohort. Two cohorts generated separately (other
 * regions) can still share a number between two different pupils: seed one database from one cohort.
 *
 * The test-BSN range holds about 90,900 numbers. A cohort larger than 90 % of that (the whole country at
 * fraction ≥ ~0.5) gives a random part of its pupils a generated onderwijsnummer instead (`stats.onderwijsnummers`);
 * there is no reserved test range for those (see `generateTestOnderwijsnummer`).
 */
export function generateCohort(opties: CohortOpties): Cohort {
  const { seed, schooljaar } = opties;
  const fraction = opties.fraction ?? 1;
  const startjaar = controleer(opties, fraction);
  const regios = new Set(opties.regios.map((code) => code.trim().toUpperCase()));
  const context = contextVan(opties.register ?? schoolRegister());

  const drafts: (Draft & { sleutel: string })[] = [];
  const vestigingen: CohortVestiging[] = [];
  for (const school of context.voOpCode) {
    if (school.rmcRegio === undefined || school.gemeentecode === undefined || !regios.has(school.rmcRegio)) continue;
    const rng = snelleMulberry32(fnv1a(`${seed}|${schooljaar}|${school.vestiging}`));
    const leerlingen = school.leerlingen ?? context.mediaanLeerlingen(school.onderwijsstructuur);
    const typen = typeGewichten(school.onderwijsstructuur);
    const verwacht = typen.length === 0 ? 0 : leerlingen * VERTREKKERS_PER_LEERLING * fraction;
    let aantal = Math.floor(verwacht) + (kans(rng, verwacht - Math.floor(verwacht)) ? 1 : 0);
    if (opties.maxPerVestiging !== undefined) aantal = Math.min(aantal, opties.maxPerVestiging);
    vestigingen.push({
      vestiging: school.vestiging,
      brin: school.brin,
      naam: school.naam,
      gemeentecode: school.gemeentecode,
      rmcRegio: school.rmcRegio,
      leerlingen,
      leerlingenGeschat: school.leerlingen === undefined,
      aantal,
    });
    if (aantal === 0) continue;
    const omgeving = context.omgeving(school);
    for (let i = 0; i < aantal; i++) {
      drafts.push({ sleutel: `${school.vestiging}|${i}`, ...maakLeerling(rng, school, omgeving, typen, schooljaar, startjaar) });
    }
  }

  const nummers = kenPersoonsnummersToe(
    drafts.map((draft) => draft.sleutel),
    `${seed}|${schooljaar}|persoonsnummer`,
  );
  const dossiers: DienDossierIn[] = [];
  const fates: LeerlingFate[] = [];
  const tel = { perOnderwijstype: {} as Record<string, number>, perBestemming: {} as Record<string, number>, perPlan: {} as Record<string, number> };
  let andereGemeente = 0;
  let andereRegio = 0;
  drafts.forEach((draft, index) => {
    const persoonsnummer = nummers.nummers[index];
    dossiers.push({ ...draft.dossier, leerling: { persoonsnummer, ...draft.dossier.leerling } });
    fates.push({ persoonsnummer, ...draft.fate });
    if (draft.andereGemeente) andereGemeente++;
    if (draft.andereRegio) andereRegio++;
    verhoog(tel.perOnderwijstype, draft.dossier.opleiding.onderwijstype);
    verhoog(tel.perBestemming, draft.dossier.keuze.bestemming);
    verhoog(tel.perPlan, draft.fate.plan);
  });

  return {
    dossiers,
    fates,
    vestigingen,
    stats: {
      dossiers: dossiers.length,
      vestigingen: vestigingen.length,
      scholen: new Set(vestigingen.map((v) => v.brin)).size,
      andereGemeente,
      andereRegio,
      onderwijsnummers: nummers.onderwijsnummers,
      ...tel,
    },
  };
}

function controleer(opties: CohortOpties, fraction: number): number {
  if (!Number.isInteger(opties.seed)) throw new RangeError('seed moet een geheel getal zijn');
  if (!isSchooljaar(opties.schooljaar)) {
    throw new RangeError(`schooljaar moet JJJJ-JJJJ zijn (bijv. 2025-2026), niet ${opties.schooljaar}`);
  }
  if (!Number.isFinite(fraction) || fraction < 0) throw new RangeError('fraction moet een getal ≥ 0 zijn');
  if (opties.maxPerVestiging !== undefined && !(Number.isInteger(opties.maxPerVestiging) && opties.maxPerVestiging >= 0)) {
    throw new RangeError('maxPerVestiging moet een geheel getal ≥ 0 zijn');
  }
  if (opties.regios.length === 0) throw new RangeError('geef minstens één RMC-regio, bijv. MC03');
  const onbekend = opties.regios.filter((code) => rmcRegioVanCode(code) === undefined);
  if (onbekend.length > 0) throw new RangeError(`onbekende RMC-regio: ${onbekend.join(', ')}`);
  return startjaarVan(opties.schooljaar);
}

const verhoog = (teller: Record<string, number>, sleutel: string) => {
  teller[sleutel] = (teller[sleutel] ?? 0) + 1;
};

// ---------------------------------------------------------------------------------------------------------------
// Persoonsnummers

let bsnCapaciteit: number | undefined;

/** How many distinct BSNs `generateTestBsn` can produce (8-digit prefixes in the test range with a check digit). */
export function testBsnCapaciteit(): number {
  if (bsnCapaciteit !== undefined) return bsnCapaciteit;
  const vrij = 8 - TEST_BSN_PREFIX.length;
  let aantal = 0;
  for (let n = 0; n < 10 ** vrij; n++) {
    const acht = TEST_BSN_PREFIX + String(n).padStart(vrij, '0');
    let som = 0;
    for (let i = 0; i < 8; i++) som += Number(acht[i]) * ELFPROEF_GEWICHTEN[i];
    if (som % 11 <= 9) aantal++;
  }
  bsnCapaciteit = aantal;
  return aantal;
}

/**
 * Unique persoonsnummers for the pupils, in order. Each pupil draws from its own stream (seed, schooljaar, vestiging,
 * rank), so it gets the same number whichever regions are generated with it, unless an earlier pupil of this cohort
 * already holds that number (then it draws again). When the cohort outgrows the test-BSN budget, the pupils with the
 * highest first draw get a test onderwijsnummer instead.
 */
function kenPersoonsnummersToe(sleutels: readonly string[], basis: string): { nummers: string[]; onderwijsnummers: number } {
  const aantal = sleutels.length;
  const budget = floor(testBsnCapaciteit() * BSN_BENUTTING);
  const overloop = max(0, aantal - budget);
  if (overloop > budget * 9) throw new RangeError(`cohort van ${aantal} leerlingen is te groot voor unieke testnummers`);
  const rngs = sleutels.map((sleutel) => snelleMulberry32(fnv1a(`${basis}|${sleutel}`)));
  const prioriteit = rngs.map((rng) => rng());
  const viaOnderwijsnummer = new Set<number>();
  if (overloop > 0) {
    const volgorde = Array.from({ length: aantal }, (_, i) => i).sort((a, b) => prioriteit[b] - prioriteit[a] || a - b);
    for (let i = 0; i < overloop; i++) viaOnderwijsnummer.add(volgorde[i]);
  }
  const gebruikt = new Set<string>();
  const nummers: string[] = [];
  for (let i = 0; i < aantal; i++) {
    const trek = viaOnderwijsnummer.has(i) ? generateTestOnderwijsnummer : generateTestBsn;
    let nummer = trek(rngs[i]);
    while (gebruikt.has(nummer)) nummer = trek(rngs[i]);
    gebruikt.add(nummer);
    nummers.push(nummer);
  }
  return { nummers, onderwijsnummers: overloop };
}

// ---------------------------------------------------------------------------------------------------------------
// Register context: sorted vestigingen, gemeente centroids, postcodes, nearby mbo locations and gemeenten

interface Omgeving {
  readonly school: VoVestiging;
  readonly postcode4: string;
  readonly mbo: readonly (readonly [MboLocatie, number])[];
  readonly andereGemeentenInRegio: readonly string[];
  readonly gemeentenAndereRegio: readonly (readonly [string, number])[];
  readonly postcodes4: (gemeentecode: string) => readonly string[];
}

interface Context {
  readonly voOpCode: readonly VoVestiging[];
  readonly mediaanLeerlingen: (structuur: readonly VoStructuur[]) => number;
  readonly omgeving: (school: VoVestiging) => Omgeving;
}

const contexten = new WeakMap<SchoolRegister, Context>();

function contextVan(register: SchoolRegister): Context {
  const bestaand = contexten.get(register);
  if (bestaand) return bestaand;

  const voOpCode = [...register.vo].sort((a, b) => (a.vestiging < b.vestiging ? -1 : a.vestiging > b.vestiging ? 1 : 0));

  const perStructuur = new Map<string, number[]>();
  for (const school of register.vo) {
    if (school.leerlingen === undefined) continue;
    const sleutel = school.onderwijsstructuur.join('/');
    perStructuur.set(sleutel, [...(perStructuur.get(sleutel) ?? []), school.leerlingen]);
  }
  const mediaan = (waarden: number[]) => {
    const s = [...waarden].sort((a, b) => a - b);
    return s.length === 0 ? 0 : s[Math.floor(s.length / 2)];
  };
  const algemeen = mediaan(register.vo.flatMap((school) => (school.leerlingen === undefined ? [] : [school.leerlingen])));
  const mediaanLeerlingen = (structuur: readonly VoStructuur[]) => {
    const waarden = perStructuur.get(structuur.join('/'));
    return waarden ? mediaan(waarden) : algemeen;
  };

  // Gemeente centroids (mean of its VO vestigingen) and the postcode areas seen per gemeente.
  const som = new Map<string, { lon: number; lat: number; n: number }>();
  const pc4 = new Map<string, Set<string>>();
  const voegPc4 = (code: string | undefined, postcode: string | undefined) => {
    if (code === undefined || postcode === undefined) return;
    pc4.set(code, (pc4.get(code) ?? new Set()).add(postcode.slice(0, 4)));
  };
  for (const school of register.vo) {
    voegPc4(school.gemeentecode, school.postcode);
    if (school.gemeentecode === undefined || school.coordinaat === undefined) continue;
    const s = som.get(school.gemeentecode) ?? { lon: 0, lat: 0, n: 0 };
    som.set(school.gemeentecode, { lon: s.lon + school.coordinaat.lon, lat: s.lat + school.coordinaat.lat, n: s.n + 1 });
  }
  for (const locatie of register.mbo) voegPc4(locatie.gemeentecode, locatie.postcode);
  const postcodes = new Map([...pc4].map(([code, set]) => [code, [...set].sort()]));
  const centroiden = [...som]
    .map(([code, s]) => ({ code, regio: gemeente(code)?.rmcRegio?.code, plek: { lon: s.lon / s.n, lat: s.lat / s.n } }))
    .filter((g): g is { code: string; regio: string; plek: Coordinaat } => g.regio !== undefined)
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const mboOpCode = [...register.mbo].sort((a, b) => (a.brinvest < b.brinvest ? -1 : 1));

  const omgeving = (school: VoVestiging): Omgeving => {
    const plek = school.coordinaat;
    const regio = school.rmcRegio;
    // The nearest mbo locations (same or nearby region), the nearest weighing most.
    const mboKandidaten =
      plek === undefined
        ? mboOpCode.filter((l) => l.rmcRegio === regio).slice(0, MBO_GEWICHTEN.length)
        : mboOpCode
            .filter((l) => l.coordinaat !== undefined)
            .map((l) => ({ l, km: afstandMaat(plek, l.coordinaat as Coordinaat) }))
            .sort((a, b) => a.km - b.km)
            .slice(0, MBO_GEWICHTEN.length)
            .map(({ l }) => l);
    const mbo = (mboKandidaten.length > 0 ? mboKandidaten : mboOpCode.slice(0, MBO_GEWICHTEN.length)).map(
      (l, rang) => [l, MBO_GEWICHTEN[rang]] as const,
    );
    // Gemeenten of other regions near the school: where pupils from across the regional border live.
    const andereRegio =
      plek === undefined
        ? []
        : centroiden
            .filter((g) => g.regio !== regio)
            .map((g) => ({ code: g.code, km: afstandMaat(plek, g.plek) }))
            .sort((a, b) => a.km - b.km)
            .slice(0, GRENS_GEWICHTEN.length)
            .map(({ code }, rang) => [code, GRENS_GEWICHTEN[rang]] as const);
    return {
      school,
      postcode4: school.postcode.slice(0, 4),
      mbo,
      andereGemeentenInRegio:
        regio === undefined
          ? []
          : gemeentenInRegio(regio)
              .map((g) => g.code)
              .filter((c) => c !== school.gemeentecode),
      gemeentenAndereRegio: andereRegio,
      postcodes4: (code) => postcodes.get(code) ?? [],
    };
  };

  const context: Context = { voOpCode, mediaanLeerlingen, omgeving };
  contexten.set(register, context);
  return context;
}

const MBO_GEWICHTEN = [8, 5, 3, 2, 1.5, 1, 1, 1];

const GRENS_GEWICHTEN = [6, 4, 3, 2, 1, 1];

// ---------------------------------------------------------------------------------------------------------------
// One pupil

interface Draft {
  readonly dossier: Omit<DienDossierIn, 'leerling'> & { leerling: Omit<DienDossierIn['leerling'], 'persoonsnummer'> };
  readonly fate: Omit<LeerlingFate, 'persoonsnummer'>;
  readonly andereGemeente: boolean;
  readonly andereRegio: boolean;
}

/** Relative numbers of leavers per onderwijstype (roughly the national exam candidates), by onderwijsstructuur. */
function typeGewichten(structuur: readonly VoStructuur[]): [Onderwijstype, number][] {
  const heeft = (s: VoStructuur) => structuur.includes(s);
  const gewichten: [Onderwijstype, number][] = [];
  if (heeft('VBO')) gewichten.push(['vmbo-bb', 9], ['vmbo-kb', 12], ['vmbo-gl', 2]);
  if (heeft('MAVO')) gewichten.push(['vmbo-tl', 25]);
  if (heeft('MAVO') && !heeft('VBO')) gewichten.push(['vmbo-gl', 1]);
  if (heeft('HAVO')) gewichten.push(['havo', 30]);
  if (heeft('VWO')) gewichten.push(['vwo', 22]);
  const overig = gewichten.length > 0;
  if (heeft('PRO')) gewichten.push(['pro', overig ? 4 : 1]);
  if (heeft('VSO')) gewichten.push(['vso', overig ? 4 : 1]);
  return gewichten;
}

type Verdeling<T> = readonly (readonly [T, number])[];

/** Age on 1 October of the school year's first year. */
const LEEFTIJD: Record<Onderwijstype | 'vmbo-3', Verdeling<number>> = {
  'vmbo-bb': [
    [15, 75],
    [16, 22],
    [17, 3],
  ],
  'vmbo-kb': [
    [15, 75],
    [16, 22],
    [17, 3],
  ],
  'vmbo-gl': [
    [15, 75],
    [16, 22],
    [17, 3],
  ],
  'vmbo-tl': [
    [15, 75],
    [16, 22],
    [17, 3],
  ],
  'vmbo-3': [
    [15, 40],
    [16, 50],
    [17, 10],
  ],
  havo: [
    [16, 70],
    [17, 25],
    [18, 5],
  ],
  vwo: [
    [17, 70],
    [18, 25],
    [19, 5],
  ],
  pro: [
    [16, 40],
    [17, 40],
    [18, 20],
  ],
  vso: [
    [16, 30],
    [17, 35],
    [18, 25],
    [19, 10],
  ],
};

const UITSTROOM: Record<'pro' | 'vso', Verdeling<Uitstroomprofiel>> = {
  pro: [
    ['vervolgonderwijs', 55],
    ['arbeid', 35],
    ['dagbesteding', 10],
  ],
  vso: [
    ['vervolgonderwijs', 40],
    ['arbeid', 30],
    ['dagbesteding', 30],
  ],
};

const BESTEMMING: Record<Exclude<Onderwijstype, 'pro' | 'vso'>, Verdeling<Bestemming>> = {
  'vmbo-bb': [
    ['mbo', 94],
    ['werk', 2],
    ['anders', 1.5],
    ['onbekend', 2.5],
  ],
  'vmbo-kb': [
    ['mbo', 94],
    ['werk', 2],
    ['anders', 1.5],
    ['onbekend', 2.5],
  ],
  'vmbo-gl': [
    ['mbo', 85],
    ['havo', 11],
    ['vavo', 1],
    ['anders', 1],
    ['onbekend', 2],
  ],
  'vmbo-tl': [
    ['mbo', 85],
    ['havo', 11],
    ['vavo', 1],
    ['anders', 1],
    ['onbekend', 2],
  ],
  havo: [
    ['hbo', 78],
    ['mbo', 12],
    ['vwo', 2],
    ['werk', 3],
    ['anders', 3],
    ['onbekend', 2],
  ],
  // BESTEMMINGEN has no 'wo': vwo leavers to university count as 'hbo' (higher education) here.
  vwo: [
    ['hbo', 90],
    ['mbo', 2],
    ['werk', 2],
    ['anders', 4],
    ['onbekend', 2],
  ],
};

const NIVEAU: Record<Onderwijstype, Verdeling<MboNiveau>> = {
  'vmbo-bb': [
    [1, 10],
    [2, 75],
    [3, 15],
  ],
  'vmbo-kb': [
    [2, 25],
    [3, 65],
    [4, 10],
  ],
  'vmbo-gl': [
    [3, 25],
    [4, 75],
  ],
  'vmbo-tl': [
    [3, 25],
    [4, 75],
  ],
  havo: [[4, 1]],
  vwo: [[4, 1]],
  pro: [
    [1, 70],
    [2, 30],
  ],
  vso: [
    [1, 60],
    [2, 40],
  ],
};

const ONDERSTEUNING_KANS: Record<Onderwijstype, number> = {
  'vmbo-bb': 0.3,
  'vmbo-kb': 0.25,
  'vmbo-gl': 0.2,
  'vmbo-tl': 0.2,
  havo: 0.17,
  vwo: 0.14,
  pro: 0.6,
  vso: 0.8,
};

const PLAN_MBO: Verdeling<Plan> = [
  ['op-tijd', 80],
  ['laat', 7],
  ['nooit', 3],
  ['uitval', 6],
  ['switch', 4],
];

const TOELICHTINGEN = [
  'Dyslexie: extra tijd en voorleessoftware bij toetsen',
  'Dyscalculie: rekenmachine en extra tijd bij toetsen',
  'Heeft baat bij een vaste mentor en duidelijke structuur',
  'Faalangst; begeleiding bij presentaties en examens',
  'ADHD: korte instructies, planning samen doornemen',
  'Autismespectrum: voorspelbaarheid en een rustige werkplek helpen',
  'Ondersteuning bij plannen en organiseren van schoolwerk',
  'Sociaal-emotionele begeleiding via de zorgcoördinator',
  'Slechthorend: ringleiding en instructies ook op papier',
  'Thuissituatie vraagt aandacht; contact met schoolmaatschappelijk werk',
];

const WERKERVARING = [
  'Bijbaan in een supermarkt',
  'Zaterdagbaan bij een bakkerij',
  'Folders bezorgen',
  'Snuffelstage in de kinderopvang',
  'Stage bij een installatiebedrijf',
  'Vrijwilliger bij de sportvereniging',
  'Vakantiewerk in de horeca',
  'Stage in een verzorgingshuis',
  'Meegewerkt in het familiebedrijf',
];

const MBO_REDENEN = [
  'praktisch ingesteld, goede stagebeoordeling',
  'werkt zelfstandig en is gemotiveerd voor deze richting',
  'resultaten passen bij dit niveau; beroepsbeeld is duidelijk',
  'goede inzet; heeft meegelopen en weet wat het werk inhoudt',
  'kan het niveau aan met wat extra begeleiding bij plannen',
];

const ADVIES_OVERIG: Partial<Record<Bestemming, readonly string[]>> = {
  hbo: ['Advies: hbo. Zelfstandig en gemotiveerd; het profiel past bij de studiekeuze.', 'Advies: hbo, na een oriënterende meeloopdag.'],
  havo: ['Advies: doorstroom naar havo 4; cijfers en motivatie zijn voldoende.'],
  vwo: ['Advies: doorstroom naar vwo 5; sterke resultaten in de exacte vakken.'],
  vavo: ['Advies: vavo om het diploma te halen met een aangepast programma.'],
  werk: ['Advies: aan het werk met begeleiding; de stage bij het leerwerkbedrijf verliep goed.'],
  anders: ['Advies: tussenjaar met een duidelijk plan; de decaan blijft in contact.'],
  onbekend: ['Advies: keuze nog niet gemaakt; de decaan begeleidt de leerling verder.'],
};

function postcodeLetters(rng: Rng): string {
  for (;;) {
    const letters = String.fromCharCode(65 + tussen(rng, 0, 25), 65 + tussen(rng, 0, 25));
    if (letters !== 'SA' && letters !== 'SD' && letters !== 'SS') return letters;
  }
}

function voornamen(rng: Rng): string {
  const lijst = kans(rng, 0.5) ? VOORNAMEN_JONGENS : VOORNAMEN_MEISJES;
  const eerste = kies(rng, lijst);
  if (!kans(rng, 0.25)) return eerste;
  const tweede = kies(rng, lijst);
  return tweede === eerste ? eerste : `${eerste} ${tweede}`;
}

function maakLeerling(
  rng: Rng,
  school: VoVestiging,
  omgeving: Omgeving,
  typen: [Onderwijstype, number][],
  schooljaar: string,
  startjaar: number,
): Draft {
  const onderwijstype = kiesGewogen(rng, typen);
  const vmbo = onderwijstype.startsWith('vmbo');
  const derdeJaar = (onderwijstype === 'vmbo-bb' || onderwijstype === 'vmbo-kb') && kans(rng, 0.03);

  // Birth date: age A on 1 October of the start year = born between 2 Oct (Y−A−1) and 1 Oct (Y−A).
  const leeftijd = kiesGewogen(rng, LEEFTIJD[derdeJaar ? 'vmbo-3' : onderwijstype]);
  const geboren = dagTussen(rng, dagNummer(startjaar - leeftijd - 1, 10, 2), dagNummer(startjaar - leeftijd, 10, 1));

  const uitstroomprofiel = onderwijstype === 'pro' || onderwijstype === 'vso' ? kiesGewogen(rng, UITSTROOM[onderwijstype]) : undefined;
  const leerjaar = vmbo ? (derdeJaar ? 3 : 4) : onderwijstype === 'havo' ? 5 : onderwijstype === 'vwo' ? 6 : min(6, leeftijd - 12);

  // Where the pupil lives: mostly the school's gemeente, ~15 % another gemeente of the region, ~5 % across the border.
  const r = rng();
  let woongemeente = school.gemeentecode as string;
  let andereRegio = false;
  if (r < 0.05 && omgeving.gemeentenAndereRegio.length > 0) {
    woongemeente = kiesGewogen(rng, omgeving.gemeentenAndereRegio);
    andereRegio = true;
  } else if (r < 0.2 && omgeving.andereGemeentenInRegio.length > 0) {
    woongemeente = kies(rng, omgeving.andereGemeentenInRegio);
  }
  const andereGemeente = woongemeente !== school.gemeentecode;
  const pc4Opties = andereGemeente ? omgeving.postcodes4(woongemeente) : [];
  const postcode = `${pc4Opties.length > 0 ? kies(rng, pc4Opties) : omgeving.postcode4} ${postcodeLetters(rng)}`;

  const bestemming: Bestemming =
    uitstroomprofiel !== undefined
      ? uitstroomprofiel === 'vervolgonderwijs'
        ? 'mbo'
        : uitstroomprofiel === 'arbeid'
          ? 'werk'
          : 'anders'
      : derdeJaar
        ? 'mbo'
        : kiesGewogen(rng, BESTEMMING[onderwijstype as keyof typeof BESTEMMING]);

  const opleidingen: DienDossierIn['keuze']['opleidingen'] = [];
  if (bestemming === 'mbo') {
    const aantal = kans(rng, 0.3) ? 2 : 1;
    for (let i = 0; i < aantal; i++) {
      const niveau = kiesGewogen(rng, NIVEAU[onderwijstype]);
      const keuzes = VOORBEELD_OPLEIDINGEN.filter((o) => o.niveau === niveau && !opleidingen.some((g) => g.crebo === o.crebo));
      const opleiding = kies(rng, keuzes);
      const locatie = kiesGewogen(rng, omgeving.mbo);
      opleidingen.push({ crebo: opleiding.crebo, niveau: opleiding.niveau, instelling: locatie.brin });
    }
  }

  const plan: Plan = bestemming === 'mbo' ? kiesGewogen(rng, PLAN_MBO) : 'geen-mbo';
  const nieuwjaar = startjaar + 1;
  const eenApril = dagNummer(nieuwjaar, 4, 1);
  const aanmeld =
    plan === 'op-tijd' || plan === 'uitval' || plan === 'switch'
      ? dagNummer(startjaar, 12, 1) + floor(max(rng(), rng()) * (eenApril - dagNummer(startjaar, 12, 1) + 1))
      : plan === 'laat'
        ? eenApril + 1 + floor(min(rng(), rng()) * (dagNummer(nieuwjaar, 8, 31) - eenApril))
        : undefined;

  const nodig = kans(rng, ONDERSTEUNING_KANS[onderwijstype]);
  const toestemmingDelen = nodig && kans(rng, 0.85);
  const ondersteuning: DienDossierIn['ondersteuning'] = {
    nodig,
    ...(toestemmingDelen ? { toelichting: kies(rng, TOELICHTINGEN) } : {}),
    toestemmingDelen,
  };

  const instellingNaam = opleidingen.length > 0 ? omgeving.mbo.find(([l]) => l.brin === opleidingen[0].instelling)?.[0].instelling : undefined;
  const advies: DienDossierIn['advies'] = kans(rng, 0.85)
    ? {
        door: nodig && kans(rng, 0.6) ? 'zorgcoordinator' : 'mentor',
        tekst:
          bestemming === 'mbo'
            ? `Advies: mbo niveau ${opleidingen[0].niveau}; ${kies(rng, MBO_REDENEN)}.`
            : kies(rng, ADVIES_OVERIG[bestemming] ?? ADVIES_OVERIG.onbekend ?? []),
      }
    : undefined;
  const keuzeproces =
    kans(rng, 0.5) && bestemming !== 'onbekend'
      ? instellingNaam !== undefined && kans(rng, 0.6)
        ? `Open dag bezocht bij ${instellingNaam}; ${kies(rng, ['meeloopdag gevolgd', 'proefstuderen gedaan', 'gesprek met een docent gehad'])}.`
        : kies(rng, [
            'Beroepenoriëntatie via het LOB-programma; gesprekken met de decaan.',
            'Studiekeuzetest gedaan en de uitslag besproken met mentor en ouders.',
            'Verschillende open dagen bezocht en een keuze gemaakt na overleg thuis.',
          ])
      : undefined;
  const werkervaring = kans(rng, 0.35) ? kies(rng, WERKERVARING) : undefined;

  const akkoord = kans(rng, 0.9)
    ? aanmeld !== undefined
      ? max(dagNummer(startjaar, 11, 1), aanmeld - tussen(rng, 0, 10))
      : dagTussen(rng, dagNummer(nieuwjaar, 1, 15), dagNummer(nieuwjaar, 3, 31))
    : undefined;

  return {
    dossier: {
      schooljaar,
      school: { brin: school.brin, vestiging: school.vestiging },
      leerling: {
        voornamen: voornamen(rng),
        achternaam: kies(rng, ACHTERNAMEN),
        geboortedatum: isoDag(geboren),
        postcode,
        woongemeente,
      },
      opleiding: { onderwijstype, leerjaar, ...(uitstroomprofiel ? { uitstroomprofiel } : {}) },
      keuze: { bestemming, opleidingen, ...(keuzeproces ? { keuzeproces } : {}) },
      ...(werkervaring ? { loopbaan: { werkervaring } } : {}),
      ...(advies ? { advies } : {}),
      ondersteuning,
      ...(akkoord !== undefined ? { akkoordverklaring: { getekendOp: isoDag(akkoord) } } : {}),
    },
    fate: { vestiging: school.vestiging, plan, ...(aanmeld !== undefined ? { aanmeldOp: isoDag(aanmeld) } : {}) },
    andereGemeente,
    andereRegio,
  };
}
