import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Absentie, absentieSchema, MAX_ABSENTIES_PER_VERZOEK } from '@sluitend/contracts';
import { DomainError, DomainIssue, CSV_KOP_MAX_TEKENS, scheidingstekenVanKop } from '@sluitend/domain-nl';
import { toFieldIssues } from '@sluitend/platform';

/**
 * The columns of an absence CSV from a school administration, one row per student per lesdag. Headers are matched
 * case-insensitively (spaces and hyphens count as underscores); `bsn_of_onderwijsnummer` and `datum` are required,
 * the others may be left out (empty = 0). Any other header is refused: a typo would drop hours silently.
 */
export const ABSENTIE_CSV_KOLOMMEN: readonly { naam: string; veld: keyof Absentie; soort: 'tekst' | 'getal' | 'janee'; verplicht: boolean }[] = [
  { naam: 'bsn_of_onderwijsnummer', veld: 'persoonsnummer', soort: 'tekst', verplicht: true },
  { naam: 'datum', veld: 'datum', soort: 'tekst', verplicht: true },
  { naam: 'ongeoorloofd', veld: 'ongeoorloofd', soort: 'getal', verplicht: false },
  { naam: 'ziek', veld: 'ziek', soort: 'getal', verplicht: false },
  { naam: 'verlof', veld: 'verlof', soort: 'getal', verplicht: false },
  { naam: 'schorsing', veld: 'schorsing', soort: 'getal', verplicht: false },
  { naam: 'te_laat', veld: 'teLaat', soort: 'getal', verplicht: false },
  { naam: 'uitgestuurd', veld: 'uitgestuurd', soort: 'getal', verplicht: false },
  { naam: 'alle_lessen_gemist', veld: 'alleLessenGemist', soort: 'janee', verplicht: false },
];

const PER_NAAM = new Map(ABSENTIE_CSV_KOLOMMEN.map((kolom) => [kolom.naam, kolom]));
const PER_VELD = new Map(ABSENTIE_CSV_KOLOMMEN.map((kolom) => [kolom.veld as string, kolom.naam]));
const JA = new Set(['ja', 'j', 'waar', 'true', '1', 'yes', 'y']);
const NEE = new Set(['nee', 'n', 'onwaar', 'false', '0', 'no', '']);

/** A read file: the records, and per record the line of the file it came from (the header is line 1). */
export type AbsentieCsv = { absenties: Absentie[]; regels: number[] };

const normaalNaam = (kop: string): string =>
  kop
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

function cel(kolom: (typeof ABSENTIE_CSV_KOLOMMEN)[number], waarde: string): unknown {
  const tekst = waarde.trim();
  if (kolom.soort === 'tekst') return tekst;
  if (kolom.soort === 'janee') {
    const klein = tekst.toLowerCase();
    return JA.has(klein) ? true : NEE.has(klein) ? false : tekst;
  }
  if (tekst === '') return undefined;
  const getal = Number(tekst.replace(',', '.'));
  return Number.isNaN(getal) ? tekst : getal;
}

const fout = (issues: DomainIssue[]): DomainError =>
  DomainError.ongeldig('absentie.csv-ongeldig', 'Het CSV-bestand voldoet niet aan de regels; er is niets opgeslagen', issues);

/** One stretch of a file read in order: the good records with their lines, and every problem of the other rows. */
export type AbsentieCsvDeel = { absenties: Absentie[]; regels: number[]; issues: DomainIssue[]; gelezen: number };

/**
 * Reads an absence CSV from a stream (`;`, `,` or tab, as its first line shows; UTF-8 with or without BOM) in parts of
 * at most `deel` data rows, with back-pressure: the file is never held whole, only the part being handed out. The
 * header is checked first (unknown or missing columns: a DomainError, nothing handed out; a good one: an empty part); each row is
 * checked against the absence schema and every problem names the line (header = 1), the column and the rule. More than
 * `max` rows is refused (te-groot) without reading on; a syntax error refuses the file (`csv.syntax`).
 */
