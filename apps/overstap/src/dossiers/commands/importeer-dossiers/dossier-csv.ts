import { scheidingstekenVanKop } from '@sluitend/domain-nl';
import { CsvError, parse } from 'csv-parse';
import { setImmediate as volgendeRonde } from 'node:timers/promises';
import { DienDossierIn, dienDossierInSchema, ImportMelding } from '@sluitend/contracts';
import { toFieldIssues } from '@sluitend/platform';

/** At most this many data rows (one per leaving student) in one upload. */
export const MAX_IMPORT_RIJEN = 50_000;

/** Opleidingen per dossier (`crebo_1` … `crebo_5`), as in the dossier schema. */
export const MAX_OPLEIDINGEN = 5;

/**
 * The columns of a dossier CSV, in the order of the template. Headers are matched case-insensitively; spaces and
 * hyphens count as underscores (`BSN of onderwijsnummer` = `bsn_of_onderwijsnummer`). A `verplicht` column must be
 * in the header (its cells are then checked per row by the dossier schema); the others may be left out. Any other
 * header is an error: a typo (`crebo1`) would otherwise drop data silently.
 */
export const DOSSIER_CSV_KOLOMMEN: readonly { naam: string; veld: string; verplicht: boolean; toelichting: string }[] = [
  { naam: 'schooljaar', veld: 'schooljaar', verplicht: true, toelichting: 'JJJJ-JJJJ, bijv. 2025-2026' },
  { naam: 'brin', veld: 'school.brin', verplicht: true, toelichting: 'BRIN van de school, moet die van het token zijn' },
  { naam: 'vestiging', veld: 'school.vestiging', verplicht: true, toelichting: 'BRIN + 2 cijfers, bijv. 00AH00' },
  {
    naam: 'bsn_of_onderwijsnummer',
    veld: 'leerling.persoonsnummer',
    verplicht: true,
    toelichting: 'BSN of onderwijsnummer (9 cijfers; 8 cijfers krijgt een voorloopnul)',
  },
  { naam: 'voornamen', veld: 'leerling.voornamen', verplicht: true, toelichting: 'tekst' },
  { naam: 'achternaam', veld: 'leerling.achternaam', verplicht: true, toelichting: 'tekst, met tussenvoegsel' },
  { naam: 'geboortedatum', veld: 'leerling.geboortedatum', verplicht: true, toelichting: 'JJJJ-MM-DD of DD-MM-JJJJ' },
  { naam: 'postcode', veld: 'leerling.postcode', verplicht: true, toelichting: '1234 AB (of 1234AB)' },
  { naam: 'woongemeente', veld: 'leerling.woongemeente', verplicht: true, toelichting: 'CBS-code, bijv. GM0014 (of 14)' },
  { naam: 'onderwijstype', veld: 'opleiding.onderwijstype', verplicht: true, toelichting: 'vmbo-bb, vmbo-kb, vmbo-gl, vmbo-tl, havo, vwo, pro, vso' },
  { naam: 'leerjaar', veld: 'opleiding.leerjaar', verplicht: true, toelichting: '1 t/m 6' },
  {
    naam: 'uitstroomprofiel',
    veld: 'opleiding.uitstroomprofiel',
    verplicht: false,
    toelichting: 'vervolgonderwijs, arbeid, dagbesteding; verplicht voor pro en vso',
  },
  { naam: 'bestemming', veld: 'keuze.bestemming', verplicht: true, toelichting: 'mbo, havo, vwo, vavo, hbo, werk, anders, onbekend' },
  ...Array.from({ length: MAX_OPLEIDINGEN }, (_, i) => [
    {
      naam: `crebo_${i + 1}`,
      veld: `keuze.opleidingen[${i}].crebo`,
      verplicht: false,
      toelichting: `crebo van gekozen opleiding ${i + 1} (5 cijfers)`,
    },
    { naam: `niveau_${i + 1}`, veld: `keuze.opleidingen[${i}].niveau`, verplicht: false, toelichting: `mbo-niveau van opleiding ${i + 1} (1-4)` },
    {
      naam: `instelling_${i + 1}`,
      veld: `keuze.opleidingen[${i}].instelling`,
      verplicht: false,
      toelichting: `BRIN van de mbo-instelling van opleiding ${i + 1}`,
    },
  ]).flat(),
  { naam: 'keuzeproces', veld: 'keuze.keuzeproces', verplicht: false, toelichting: 'tekst' },
  { naam: 'werkervaring', veld: 'loopbaan.werkervaring', verplicht: false, toelichting: 'tekst' },
  { naam: 'loopbaandossier_url', veld: 'loopbaan.loopbaandossierUrl', verplicht: false, toelichting: 'URL' },
  { naam: 'advies_door', veld: 'advies.door', verplicht: false, toelichting: 'mentor of zorgcoordinator' },
  { naam: 'advies_tekst', veld: 'advies.tekst', verplicht: false, toelichting: 'tekst; verplicht als advies_door gevuld is' },
  { naam: 'ondersteuning_nodig', veld: 'ondersteuning.nodig', verplicht: true, toelichting: 'ja/nee (ook j/n, waar/onwaar, true/false, 1/0)' },
  { naam: 'ondersteuning_toelichting', veld: 'ondersteuning.toelichting', verplicht: false, toelichting: 'tekst' },
  {
    naam: 'toestemming_delen',
    veld: 'ondersteuning.toestemmingDelen',
    verplicht: true,
    toelichting: 'ja/nee: toestemming om ondersteuningsinformatie te delen',
  },
  {
    naam: 'akkoord_getekend_op',
    veld: 'akkoordverklaring.getekendOp',
    verplicht: false,
    toelichting: 'datum van de akkoordverklaring, JJJJ-MM-DD of DD-MM-JJJJ',
  },
];

