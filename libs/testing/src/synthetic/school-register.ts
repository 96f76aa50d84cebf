import { readFileSync } from 'node:fs';
import {
  gemeente as gemeenteVanCode,
  gemeenteByNaam,
  normaliseBrin,
  normalisePostcode,
  normaliseVestiging,
  parseCsvRecords,
} from '@sluitend/domain-nl';
import { resolveTestingDataFile } from '../data-file';

export const VO_VESTIGINGEN_BESTAND = 'vo-vestigingen-2024-11.csv';
export const MBO_LOCATIES_BESTAND = 'mbo-locaties-2025-02.csv';
export const MBO_INSTELLINGEN_BESTAND = 'mbo-instellingen-2025-02.csv';

const VO_KOLOMMEN = [
  'brin_nummer',
  'vestigingscode',
  'naam',
  'onderwijsstructuur',
  'denominatie',
  'internetadres',
  'straat',
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'postcode',
  'plaats',
  'gemeente',
  'provincie',
  'onderwijsgebied',
  'leerlingen',
  'lon',
  'lat',
] as const;

const MBO_LOCATIE_KOLOMMEN = [
  'brin',
  'brinvest',
  'instelling',
  'instelling_code',
  'locatienaam',
  'straat_huisnummer',
  'postcode',
  'plaats',
  'is_hoofdlocatie_kiesmbo',
  'url',
  'lon',
  'lat',
] as const;

const MBO_INSTELLING_KOLOMMEN = [
  'brin',
  'instelling',
  'instelling_code',
  'website',
  'hoofdlocatie_brinvest',
  'hoofdlocatie_straat',
  'hoofdlocatie_postcode',
  'hoofdlocatie_plaats',
  'aantal_locaties',
] as const;

/** The parts of DUO's `onderwijsstructuur` (`VBO/MAVO/HAVO/VWO`): VBO = vmbo bb/kb(/gl), MAVO = vmbo tl(/gl). */
export const VO_STRUCTUREN = ['VBO', 'MAVO', 'HAVO', 'VWO', 'PRO', 'VSO', 'BRUGJAAR'] as const;
export type VoStructuur = (typeof VO_STRUCTUREN)[number];

export interface Coordinaat {
  readonly lon: number;
  readonly lat: number;
}

/** A VO vestiging (BRIN6) from DUO's list, with its gemeente matched to the CBS register. */
export interface VoVestiging {
  readonly brin: string;
  readonly vestiging: string;
  readonly naam: string;
  readonly onderwijsstructuur: readonly VoStructuur[];
  /** `1234 AB`. */
  readonly postcode: string;
  readonly plaats: string;
  /** As the source writes it (upper case). */
  readonly gemeentenaam: string;
  /** CBS code (`GM0014`); `undefined` when the name matched no current gemeente. */
  readonly gemeentecode: string | undefined;
  /** RMC region of the school's gemeente (`MC03`); `undefined` for an unmatched gemeente or the Arnhem region. */
  readonly rmcRegio: string | undefined;
  /** Pupil count (2023); `undefined` where the source has none. */
  readonly leerlingen: number | undefined;
  readonly coordinaat: Coordinaat | undefined;
}

/** An mbo location (BRIN6) from the KiesMBO/SBB list; the gemeente is derived (the list has none). */
export interface MboLocatie {
  readonly brin: string;
  readonly brinvest: string;
  readonly instelling: string;
  readonly locatienaam: string;
  readonly plaats: string;
  /** `1234 AB`, or `undefined` where the source's postcode is incomplete. */
  readonly postcode: string | undefined;
  readonly gemeentecode: string | undefined;
  /**
   * How the gemeente was found: the postcode's 4 digits as seen in the VO list, the place name (as the VO list
   * pairs it with a gemeente, or as a gemeente name), or the gemeente of the nearest VO vestiging within 4 km.
   */
  readonly gemeenteBron: 'postcode' | 'plaats' | 'nabij' | undefined;
  readonly rmcRegio: string | undefined;
  readonly coordinaat: Coordinaat | undefined;
}

