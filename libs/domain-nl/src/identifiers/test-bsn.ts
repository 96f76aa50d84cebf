import { Rng, randomDigits } from '../random/mulberry32';
import { normaliseBsn } from './bsn';
import { ELFPROEF_GEWICHTEN } from './elfproef';

/**
 * Generated test BSNs all start with `999`.
 *
 * Why 999: the test persons in RvIG's BRP test environment carry BSNs starting with 9999…, and the 9-range is not
 * (yet) known to be issued to residents. We take the wider `999` prefix so a demo region can hold ~90,000 distinct
 * numbers (6 free digits minus the ~1 in 11 that cannot get a check digit). Nobody guarantees a number in this range
 * is unassigned: use generated BSNs only as test/demo data, never feed them to a real BRP/DUO service.
 */
export const TEST_BSN_PREFIX = '999';

/** Digit d9 such that the 11-proef sum of `achtCijfers + d9` equals `gewensteRest` mod 11, or undefined if > 9. */
export function checkDigitFor(achtCijfers: string, gewensteRest: number): number | undefined {
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(achtCijfers[i]) * ELFPROEF_GEWICHTEN[i];
  // som - d9 ≡ rest (mod 11)  ⇔  d9 ≡ som - rest (mod 11)
  const digit = (((som - gewensteRest) % 11) + 11) % 11;
  return digit <= 9 ? digit : undefined;
}

/** A BSN that passes the 11-proef, drawn from the test range `999xxxxxx`. Deterministic for a seeded `rng`. */
export function generateTestBsn(rng: Rng): string {
  for (;;) {
    const achtCijfers = TEST_BSN_PREFIX + randomDigits(rng, 8 - TEST_BSN_PREFIX.length);
    const check = checkDigitFor(achtCijfers, 0);
    if (check !== undefined) return achtCijfers + String(check);
  }
}

/** True for a valid BSN from the generator's test range. */
export function isTestBsn(input: string): boolean {
  return normaliseBsn(input)?.startsWith(TEST_BSN_PREFIX) ?? false;
}