const KOLOM_NAMEN: ReadonlySet<string> = new Set(DOSSIER_CSV_KOLOMMEN.map((kolom) => kolom.naam));
const VERPLICHT: readonly string[] = DOSSIER_CSV_KOLOMMEN.filter((kolom) => kolom.verplicht).map((kolom) => kolom.naam);
const KOLOM_VAN_VELD: ReadonlyMap<string, string> = new Map(DOSSIER_CSV_KOLOMMEN.map((kolom) => [kolom.veld, kolom.naam]));

/** A data row: the physical line it starts on (the header is line 1) and its cells in header order. */
export type CsvRij = { regel: number; cellen: string[] };

export type DossierCsv = { kolommen: string[]; rijen: CsvRij[] };

export type CsvFoutCode = 'csv.ongeldig' | 'csv.leeg' | 'csv.kolommen' | 'csv.te-veel-rijen';

/** The file as a whole cannot be read: the upload is refused (400), no job is started. */
export class DossierCsvFout extends Error {
  constructor(
    readonly code: CsvFoutCode,
    message: string,
    readonly meldingen: { field: string; rule: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** `BSN of onderwijsnummer` → `bsn_of_onderwijsnummer`. */
export const normaliseerKop = (kop: string): string =>
  kop
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/**
 * The separator of the file: the most frequent of `;`, `,` and tab in its first line (Dutch Excel writes `;`), read
 * at most CSV_KOP_MAX_TEKENS characters in.
 */
export function scheidingstekenVan(tekst: string): ';' | ',' | '\t' {
  return scheidingstekenVanKop(tekst, ';');
}

type CsvRecord = { record: string[]; info: { lines: number } };

/** Characters handed to the parser between two turns of the event loop (about 10 ms of parsing). */
const PARSE_STUK = 128 * 1024;

/**
 * Reads a dossier CSV (UTF-8, with or without BOM; `;`, `,` or tab separated; RFC 4180 quotes; CRLF or LF) into its
 * header and rows, without interpreting cells (trimmed). Blank lines and rows of only empty cells are skipped. Throws
 * DossierCsvFout when the file cannot be read, the header is wrong or it has more than MAX_IMPORT_RIJEN rows. Holds
 * every row: for small files and tests; the import goes through the file with `doorloopDossierCsv` instead.
 */
export async function leesDossierCsv(tekst: string): Promise<DossierCsv> {
  const rijen: CsvRij[] = [];
  const { kolommen } = await doorloopDossierCsv(tekst, (stuk) => {
    for (const rij of stuk) rijen.push(rij);
  });
  return { kolommen, rijen };
}

/**
 * One pass over a dossier CSV that holds no more than a piece of it: the text is fed to the parser in pieces,
 * yielding in between (a 50,000-row file does not stall the process), and each piece's rows are handed to `perStuk`
 * (awaited before the next piece) in file order, with their physical line numbers and the header's columns. Every pass over the same text
 * gives the same rows, so the import reads the file again per phase instead of keeping 50,000 parsed rows. Rows are
 * only handed over while the header is right; whether the file as a whole is readable is known at the end: then
 * DossierCsvFout is thrown (syntax, empty, header, only a header, more than MAX_IMPORT_RIJEN rows — in that order).
 */
export async function doorloopDossierCsv(
  tekst: string,
  perStuk: (rijen: CsvRij[], kolommen: string[]) => void | Promise<void>,
): Promise<{ kolommen: string[]; aantal: number }> {
  let kolommen: string[] | undefined;
  let kopFout: unknown;
  let aantal = 0;
  let fout: unknown;
  // info.lines is the line a record ends on, but csv-parse counts CR and LF inside a quoted cell as a line each, so
  // every CRLF in a cell adds one too many from there on. Correct that, then step back over the record's own breaks.
  let teVeel = 0;
  let stuk: CsvRij[] = [];
  const parser = parse({ bom: true, delimiter: scheidingstekenVan(tekst), relax_column_count: true, skip_empty_lines: true, info: true });
  parser.on('readable', () => {
    for (let gelezen = parser.read() as CsvRecord | null; gelezen !== null; gelezen = parser.read() as CsvRecord | null) {
      // Trimming and skipping rows of empty cells here is much cheaper than csv-parse's own options.
      const record = gelezen.record.map((cel) => cel.trim());
      if (!record.some((cel) => cel !== '')) continue;
      if (kolommen === undefined) {
        kolommen = record.map(normaliseerKop);
        try {
          controleerKop(kolommen);
        } catch (error) {
          kopFout = error;
        }
        continue;
      }
      aantal += 1;
      let breuken = 0;
      for (const cel of record) {
        if (!/[\r\n]/.test(cel)) continue;
        breuken += (cel.match(/\r\n|\r|\n/g) ?? []).length;
        teVeel += (cel.match(/\r\n/g) ?? []).length;
      }
      if (kopFout === undefined && aantal <= MAX_IMPORT_RIJEN) stuk.push({ regel: gelezen.info.lines - teVeel - breuken, cellen: record });
    }
  });
  const klaar = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('error', (error) => {
      fout = error;
      resolve();
    });
  });
  const geefDoor = async () => {
    if (stuk.length === 0 || kolommen === undefined) return;
    const rijen = stuk;
    stuk = [];
    await perStuk(rijen, kolommen);
  };
  // The maximum + one more tells "too many" without reading a runaway file to the end.
  for (let start = 0; start < tekst.length && fout === undefined && aantal <= MAX_IMPORT_RIJEN; start += PARSE_STUK) {
    parser.write(tekst.slice(start, start + PARSE_STUK));
    await volgendeRonde();
    await geefDoor();
  }
  parser.end();
  await klaar;
  await geefDoor();
  if (fout instanceof CsvError) {
    const regel = (fout as CsvError & { lines?: number }).lines;
    throw new DossierCsvFout('csv.ongeldig', `CSV kan niet gelezen worden${regel ? ` (regel ${regel})` : ''}: ${beschrijf(fout.code)}`);
  }
  if (fout !== undefined) throw fout;
  if (kolommen === undefined) throw new DossierCsvFout('csv.leeg', 'het bestand is leeg: verwacht een kopregel en minstens één rij');
  if (kopFout !== undefined) throw kopFout;
  if (aantal === 0) throw new DossierCsvFout('csv.leeg', 'het bestand heeft alleen een kopregel: verwacht minstens één rij');
  if (aantal > MAX_IMPORT_RIJEN) {
    throw new DossierCsvFout('csv.te-veel-rijen', `het bestand heeft meer dan ${MAX_IMPORT_RIJEN} rijen; splits het op`);
  }
  return { kolommen, aantal };
}

function beschrijf(code: string): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'aanhalingsteken niet gesloten';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'tekst na een sluitend aanhalingsteken';
    case 'INVALID_OPENING_QUOTE':
      return 'aanhalingsteken midden in een veld';
    default:
      return code;
  }
}