export interface MboInstelling {
  readonly brin: string;
  readonly naam: string;
  readonly website: string;
  readonly hoofdlocatie: string;
  readonly aantalLocaties: number;
}

export interface SchoolRegister {
  /** Deduplicated on `vestigingscode` (first row wins), in source order. */
  readonly vo: readonly VoVestiging[];
  readonly mbo: readonly MboLocatie[];
  readonly mboInstellingen: readonly MboInstelling[];
  /** Data quality, for reports and tests. */
  readonly meldingen: {
    readonly voDubbel: readonly string[];
    readonly voOnbekendeGemeente: readonly string[];
    readonly voZonderLeerlingen: number;
    readonly mboZonderGemeente: readonly string[];
  };
}

const getal = (value: string): number | undefined => {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : undefined;
};

const coordinaat = (lon: string, lat: string): Coordinaat | undefined => {
  const x = getal(lon);
  const y = getal(lat);
  return x === undefined || y === undefined ? undefined : { lon: x, lat: y };
};

function structuren(value: string): VoStructuur[] {
  return value
    .split('/')
    .map((part) => part.trim().toUpperCase())
    .filter((part): part is VoStructuur => (VO_STRUCTUREN as readonly string[]).includes(part));
}

const MAX_AFSTAND_NABIJ_KM = 4;

/** Great-circle distance in km. */
export function afstandKm(a: Coordinaat, b: Coordinaat): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A cheap stand-in for distance when only the order matters (ranking nearby places in the Netherlands):
 * squared degrees with longitude scaled by cos(52°).
 */
export function afstandMaat(a: Coordinaat, b: Coordinaat): number {
  const dx = (a.lon - b.lon) * 0.6157;
  const dy = a.lat - b.lat;
  return dx * dx + dy * dy;
}

function dichtstbijzijndeGemeente(vo: readonly VoVestiging[], plek: Coordinaat, maxKm: number): string | undefined {
  let best: { code: string; km: number } | undefined;
  for (const school of vo) {
    if (school.coordinaat === undefined || school.gemeentecode === undefined) continue;
    const km = afstandKm(plek, school.coordinaat);
    if (km <= maxKm && (best === undefined || km < best.km)) best = { code: school.gemeentecode, km };
  }
  return best?.code;
}

