import { DomainIssue } from '@sluitend/domain-nl';
import { casusRegelsOngeldig } from './signalen.errors';
import { SIGNAAL_SOORTEN, SignaalSoort, isSignaalSoort } from './signaal-soort';

/** `opent`: without an open case, the signal opens one. `koppelt`: it only attaches to an open case. */
export type CasusRegel = 'opent' | 'koppelt';

export const CASUS_REGELS: readonly CasusRegel[] = ['opent', 'koppelt'];

/** A region's complete table: a rule for every signal kind. */
export type RegioCasusRegels = Readonly<Record<SignaalSoort, CasusRegel>>;

/**
 * The defaults (issue 13 item 1, from DOMAIN.md): the signals after which the RMC must act open a case; the early
 * ones (a missed 1 April, no live aanmelding left, an uitschrijving still inside its re-enrolment window) attach to an
 * open case, or open one where the region says so.
 */
export const STANDAARD_CASUS_REGELS: RegioCasusRegels = Object.freeze({
  'geen-herinschrijving': 'opent',
  'niet-ingeschreven-teldatum': 'opent',
  'negatief-bsa': 'opent',
  'rmc-verzuim': 'opent',
  'langdurig-relatief-verzuim': 'opent',
  'aanmelding-gemist': 'koppelt',
  'geen-levende-aanmelding': 'koppelt',
  'uitschrijving-zonder-startkwalificatie': 'koppelt',
});

/**
 * Kinds whose rule is law, not a regional choice: DOMAIN.md signal 5 says that no re-enrolment within the period
 * opens a case in trajecten.
 */
export const VASTE_CASUS_REGELS: Readonly<Partial<Record<SignaalSoort, CasusRegel>>> = { 'geen-herinschrijving': 'opent' };

/** One line of a coordinator's change, as it comes in (unchecked). */
export interface CasusRegelInvoer {
  readonly signaalSoort: string;
  readonly regel: string;
}

/**
 * A region's table from the coordinator's lines: kinds left out keep the default. Every line is checked — a known
 * kind (`signaal-soort.onbekend`), at most once (`signaal-soort.dubbel`), a known rule (`regel.onbekend`), not a
 * fixed one changed (`regel.vast`) — and all problems are reported at once (`casusregels.ongeldig`, fields
 * `regels[i].signaalSoort` / `regels[i].regel`). The result is frozen: look-ups are constant time.
 */
export function stelCasusRegelsVast(invoer: readonly CasusRegelInvoer[]): RegioCasusRegels {
  const tabel: Record<SignaalSoort, CasusRegel> = { ...STANDAARD_CASUS_REGELS };
  const gezien = new Set<string>();
  const meldingen: DomainIssue[] = [];
  invoer.forEach(({ signaalSoort, regel }, i) => {
    if (!isSignaalSoort(signaalSoort)) {
      meldingen.push({
        field: `regels[${i}].signaalSoort`,
        rule: 'signaal-soort.onbekend',
        message: `signaalSoort is een van: ${SIGNAAL_SOORTEN.join(', ')}`,
      });
    } else if (gezien.has(signaalSoort)) {
      meldingen.push({ field: `regels[${i}].signaalSoort`, rule: 'signaal-soort.dubbel', message: `${signaalSoort} staat er meer dan eens in` });
    }
    gezien.add(signaalSoort);
    if (regel !== 'opent' && regel !== 'koppelt') {
      meldingen.push({ field: `regels[${i}].regel`, rule: 'regel.onbekend', message: 'regel is opent of koppelt' });
      return;
    }
    if (!isSignaalSoort(signaalSoort)) return;
    const vast = VASTE_CASUS_REGELS[signaalSoort];
    if (vast !== undefined && vast !== regel) {
      meldingen.push({ field: `regels[${i}].regel`, rule: 'regel.vast', message: `${signaalSoort} ${vast} altijd een casus (DOMAIN.md)` });
      return;
    }
    tabel[signaalSoort] = regel;
  });
  if (meldingen.length > 0) throw casusRegelsOngeldig(meldingen);
  return Object.freeze(tabel);
}

/** The lines in which a region's table differs from the defaults (what to store and show). */
export function afwijkingenVanStandaard(regels: RegioCasusRegels): CasusRegelInvoer[] {
  return SIGNAAL_SOORTEN.filter((soort) => regels[soort] !== STANDAARD_CASUS_REGELS[soort]).map((soort) => ({
    signaalSoort: soort,
    regel: regels[soort],
  }));
}
