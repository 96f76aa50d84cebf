import { parseCsvRecords } from '../csv/parse-csv';
import { DomainNlError } from '../errors/domain-nl-error';
import { isValidGemeentecode } from '../identifiers/gemeentecode';
import { rmcRegioNummer } from '../identifiers/rmc-regio-code';
import { Gemeente, RmcRegio } from './gemeente';
import { naamSleutel, zonderCbsSuffix } from './gemeente-naam';

export const GEMEENTEN_KOLOMMEN = ['gemeentecode', 'gemeentenaam', 'provincie', 'rmc_regio_code', 'rmc_regio_naam', 'bron'] as const;

export const ALIAS_KOLOMMEN = ['alias', 'gemeentecode', 'toelichting'] as const;

/** The loaded gemeenten table with its indexes. Immutable. */
export interface GemeentenRegister {
  readonly gemeenten: readonly Gemeente[];
  readonly byCode: ReadonlyMap<string, Gemeente>;
  readonly regios: ReadonlyMap<string, RmcRegio>;
  readonly byRegio: ReadonlyMap<string, readonly Gemeente[]>;
  /** Full names and aliases, by `naamSleutel`. */
  readonly byNaam: ReadonlyMap<string, Gemeente>;
  /** Names without CBS suffix (`Bergen`, `Hengelo`), by `naamSleutel`; several entries = ambiguous. */
  readonly bySuffixloosNaam: ReadonlyMap<string, readonly Gemeente[]>;
}

function ongeldig(reden: string): DomainNlError {
  return new DomainNlError('DATABESTAND_ONGELDIG', `gemeenten-rmc.csv: ${reden}`);
}

function regioFor(code: string, naam: string, regios: Map<string, RmcRegio>): RmcRegio | undefined {
  if (code === '') return undefined;
  const nummer = rmcRegioNummer(code);
  if (nummer === undefined || code !== code.toUpperCase()) throw ongeldig(`ongeldige RMC-regiocode ${code}`);
  const known = regios.get(code);
  if (known && known.naam !== naam) throw ongeldig(`regio ${code} heeft twee namen`);
  const regio = known ?? Object.freeze({ code, nummer, naam });
  regios.set(code, regio);
  return regio;
}

function addNaam(byNaam: Map<string, Gemeente>, naam: string, gemeente: Gemeente): void {
  const sleutel = naamSleutel(naam);
  const existing = byNaam.get(sleutel);
  if (existing && existing !== gemeente) throw ongeldig(`naam ${naam} hoort bij twee gemeenten`);
  byNaam.set(sleutel, gemeente);
}

/** Builds the register from the CSV texts; validates the data strictly and throws `DATABESTAND_ONGELDIG`. */
export function buildGemeentenRegister(gemeentenCsv: string, aliassenCsv?: string): GemeentenRegister {
  const regios = new Map<string, RmcRegio>();
  const byCode = new Map<string, Gemeente>();
  const byRegio = new Map<string, Gemeente[]>();
  const byNaam = new Map<string, Gemeente>();
  const bySuffixloosNaam = new Map<string, Gemeente[]>();

  for (const row of parseCsvRecords(gemeentenCsv, GEMEENTEN_KOLOMMEN)) {
    if (!isValidGemeentecode(row.gemeentecode) || row.gemeentecode !== row.gemeentecode.toUpperCase()) {
      throw ongeldig(`ongeldige gemeentecode ${row.gemeentecode}`);
    }
    if (byCode.has(row.gemeentecode)) throw ongeldig(`gemeentecode ${row.gemeentecode} komt twee keer voor`);
    if (row.gemeentenaam.trim() === '' || row.rmc_regio_naam.trim() === '') {
      throw ongeldig(`lege naam bij ${row.gemeentecode}`);
    }
    const rmcRegio = regioFor(row.rmc_regio_code, row.rmc_regio_naam, regios);
    const gemeente: Gemeente = Object.freeze({
      code: row.gemeentecode,
      naam: row.gemeentenaam,
      provincie: row.provincie,
      rmcRegio,
      rmcRegioNaam: row.rmc_regio_naam,
      bron: Object.freeze(row.bron.split(';').filter((tag) => tag !== '')),
    });
    byCode.set(gemeente.code, gemeente);
    if (rmcRegio) byRegio.set(rmcRegio.code, [...(byRegio.get(rmcRegio.code) ?? []), gemeente]);
    addNaam(byNaam, gemeente.naam, gemeente);
    const kort = zonderCbsSuffix(gemeente.naam);
    if (kort !== undefined) {
      const sleutel = naamSleutel(kort);
      bySuffixloosNaam.set(sleutel, [...(bySuffixloosNaam.get(sleutel) ?? []), gemeente]);
    }
  }

  if (aliassenCsv !== undefined) {
    for (const alias of parseCsvRecords(aliassenCsv, ALIAS_KOLOMMEN)) {
      const gemeente = byCode.get(alias.gemeentecode);
      if (!gemeente) throw ongeldig(`alias ${alias.alias} verwijst naar onbekende ${alias.gemeentecode}`);
      addNaam(byNaam, alias.alias, gemeente);
    }
  }

  const gemeenten = Object.freeze([...byCode.values()]);
  return {
    gemeenten,
    byCode,
    regios: new Map([...regios.entries()].sort(([, a], [, b]) => a.nummer - b.nummer)),
    byRegio: new Map([...byRegio.entries()].map(([code, lijst]) => [code, Object.freeze(lijst)])),
    byNaam,
    bySuffixloosNaam,
  };
}