function controleerKop(kolommen: string[]): void {
  // No known column at all: most likely the file starts with data. Say so, without quoting the row (it may hold a BSN).
  if (!kolommen.some((kolom) => KOLOM_NAMEN.has(kolom))) {
    throw new DossierCsvFout('csv.kolommen', 'de eerste regel is geen kopregel met de kolomnamen van het dossierformaat', [
      { field: '(kopregel)', rule: 'kolom.geen-kopregel', message: `verwacht onder meer ${VERPLICHT.slice(0, 4).join(', ')}, …` },
    ]);
  }
  const meldingen: { field: string; rule: string; message: string }[] = [];
  const gezien = new Set<string>();
  kolommen.forEach((kolom, index) => {
    // A header with a long run of digits is a data cell, not a name: not repeated.
    const naam = /\d{6,}/.test(kolom) ? `kolom ${index + 1}` : kolom;
    if (kolom === '') meldingen.push({ field: `kolom ${index + 1}`, rule: 'kolom.leeg', message: 'kolom zonder naam in de kopregel' });
    else if (!KOLOM_NAMEN.has(kolom)) meldingen.push({ field: naam, rule: 'kolom.onbekend', message: `onbekende kolom ${naam}` });
    else if (gezien.has(kolom)) meldingen.push({ field: kolom, rule: 'kolom.dubbel', message: `kolom ${kolom} staat meer dan eens in de kopregel` });
    gezien.add(kolom);
  });
  for (const kolom of VERPLICHT) {
    if (!gezien.has(kolom)) meldingen.push({ field: kolom, rule: 'kolom.ontbreekt', message: `verplichte kolom ${kolom} ontbreekt` });
  }
  if (meldingen.length > 0) {
    throw new DossierCsvFout('csv.kolommen', 'de kopregel klopt niet; zie errors en de kolommen in de API-documentatie', meldingen);
  }
}

