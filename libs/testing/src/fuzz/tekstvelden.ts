import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { ServiceName } from '@sluitend/contracts';

/**
 * The fuzz tier for text (issue 9): for every operation of a service's committed OpenAPI document that takes a JSON
 * body, query or path parameters, a valid request (written by hand per operation) is sent once, then again with one text
 * field, query parameter or path parameter at a time replaced by each hostile value — a NUL, a lone surrogate, 1 MB of text, a right-to-left override.
 * No answer may be a 5xx, and no answer in the 4xx range may leave any row of the service's tables changed (counts
 * and a checksum of every row; tables a background worker touches by itself are compared by count).
 */

/** One operation's valid request: the path with its parameters filled in, its body and query, and whose token. */
export type FuzzVoorbeeld = {
  pad: string;
  token: () => Promise<string>;
  body?: unknown;
  /** Valid query parameters; every query parameter of the operation is fuzzed, present here or not. */
  query?: Record<string, string>;
  /** Raw body and media type for a non-JSON operation whose query parameters are fuzzed (the CSV import). */
  ruweBody?: RuweBody;
  /** Extra request headers (e.g. If-Match with the version a fresh resource from `nieuwPad` has). */
  headers?: Record<string, string>;
  /** Statuses the valid request may answer besides 2xx (e.g. 409 when an earlier request already did the same). */
  ookGoed?: number[];
  /** A fresh resource per request (its path, query not included), when a request uses up what it acts on (an alert closed). */
  nieuwPad?: () => Promise<string>;
  /** Waits for what the valid request started in the background (an import job), before the fuzzing compares rows. */
  naGeldig?: (antwoord: { status: number; tekst: string }) => Promise<void>;
  /**
   * After each fuzzed request that was accepted (2xx): waits for what it started in the background (an import job) and
   * returns how that failed, if it did — counted as a server error (a job that failed is the 5xx of the background).
   */
  naPoging?: (antwoord: { status: number; tekst: string }) => Promise<string | undefined>;
};

/**
 * A raw body: `cellen` fuzzes every cell of its last line (the delimiter ; tab or , taken from the header line), each
 * hostile value sent as raw bytes (the lone surrogate as the invalid UTF-8 of U+D800). An import that works in the
 * background waits for its job after each request (`naPoging`).
 */
export type RuweBody = { tekst: string; type: string; cellen?: boolean };

export type FuzzDefinitie = {
  service: ServiceName;
  url: string;
  dataSource: DataSource;
  /**
   * Per operation, keyed `METHOD /path/{param}` exactly as in docs/openapi/<service>.json. Several examples when no one
   * valid request can fill every text field (fields that exclude each other); together they must fill them all.
   */
  voorbeelden: Record<string, () => Promise<FuzzVoorbeeld | FuzzVoorbeeld[]> | FuzzVoorbeeld | FuzzVoorbeeld[]>;
  /** Tables changed by background work on their own (the outbox relay marks rows sent): compared by row count. */
  vluchtig?: string[];
};

export type FuzzUitkomst = {
  /** Tables compared after every 4xx (the service's schema). */
  tabellen: number;
  operaties: number;
  velden: number;
  verzoeken: number;
  /** Every answer of 500 or more: operation, field, payload, status and the start of the body. */
  serverfouten: string[];
  /** Every 4xx after which a table differed. */
  gewijzigd: string[];
  /** Status counts, for the report. */
  statussen: Record<number, number>;
  /** Operations of the document with a body or query that have no example (the test must fail on them). */
  zonderVoorbeeld: string[];
  /** Text fields of the document's schemas that the example does not fill (the test must fail on them). */
  ontbrekendeVelden: string[];
  /** Valid examples that were not accepted. */
  voorbeeldFouten: string[];
};

export const HOSTILE_TEKST: ReadonlyArray<{ naam: string; waarde: string; query: string }> = [
  { naam: 'NUL', waarde: 'a\u0000b', query: 'a%00b' },
  // JSON.stringify writes a lone surrogate as the escape \ud800; in a URL it is the (invalid) UTF-8 of U+D800.
  { naam: 'lone surrogate', waarde: 'a\ud800b', query: 'a%ED%A0%80b' },
  { naam: '1 MB', waarde: 'x'.repeat(1024 * 1024), query: 'x'.repeat(1024 * 1024) },
  { naam: 'RTL override', waarde: '\u202eGM0014', query: encodeURIComponent('\u202eGM0014') },
];