export async function* doorloopAbsentieCsv(bron: AsyncIterable<Buffer | string>, max: number, deel: number): AsyncGenerator<AbsentieCsvDeel> {
  const { scheidingsteken, stukken } = await kijkVooruit(bron);
  // One record at most 64 KB: a file without line breaks cannot grow the parser's buffer without bound.
  const parser = parse({ delimiter: scheidingsteken, bom: true, skip_empty_lines: true, info: true, max_record_size: 65_536 });
  // The source streams into the parser (back-pressure, nothing held whole); stopping early destroys both.
  pipeline(Readable.from(stukken), parser).catch(() => undefined);
  let huidig: AbsentieCsvDeel = { absenties: [], regels: [], issues: [], gelezen: 0 };
  let totaal = 0;
  let kolommen: ((typeof ABSENTIE_CSV_KOLOMMEN)[number] | undefined)[] | undefined;
  try {
    const rijen = (async function* () {
      try {
        yield* parser as AsyncIterable<{ record: string[]; info: { lines: number } }>;
      } catch (error) {
        if (error instanceof DomainError) throw error;
        const melding = error instanceof Error ? error.message : String(error);
        throw fout([{ field: '(bestand)', rule: 'csv.syntax', message: melding }]);
      }
    })();
    for await (const { record, info } of rijen) {
      if (!kolommen) {
        kolommen = record.map((kop) => PER_NAAM.get(normaalNaam(kop)));
        const onbekend = record.filter((_, i) => kolommen?.[i] === undefined);
        const ontbreekt = ABSENTIE_CSV_KOLOMMEN.filter((k) => k.verplicht && !kolommen?.includes(k)).map((k) => k.naam);
        if (onbekend.length > 0 || ontbreekt.length > 0) {
          throw fout([
            ...onbekend.map((kop) => ({
              field: kop,
              rule: 'csv.kolom-onbekend',
              message: `onbekende kolom; bekend: ${[...PER_NAAM.keys()].join(', ')}`,
              row: 1,
            })),
            ...ontbreekt.map((naam) => ({ field: naam, rule: 'csv.kolom-verplicht', message: 'verplichte kolom ontbreekt', row: 1 })),
          ]);
        }
        // An empty first part: the header is good (a job may start before any row is read).
        yield { absenties: [], regels: [], issues: [], gelezen: 0 };
        continue;
      }
      if (totaal >= max) {
        throw new DomainError('te-groot', 'absentie.csv-te-groot', `Hoogstens ${max} rijen per bestand; stuur de rest in een volgend bestand`);
      }
      totaal += 1;
      huidig.gelezen += 1;
      const object: Record<string, unknown> = {};
      kolommen.forEach((kolom, i) => {
        const waarde = kolom ? cel(kolom, record[i]) : undefined;
        if (kolom && waarde !== undefined) object[kolom.veld] = waarde;
      });
      const gelezen = absentieSchema.safeParse(object);
      if (gelezen.success) {
        huidig.absenties.push(gelezen.data);
        huidig.regels.push(info.lines);
      } else {
        for (const issue of toFieldIssues(gelezen.error)) huidig.issues.push({ ...issue, field: kolomVanVeld(issue.field), row: info.lines });
      }
      if (huidig.gelezen >= deel) {
        yield huidig;
        huidig = { absenties: [], regels: [], issues: [], gelezen: 0 };
      }
    }
  } finally {
    parser.destroy();
  }
  if (!kolommen) throw fout([{ field: '(bestand)', rule: 'csv.leeg', message: 'het bestand heeft geen kopregel' }]);
  if (totaal === 0) throw fout([{ field: '(bestand)', rule: 'csv.leeg', message: 'het bestand heeft geen rijen' }]);
  if (huidig.gelezen > 0) yield huidig;
}

/**
 * Reads a whole (small) absence CSV: at most `MAX_ABSENTIES_PER_VERZOEK` rows, one bad row refuses the file with every
 * problem by line, column and rule.
 */