/** Looks up cells by column name; empty cells read as absent. */
export class KolomIndex {
  private readonly index: ReadonlyMap<string, number>;

  constructor(readonly kolommen: string[]) {
    this.index = new Map(kolommen.map((kolom, i) => [kolom, i]));
  }

  cel(rij: CsvRij, kolom: string): string | undefined {
    const i = this.index.get(kolom);
    const waarde = i === undefined ? undefined : rij.cellen[i];
    return waarde === undefined || waarde === '' ? undefined : waarde;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Cells → the dossier's input. Only syntax is converted here (Dutch dates and booleans, numbers, code spelling);
// every rule is the dossier schema's. A cell that does not convert is passed on as text so the schema names it.

const JA = new Set(['ja', 'j', 'waar', 'true', 'yes', 'y', '1']);
const NEE = new Set(['nee', 'n', 'onwaar', 'false', 'no', '0']);

export const jaNee = (waarde: string | undefined): boolean | string | undefined => {
  if (waarde === undefined) return undefined;
  const klein = waarde.toLowerCase();
  return JA.has(klein) ? true : NEE.has(klein) ? false : waarde;
};

export const geheelGetal = (waarde: string | undefined): number | string | undefined =>
  waarde !== undefined && /^\d{1,3}$/.test(waarde) ? Number(waarde) : waarde;

/** `2009-05-12` stays; `12-5-2009`, `12/05/2009` and `12.05.2009` (Dutch order) become `2009-05-12`. */
export const datum = (waarde: string | undefined): string | undefined => {
  const nl = waarde?.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
  return nl ? `${nl[3]}-${nl[2].padStart(2, '0')}-${nl[1].padStart(2, '0')}` : waarde;
};

/** `GM0014` stays; `14` or `0014` becomes `GM0014`. */
export const gemeentecode = (waarde: string | undefined): string | undefined =>
  waarde !== undefined && /^\d{1,4}$/.test(waarde) ? `GM${waarde.padStart(4, '0')}` : waarde;

/** Code lists in the schema are lower case with hyphens: `VMBO KB` → `vmbo-kb`, `zorgcoördinator` → `zorgcoordinator`. */
export const code = (waarde: string | undefined): string | undefined =>
  waarde
    ?.normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** Drops keys whose value is undefined, and objects left empty, so a CSV row and the same JSON dossier are equal. */
function zonderLeeg(waarde: Record<string, unknown>): Record<string, unknown> | undefined {
  const uit = Object.fromEntries(Object.entries(waarde).filter(([, v]) => v !== undefined));
  return Object.keys(uit).length === 0 ? undefined : uit;
}

/** The row as the JSON body of `POST /dossiers` would be, plus which CSV opleiding number ended up at which index. */
export function naarDossierInvoer(rij: CsvRij, index: KolomIndex): { invoer: Record<string, unknown>; opleidingNummers: number[] } {
  const cel = (kolom: string) => index.cel(rij, kolom);
  const opleidingNummers: number[] = [];
  const opleidingen: Record<string, unknown>[] = [];
  for (let n = 1; n <= MAX_OPLEIDINGEN; n++) {
    const opleiding = zonderLeeg({ crebo: cel(`crebo_${n}`), niveau: geheelGetal(cel(`niveau_${n}`)), instelling: cel(`instelling_${n}`) });
    if (opleiding === undefined) continue;
    opleidingNummers.push(n);
    opleidingen.push(opleiding);
  }
  const invoer = zonderLeeg({
    schooljaar: cel('schooljaar'),
    school: zonderLeeg({ brin: cel('brin'), vestiging: cel('vestiging') }),
    leerling: zonderLeeg({
      persoonsnummer: cel('bsn_of_onderwijsnummer'),
      voornamen: cel('voornamen'),
      achternaam: cel('achternaam'),
      geboortedatum: datum(cel('geboortedatum')),
      postcode: cel('postcode'),
      woongemeente: gemeentecode(cel('woongemeente')),
    }),
    opleiding: zonderLeeg({
      onderwijstype: code(cel('onderwijstype')),
      leerjaar: geheelGetal(cel('leerjaar')),
      uitstroomprofiel: code(cel('uitstroomprofiel')),
    }),
    keuze: zonderLeeg({
      bestemming: code(cel('bestemming')),
      opleidingen: opleidingen.length > 0 ? opleidingen : undefined,
      keuzeproces: cel('keuzeproces'),
    }),
    loopbaan: zonderLeeg({ werkervaring: cel('werkervaring'), loopbaandossierUrl: cel('loopbaandossier_url') }),
    advies: zonderLeeg({ door: code(cel('advies_door')), tekst: cel('advies_tekst') }),
    ondersteuning: zonderLeeg({
      nodig: jaNee(cel('ondersteuning_nodig')),
      toelichting: cel('ondersteuning_toelichting'),
      toestemmingDelen: jaNee(cel('toestemming_delen')),
    }),
    akkoordverklaring: zonderLeeg({ getekendOp: datum(cel('akkoord_getekend_op')) }),
  });
  return { invoer: invoer ?? {}, opleidingNummers };
}

/**
 * The CSV column a dossier field came from: `keuze.opleidingen[0].crebo` → `crebo_2` when the row's first filled
 * opleiding is number 2. A whole missing group (`leerling`) or the row itself has no single column: null.
 */
export function kolomVanVeld(veld: string, opleidingNummers: readonly number[] = []): string | null {
  const opleiding = veld.match(/^keuze\.opleidingen\[(\d+)\](.*)$/);
  const sleutel = opleiding ? `keuze.opleidingen[${(opleidingNummers[Number(opleiding[1])] ?? Number(opleiding[1]) + 1) - 1}]${opleiding[2]}` : veld;
  if (sleutel === 'school') return 'vestiging';
  return KOLOM_VAN_VELD.get(sleutel) ?? null;
}

export type RijUitkomst =
  { regel: number; dossier: DienDossierIn; meldingen?: undefined } | { regel: number; dossier?: undefined; meldingen: ImportMelding[] };

/** Maps one row onto the dossier and checks it with the dossier schema: the dossier, or what is wrong with the row. */
export function valideerRij(rij: CsvRij, index: KolomIndex): RijUitkomst {
  if (rij.cellen.length < index.kolommen.length || rij.cellen.slice(index.kolommen.length).some((cel) => cel !== '')) {
    return {
      regel: rij.regel,
      meldingen: [
        {
          regel: rij.regel,
          kolom: null,
          field: '(rij)',
          rule: 'csv.aantal-velden',
          message: `rij heeft ${rij.cellen.length} velden, de kopregel ${index.kolommen.length}`,
        },
      ],
    };
  }
  const { invoer, opleidingNummers } = naarDossierInvoer(rij, index);
  const parsed = dienDossierInSchema.safeParse(invoer);
  if (parsed.success) return { regel: rij.regel, dossier: parsed.data };
  return {
    regel: rij.regel,
    meldingen: toFieldIssues(parsed.error).map((issue) => ({ regel: rij.regel, kolom: kolomVanVeld(issue.field, opleidingNummers), ...issue })),
  };
}