/**
 * The fuzz size: `FUZZ_RUNS` (default 1, the smoke size of `./sluitend test`) rounds of payloads per field. Round 1 is
 * HOSTILE_TEKST; every further round adds four payloads generated from a fixed seed (so a failure is reproducible):
 * control and format characters, combining marks, astral characters in pairs, injection-shaped text, lengths up to
 * a few thousand. `./sluitend fuzz` runs every service's fuzz tier at full size.
 */
export function fuzzPayloads(rondes = fuzzRondes()): ReadonlyArray<{ naam: string; waarde: string; query: string }> {
  const extra: Array<{ naam: string; waarde: string; query: string }> = [];
  let toestand = 0x5eed1e55;
  const willekeurig = () => {
    // mulberry32: small, fast, and the same sequence on every machine
    toestand = (toestand + 0x6d2b79f5) | 0;
    let t = Math.imul(toestand ^ (toestand >>> 15), 1 | toestand);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const kies = <T>(lijst: readonly T[]): T => lijst[Math.floor(willekeurig() * lijst.length)];
  const bouwstenen: ReadonlyArray<() => string> = [
    () => String.fromCharCode(32 + Math.floor(willekeurig() * 95)),
    () => String.fromCharCode(Math.floor(willekeurig() * 32)),
    () => kies(['\u200b', '\u200d', '\u2028', '\u2029', '\ufeff', '\u202e', '\u2066', '\u00ad', '\u0301', '\u0308']),
    () => kies(['😀', '𝔘', '👩‍👩‍👧', '🇳🇱', '\u{10ffff}']),
    () => kies(["' OR 1=1 --", '"; DROP TABLE dossier; --', '%s%n%x', '../../etc/passwd', '<script>x</script>', '${7*7}', '{{7*7}}', '\\', 'NaN']),
    () => kies(['ĳ', 'ß', 'İ', 'ﬃ', 'Å', 'Ω', 'ﾟ', '０', '١']),
    () => '9'.repeat(1 + Math.floor(willekeurig() * 30)),
  ];
  for (let ronde = 2; ronde <= rondes; ronde += 1) {
    for (let nummer = 1; nummer <= 4; nummer += 1) {
      const lengte = kies([1, 2, 8, 64, 255, 256, 1000, 4001]);
      let waarde = '';
      while (waarde.length < lengte) waarde += kies(bouwstenen)();
      extra.push({ naam: `gegenereerd ${ronde}.${nummer}`, waarde, query: encodeURIComponent(waarde) });
    }
  }
  return [...HOSTILE_TEKST, ...extra];
}

/** FUZZ_RUNS from the environment: 1 unless set to a whole number from 1 to 1000. */
export function fuzzRondes(): number {
  const rondes = Number(process.env.FUZZ_RUNS ?? '1');
  return Number.isInteger(rondes) && rondes >= 1 && rondes <= 1000 ? rondes : 1;
}

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  additionalProperties?: boolean | Schema;
};
type Operatie = {
  parameters?: Array<{ in: string; name: string; schema?: Schema }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};
type Document = { paths: Record<string, Record<string, Operatie>>; components?: { schemas?: Record<string, Schema> } };

const ROOT = join(__dirname, '../../../..');

export function openApiDocument(service: ServiceName): Document {
  return JSON.parse(readFileSync(join(ROOT, 'docs', 'openapi', `${service}.json`), 'utf8')) as Document;
}