export async function leesAbsentieCsv(bron: AsyncIterable<Buffer | string>, max = MAX_ABSENTIES_PER_VERZOEK): Promise<AbsentieCsv> {
  const absenties: Absentie[] = [];
  const regels: number[] = [];
  const issues: DomainIssue[] = [];
  for await (const deel of doorloopAbsentieCsv(bron, max, max)) {
    absenties.push(...deel.absenties);
    regels.push(...deel.regels);
    issues.push(...deel.issues);
  }
  if (issues.length > 0) throw fout(issues);
  return { absenties, regels };
}

/** The CSV column of a record field (`absenties[3].datum` or `datum` → `datum`). */
export function kolomVanVeld(veld: string): string {
  const naam = veld.replace(/^absenties\[\d+\]\./, '');
  return PER_VELD.get(naam) ?? naam;
}

/**
 * A refusal of the records read from a file, told by line and column: the use case names `absenties[i].<field>`
 * (row = index), the school knows its file by line.
 */
export function perRegel(error: unknown, regels: readonly number[]): unknown {
  if (!(error instanceof DomainError) || error.issues.length === 0) return error;
  return new DomainError(error.kind, error.code, error.message, {
    details: error.details,
    issues: error.issues.map((issue) => {
      const index = issue.row ?? Number(/^absenties\[(\d+)\]/.exec(issue.field)?.[1] ?? NaN);
      return { ...issue, field: kolomVanVeld(issue.field), ...(Number.isNaN(index) ? {} : { row: regels[index] }) };
    }),
  });
}

/**
 * The separator of the file, from its first line: the most frequent of `;` (Excel NL), tab and `,` — one list of
 * separators would split a decimal comma (`3,5`) when the file uses `;`. Answers the source again, unread.
 */
async function kijkVooruit(bron: AsyncIterable<Buffer | string>): Promise<{ scheidingsteken: string; stukken: AsyncIterable<Buffer> }> {
  const iterator = bron[Symbol.asyncIterator]();
  const gelezen: Buffer[] = [];
  // Read until the first line ends or CSV_KOP_MAX_TEKENS bytes are in, whichever comes first: a file of one endless
  // line is not gathered to find its separator (issue 11).
  let bytes = 0;
  while (bytes < CSV_KOP_MAX_TEKENS) {
    const { value, done } = await iterator.next();
    if (done) break;
    const stuk = typeof value === 'string' ? Buffer.from(value) : value;
    gelezen.push(stuk);
    bytes += stuk.length;
    if (stuk.includes(0x0a)) break;
  }
  const begin = Buffer.concat(gelezen);
  const scheidingsteken = scheidingstekenVanKop(begin.subarray(0, CSV_KOP_MAX_TEKENS).toString('utf8'), ',');
  async function* stukken(): AsyncGenerator<Buffer> {
    yield* gelezen;
    for (;;) {
      const { value, done } = await iterator.next();
      if (done) return;
      yield typeof value === 'string' ? Buffer.from(value) : value;
    }
  }
  return { scheidingsteken, stukken: stukken() };
}

/** A refusal of the single-record route, told by the fields of its body (`datum`, not `absenties[0].datum`). */
export function alsEnkelRecord(error: unknown): unknown {
  if (!(error instanceof DomainError) || error.issues.length === 0) return error;
  return new DomainError(error.kind, error.code, error.message, {
    details: error.details,
    issues: error.issues.map(({ row: _row, ...issue }) => ({ ...issue, field: issue.field.replace(/^absenties\[0\]\./, '') })),
  });
}

/** The most of an unread body drained after an early answer; beyond it the connection is closed. */
const MAX_RESTANT = 256 * 1024 * 1024;

/**
 * Reads and drops what a client still sends after the file was refused or cut off (a wrong header, a record too
 * long, too many rows), so it gets the answer instead of a reset connection; a rest beyond 256 MB closes it.
 */
export async function leegRestant(request: AsyncIterable<Buffer> & { complete: boolean; destroy(): void }): Promise<void> {
  if (request.complete) return;
  let gelezen = 0;
  try {
    for await (const stuk of request) {
      gelezen += stuk.length;
      if (gelezen > MAX_RESTANT) {
        request.destroy();
        return;
      }
    }
  } catch {
    // The client went away: nothing to answer.
  }
}
