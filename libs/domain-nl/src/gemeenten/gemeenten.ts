import { DomainNlError } from '../errors/domain-nl-error';
import { normaliseGemeentecode } from '../identifiers/gemeentecode';
import { Gemeente, RmcRegio } from './gemeente';
import { gemeentenRegister } from './gemeenten-bron';
import { naamSleutel } from './gemeente-naam';

/** A current gemeente by CBS code (`GM0014`; also `gm0014` or DUO's bare number `14`), or `undefined`. */
export function gemeente(code: string | number): Gemeente | undefined {
  const normalised = normaliseGemeentecode(code);
  return normalised === undefined ? undefined : gemeentenRegister().byCode.get(normalised);
}

/** All 342 current gemeenten, by code. */
export function alleGemeenten(): readonly Gemeente[] {
  return gemeentenRegister().gemeenten;
}

/**
 * The RMC region responsible for young people living in this gemeente (the woongemeente decides, not the school).
 * `undefined` for the nine Arnhem-region gemeenten, whose region has no confirmed code in the data (see
 * `Gemeente.rmcRegio`): the caller decides. Throws `ONBEKENDE_GEMEENTE` for a code that is no current gemeente,
 * so a typo is never mistaken for "no region".
 */
export function rmcRegioVanGemeente(code: string | number): RmcRegio | undefined {
  const found = gemeente(code);
  if (!found) throw new DomainNlError('ONBEKENDE_GEMEENTE', 'Onbekende gemeentecode');
  return found.rmcRegio;
}

/** A region by code (`MC03`), or `undefined` when no gemeente in the data carries it. */
export function rmcRegioVanCode(code: string): RmcRegio | undefined {
  return gemeentenRegister().regios.get(code.trim().toUpperCase());
}

/** All regions with a code in the data, by number (39: the Arnhem region has no confirmed code). */
export function alleRmcRegios(): readonly RmcRegio[] {
  return [...gemeentenRegister().regios.values()];
}

/** The gemeenten of a region (`MC03`); empty for an unknown code. */
export function gemeentenInRegio(code: string): readonly Gemeente[] {
  return gemeentenRegister().byRegio.get(code.trim().toUpperCase()) ?? [];
}

/**
 * A gemeente by name, as school lists write it: case, diacritics, spaces and punctuation are ignored
 * (`S HERTOGENBOSCH`, `SUDWEST-FRYSLAN`, `BERGEN NH`), a few known other spellings are accepted
 * (`data/gemeente-aliassen.csv`, e.g. `NUENEN CA`, `Den Haag`), and a CBS suffix may be left out when that is
 * unambiguous (`HENGELO` → Hengelo (O.)). `BERGEN` alone is ambiguous (NH. or L.) and gives `undefined`.
 */
export function gemeenteByNaam(naam: string): Gemeente | undefined {
  const register = gemeentenRegister();
  const sleutel = naamSleutel(naam);
  if (sleutel === '') return undefined;
  const exact = register.byNaam.get(sleutel);
  if (exact) return exact;
  const zonderSuffix = register.bySuffixloosNaam.get(sleutel);
  return zonderSuffix?.length === 1 ? zonderSuffix[0] : undefined;
}