/** The text fields of a JSON schema as paths (`a.b`, arrays as `[0]`). */
export function tekstveldenVanSchema(document: Document, schema: Schema | undefined, pad = '', bezocht = new Set<string>()): string[] {
  if (!schema) return [];
  if (schema.$ref) {
    if (bezocht.has(schema.$ref)) return [];
    const naam = schema.$ref.split('/').pop() as string;
    return tekstveldenVanSchema(document, document.components?.schemas?.[naam], pad, new Set([...bezocht, schema.$ref]));
  }
  const delen = [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  if (delen.length > 0) return [...new Set(delen.flatMap((deel) => tekstveldenVanSchema(document, deel, pad, bezocht)))];
  const typen = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (schema.properties || typen.includes('object')) {
    return Object.entries(schema.properties ?? {}).flatMap(([naam, deel]) =>
      tekstveldenVanSchema(document, deel, pad ? `${pad}.${naam}` : naam, bezocht),
    );
  }
  if (typen.includes('array')) return tekstveldenVanSchema(document, schema.items, `${pad}[0]`, bezocht);
  return typen.includes('string') ? [pad] : [];
}

/** The string leaves of a JSON value with their paths (array indices as written). */
export function tekstbladeren(waarde: unknown, pad = ''): string[] {
  if (typeof waarde === 'string') return [pad];
  if (Array.isArray(waarde)) return waarde.flatMap((item, index) => tekstbladeren(item, `${pad}[${index}]`));
  if (waarde !== null && typeof waarde === 'object') {
    return Object.entries(waarde).flatMap(([naam, deel]) => tekstbladeren(deel, pad ? `${pad}.${naam}` : naam));
  }
  return [];
}

function metVeld(waarde: unknown, pad: string, nieuw: string): unknown {
  const kopie = structuredClone(waarde) as Record<string, unknown>;
  const stappen = pad.match(/[^.[\]]+/g) as string[];
  let plek: Record<string, unknown> = kopie;
  stappen.slice(0, -1).forEach((stap) => (plek = plek[stap] as Record<string, unknown>));
  plek[stappen[stappen.length - 1]] = nieuw;
  return kopie;
}

async function momentopname(dataSource: DataSource, schema: string, vluchtig: ReadonlySet<string>): Promise<Map<string, string>> {
  const tabellen = (await dataSource.query(
    `SELECT table_name AS naam FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY 1`,
    [schema],
  )) as Array<{ naam: string }>;
  const uitkomst = new Map<string, string>();
  if (tabellen.length === 0) return uitkomst;
  // One round trip for every table (a full-size run compares thousands of times).
  const delen = tabellen.map(({ naam }, index) => {
    const tabel = `"${schema}"."${naam.replace(/"/g, '""')}"`;
    return vluchtig.has(naam)
      ? `SELECT ${index} AS i, count(*)::text AS n, '' AS h FROM ${tabel}`
      : `SELECT ${index} AS i, count(*)::text AS n, coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS h FROM ${tabel} t`;
  });
  const rijen = (await dataSource.query(delen.join('\nUNION ALL\n'))) as Array<{ i: number; n: string; h: string }>;
  for (const rij of rijen) uitkomst.set(tabellen[Number(rij.i)].naam, `${rij.n}:${rij.h}`);
  return uitkomst;
}

/** The bytes of a hostile value in a raw body: its URL form decoded byte by byte (the lone surrogate stays invalid UTF-8). */
const alsBytes = (query: string): Buffer =>
  Buffer.from(
    query.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  );

/** Each cell of a CSV body's last line: its column (from the header line) and the text before and after it. */
function csvCellen(body: RuweBody): Array<{ kolom: string; voor: string; na: string }> {
  const regels = body.tekst.split('\n');
  const laatste = regels.map((regel) => regel.trim()).findLastIndex((regel) => regel.length > 0);
  const scheiding = [';', '\t', ','].find((teken) => regels[0].includes(teken)) ?? ';';
  const kolommen = regels[0].replace(/^\uFEFF/, '').split(scheiding);
  const cellen = regels[laatste].split(scheiding);
  return cellen.map((_, index) => ({
    kolom: kolommen[index]?.trim() ?? String(index),
    voor: [...regels.slice(0, laatste), cellen.slice(0, index).concat('').join(scheiding)].join('\n'),
    na: [cellen.slice(index + 1).length > 0 ? scheiding + cellen.slice(index + 1).join(scheiding) : '', ...regels.slice(laatste + 1)].join('\n'),
  }));
}

const verschil = (voor: Map<string, string>, na: Map<string, string>): string[] =>
  [...new Set([...voor.keys(), ...na.keys()])].filter((tabel) => voor.get(tabel) !== na.get(tabel));

/** Runs the fuzz tier over one service; the caller asserts on the outcome (and prints it). */
export async function fuzzTekstvelden(definitie: FuzzDefinitie): Promise<FuzzUitkomst> {
  const document = openApiDocument(definitie.service);
  const schema = (definitie.dataSource.options as { schema?: string }).schema ?? definitie.service;
  const vluchtig = new Set(['outbox', ...(definitie.vluchtig ?? [])]);
  const payloads = fuzzPayloads();
  const uitkomst: FuzzUitkomst = {
    tabellen: (await momentopname(definitie.dataSource, schema, vluchtig)).size,
    operaties: 0,
    velden: 0,
    verzoeken: 0,
    serverfouten: [],
    gewijzigd: [],
    statussen: {},
    zonderVoorbeeld: [],
    ontbrekendeVelden: [],
    voorbeeldFouten: [],
  };

  const stuur = async (
    methode: string,
    pad: string,
    token: string,
    body?: { tekst: string | Uint8Array; type: string },
    extra: Record<string, string> = {},
  ) => {
    const response = await fetch(`${definitie.url}${pad}`, {
      method: methode,
      headers: { ...extra, authorization: `Bearer ${token}`, ...(body ? { 'content-type': body.type } : {}) },
      body: body?.tekst,
    });
    const tekst = await response.text();
    uitkomst.statussen[response.status] = (uitkomst.statussen[response.status] ?? 0) + 1;
    return { status: response.status, tekst };
  };

  for (const [sjabloon, methoden] of Object.entries(document.paths)) {
    for (const [methode, operatie] of Object.entries(methoden)) {
      const sleutel = `${methode.toUpperCase()} ${sjabloon}`;
      const jsonSchema = operatie.requestBody?.content?.['application/json']?.schema;
      const queryParams = (operatie.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
      const schemaVelden = tekstveldenVanSchema(document, jsonSchema);
      // Path parameters: the segment at the template's {name} replaced, in the concrete path.
      const padParams = sjabloon.split('/').flatMap((segment, index) => (/^\{\w+\}$/.test(segment) ? [{ naam: segment.slice(1, -1), index }] : []));
      const ruw = Object.keys(operatie.requestBody?.content ?? {}).some((type) => type !== 'application/json');
      if (schemaVelden.length === 0 && queryParams.length === 0 && padParams.length === 0 && !ruw) continue;
      const maak = definitie.voorbeelden[sleutel];
      if (!maak) {
        uitkomst.zonderVoorbeeld.push(sleutel);
        continue;
      }
      uitkomst.operaties += 1;
      const gemaakt = await maak();
      const voorbeelden = Array.isArray(gemaakt) ? gemaakt : [gemaakt];
      const genormaliseerd = new Set(
        voorbeelden.flatMap((voorbeeld) => (jsonSchema ? tekstbladeren(voorbeeld.body) : [])).map((blad) => blad.replace(/\[\d+\]/g, '[0]')),
      );
      for (const veld of schemaVelden) if (!genormaliseerd.has(veld)) uitkomst.ontbrekendeVelden.push(`${sleutel} ${veld}`);

      for (const [volgnummer, voorbeeld] of voorbeelden.entries()) {
        const token = await voorbeeld.token();
        const bladeren = jsonSchema ? tekstbladeren(voorbeeld.body) : [];

        const queryTekst = (query: Record<string, string>, rauw?: [string, string]) => {
          const delen = Object.entries(query)
            .filter(([naam]) => naam !== rauw?.[0])
            .map(([naam, waarde]) => `${naam}=${encodeURIComponent(waarde)}`);
          if (rauw) delen.push(`${rauw[0]}=${rauw[1]}`);
          return delen.length > 0 ? `?${delen.join('&')}` : '';
        };
        const body = (waarde: unknown) =>
          voorbeeld.ruweBody ??
          (operatie.requestBody?.content?.['application/json'] ? { tekst: JSON.stringify(waarde ?? {}), type: 'application/json' } : undefined);

        const pad = async () => (voorbeeld.nieuwPad ? voorbeeld.nieuwPad() : voorbeeld.pad);
        const geldig = await stuur(
          methode.toUpperCase(),
          `${await pad()}${queryTekst(voorbeeld.query ?? {})}`,
          token,
          body(voorbeeld.body),
          voorbeeld.headers,
        );
        if (geldig.status >= 300 && !(voorbeeld.ookGoed ?? []).includes(geldig.status)) {
          uitkomst.voorbeeldFouten.push(`${sleutel}: ${geldig.status} ${geldig.tekst.slice(0, 300)}`);
        }
        uitkomst.verzoeken += 1;
        await voorbeeld.naGeldig?.(geldig);

        const pogingen: Array<{
          veld: string;
          payload: string;
          query: string;
          body?: { tekst: string | Uint8Array; type: string };
          segment?: { index: number; waarde: string };
        }> = [];
        for (const blad of bladeren) {
          for (const hostile of payloads) {
            pogingen.push({
              veld: blad,
              payload: hostile.naam,
              query: queryTekst(voorbeeld.query ?? {}),
              body: body(metVeld(voorbeeld.body, blad, hostile.waarde)),
            });
          }
        }
        const cellen = voorbeeld.ruweBody?.cellen ? csvCellen(voorbeeld.ruweBody) : [];
        for (const cel of cellen) {
          for (const hostile of payloads) {
            pogingen.push({
              veld: `csv:${cel.kolom}`,
              payload: hostile.naam,
              query: queryTekst(voorbeeld.query ?? {}),
              body: {
                tekst: Buffer.concat([Buffer.from(cel.voor), alsBytes(hostile.query), Buffer.from(cel.na)]),
                type: voorbeeld.ruweBody?.type as string,
              },
            });
          }
        }
        // Path and query parameters once per operation (with the first example).
        for (const { naam, index } of volgnummer === 0 ? padParams : []) {
          for (const hostile of payloads) {
            pogingen.push({
              veld: `{${naam}}`,
              payload: hostile.naam,
              query: queryTekst(voorbeeld.query ?? {}),
              body: body(voorbeeld.body),
              segment: { index, waarde: hostile.query },
            });
          }
        }
        for (const naam of volgnummer === 0 ? queryParams : []) {
          for (const hostile of payloads) {
            pogingen.push({
              veld: `?${naam}`,
              payload: hostile.naam,
              query: queryTekst(voorbeeld.query ?? {}, [naam, hostile.query]),
              body: body(voorbeeld.body),
            });
          }
        }
        uitkomst.velden += bladeren.length + cellen.length + (volgnummer === 0 ? queryParams.length + padParams.length : 0);

        // The snapshot after a 4xx is the one before the next request (taken right before it); after any other
        // answer a fresh one is taken.
        let stand: Map<string, string> | undefined;
        for (const poging of pogingen) {
          const echtPad = (await pad()).split('/');
          if (poging.segment) echtPad[poging.segment.index] = poging.segment.waarde;
          const url = `${echtPad.join('/')}${poging.query}`;
          const voor = stand ?? (await momentopname(definitie.dataSource, schema, vluchtig));
          stand = undefined;
          const antwoord = await stuur(methode.toUpperCase(), url, token, poging.body, voorbeeld.headers);
          uitkomst.verzoeken += 1;
          const wie = `${sleutel} ${poging.veld} (${poging.payload})`;
          if (antwoord.status >= 500) uitkomst.serverfouten.push(`${wie}: ${antwoord.status} ${antwoord.tekst.slice(0, 300)}`);
          const achtergrond = antwoord.status < 300 ? await voorbeeld.naPoging?.(antwoord) : undefined;
          if (achtergrond) uitkomst.serverfouten.push(`${wie}: ${antwoord.status}, then ${achtergrond}`);
          if (antwoord.status >= 400 && antwoord.status < 500) {
            const na = await momentopname(definitie.dataSource, schema, vluchtig);
            const tabellen = verschil(voor, na);
            if (tabellen.length > 0) uitkomst.gewijzigd.push(`${wie}: ${antwoord.status}, changed ${tabellen.join(', ')}`);
            // A path from nieuwPad makes a fresh resource (rows) before each request: then no carrying over.
            if (!voorbeeld.nieuwPad) stand = na;
          }
        }
      }
    }
  }
  return uitkomst;
}

/** One line per figure, for the test output and the report. */
export function fuzzSamenvatting(service: string, uitkomst: FuzzUitkomst): string {
  const statussen = Object.entries(uitkomst.statussen)
    .map(([status, aantal]) => `${status}×${aantal}`)
    .join(' ');
  return (
    `fuzz ${service}: ${uitkomst.operaties} operations, ${uitkomst.velden} text fields × ${fuzzPayloads().length} payloads, ` +
    `${uitkomst.verzoeken} requests (valid ones included), 5xx: ${uitkomst.serverfouten.length}, ` +
    `rows changed by a 4xx: ${uitkomst.gewijzigd.length} (${uitkomst.tabellen} tables compared); ${statussen}`
  );
}

/** How long one service's fuzz tier may take: ten minutes per round of payloads (a loaded CI machine included). */
export function fuzzTijdslimiet(): number {
  return 600_000 * fuzzRondes();
}

/**
 * The service's settings under fuzzing: the write and lookup rate limits off, so every payload reaches validation
 * (a full-size run sends thousands of requests as one user; the limits themselves are tested in hardening.int-spec).
 */
export const FUZZ_ENV: Record<string, string> = { WRITE_RATE_LIMIT: '0', LOOKUP_RATE_LIMIT: '0' };