/** Builds the register from the three CSV texts (exact headers as shipped in `libs/testing/data`). */
export function buildSchoolRegister(voCsv: string, mboLocatiesCsv: string, mboInstellingenCsv: string): SchoolRegister {
  const voDubbel: string[] = [];
  const voOnbekendeGemeente = new Set<string>();
  const seen = new Set<string>();
  const vo: VoVestiging[] = [];
  for (const row of parseCsvRecords(voCsv, VO_KOLOMMEN)) {
    const vestiging = normaliseVestiging(row.vestigingscode);
    const brin = normaliseBrin(row.brin_nummer);
    const postcode = normalisePostcode(row.postcode);
    if (vestiging === undefined || brin === undefined || postcode === undefined) continue;
    if (seen.has(vestiging)) {
      voDubbel.push(vestiging);
      continue;
    }
    seen.add(vestiging);
    const gemeente = gemeenteByNaam(row.gemeente);
    if (gemeente === undefined) voOnbekendeGemeente.add(row.gemeente);
    vo.push({
      brin,
      vestiging,
      naam: row.naam.trim(),
      onderwijsstructuur: structuren(row.onderwijsstructuur),
      postcode,
      plaats: row.plaats.trim(),
      gemeentenaam: row.gemeente.trim(),
      gemeentecode: gemeente?.code,
      rmcRegio: gemeente?.rmcRegio?.code,
      leerlingen: getal(row.leerlingen),
      coordinaat: coordinaat(row.lon, row.lat),
    });
  }

  // The mbo list has no gemeente. The VO list pairs postcodes and places with gemeenten: use what is unambiguous.
  const perPostcode4 = new Map<string, Set<string>>();
  const perPlaats = new Map<string, Set<string>>();
  const voeg = (map: Map<string, Set<string>>, key: string, code: string) => map.set(key, (map.get(key) ?? new Set()).add(code));
  for (const school of vo) {
    if (school.gemeentecode === undefined) continue;
    voeg(perPostcode4, school.postcode.slice(0, 4), school.gemeentecode);
    voeg(perPlaats, school.plaats.toLowerCase(), school.gemeentecode);
  }
  const enig = (codes: Set<string> | undefined) => (codes?.size === 1 ? [...codes][0] : undefined);

  const mboZonderGemeente: string[] = [];
  const mbo: MboLocatie[] = [];
  for (const row of parseCsvRecords(mboLocatiesCsv, MBO_LOCATIE_KOLOMMEN)) {
    const brinvest = normaliseVestiging(row.brinvest);
    const brin = normaliseBrin(row.brin);
    if (brinvest === undefined || brin === undefined) continue;
    const postcode = normalisePostcode(row.postcode);
    const plaats = row.plaats.trim();
    const plek = coordinaat(row.lon, row.lat);
    const viaPostcode = postcode === undefined ? undefined : enig(perPostcode4.get(postcode.slice(0, 4)));
    const viaPlaats = enig(perPlaats.get(plaats.toLowerCase())) ?? gemeenteByNaam(plaats)?.code;
    const viaNabij =
      viaPostcode !== undefined || viaPlaats !== undefined || plek === undefined
        ? undefined
        : dichtstbijzijndeGemeente(vo, plek, MAX_AFSTAND_NABIJ_KM);
    const gemeentecode = viaPostcode ?? viaPlaats ?? viaNabij;
    if (gemeentecode === undefined) mboZonderGemeente.push(brinvest);
    mbo.push({
      brin,
      brinvest,
      instelling: row.instelling.trim(),
      locatienaam: row.locatienaam.trim(),
      plaats,
      postcode,
      gemeentecode,
      gemeenteBron: viaPostcode !== undefined ? 'postcode' : viaPlaats !== undefined ? 'plaats' : viaNabij !== undefined ? 'nabij' : undefined,
      rmcRegio: gemeentecode === undefined ? undefined : gemeenteVanCode(gemeentecode)?.rmcRegio?.code,
      coordinaat: plek,
    });
  }

  const mboInstellingen = parseCsvRecords(mboInstellingenCsv, MBO_INSTELLING_KOLOMMEN).flatMap((row): MboInstelling[] => {
    const brin = normaliseBrin(row.brin);
    return brin === undefined
      ? []
      : [
          {
            brin,
            naam: row.instelling.trim(),
            website: row.website.trim(),
            hoofdlocatie: row.hoofdlocatie_brinvest.trim(),
            aantalLocaties: getal(row.aantal_locaties) ?? 0,
          },
        ];
  });

  return {
    vo,
    mbo,
    mboInstellingen,
    meldingen: {
      voDubbel,
      voOnbekendeGemeente: [...voOnbekendeGemeente].sort(),
      voZonderLeerlingen: vo.filter((school) => school.leerlingen === undefined).length,
      mboZonderGemeente,
    },
  };
}

let register: SchoolRegister | undefined;

/** The register from the shipped data files (`libs/testing/data`), read once on first use. */
export function schoolRegister(): SchoolRegister {
  register ??= buildSchoolRegister(
    readFileSync(resolveTestingDataFile(VO_VESTIGINGEN_BESTAND), 'utf8'),
    readFileSync(resolveTestingDataFile(MBO_LOCATIES_BESTAND), 'utf8'),
    readFileSync(resolveTestingDataFile(MBO_INSTELLINGEN_BESTAND), 'utf8'),
  );
  return register;
}
