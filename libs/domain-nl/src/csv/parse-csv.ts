import { DomainNlError } from '../errors/domain-nl-error';

function fout(regel: number, reden: string): DomainNlError {
  return new DomainNlError('CSV_ONGELDIG', `CSV regel ${regel}: ${reden}`);
}

/**
 * A small strict RFC 4180 reader: comma-separated, fields optionally in double quotes (`""` inside quotes is one
 * quote; commas and line breaks may appear inside quotes), LF or CRLF line ends, optional UTF-8 BOM, optional
 * final line break. A quote inside an unquoted field, text after a closing quote or an unclosed quote is an error.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let regel = 1;
  let i = 0;
  let atFieldStart = true;

  const endField = (): void => {
    record.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
    regel++;
  };

  while (i < input.length) {
    const ch = input[i];
    if (atFieldStart && ch === '"') {
      const startRegel = regel;
      i++;
      for (;;) {
        if (i >= input.length) throw fout(startRegel, 'aanhalingsteken niet gesloten');
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (input[i] === '\n') regel++;
        field += input[i++];
      }
      const next = input[i];
      if (next !== undefined && next !== ',' && next !== '\n' && !(next === '\r' && input[i + 1] === '\n')) {
        throw fout(regel, 'tekst na sluitend aanhalingsteken');
      }
      atFieldStart = false;
      continue;
    }
    atFieldStart = false;
    if (ch === ',') {
      endField();
      i++;
    } else if (ch === '\n' || (ch === '\r' && input[i + 1] === '\n')) {
      endRecord();
      i += ch === '\r' ? 2 : 1;
    } else if (ch === '"' || ch === '\r') {
      throw fout(regel, ch === '"' ? 'aanhalingsteken midden in een veld' : 'losse CR');
    } else {
      field += ch;
      i++;
    }
  }
  if (!atFieldStart || record.length > 0) endRecord();
  return records;
}

/**
 * Records as objects keyed by column name. The header must be exactly `kolommen` (same names, same order) and
 * every record must have that many fields.
 */
export function parseCsvRecords<K extends string>(text: string, kolommen: readonly K[]): Record<K, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header || header.join(',') !== kolommen.join(',')) {
    throw fout(1, `kopregel moet ${kolommen.join(',')} zijn`);
  }
  return rows.map((row, index) => {
    if (row.length !== kolommen.length) {
      throw fout(index + 2, `${row.length} velden, verwacht ${kolommen.length}`);
    }
    const record = {} as Record<K, string>;
    kolommen.forEach((kolom, k) => {
      record[kolom] = row[k];
    });
    return record;
  });
}
