import { Rng, randomDigits } from '../random/mulberry32';
import { checkDigitFor } from './test-bsn';

/**
 * An onderwijsnummer (`10` + 6 digits + check digit, 11-proef remainder 5). Deterministic for a seeded `rng`.
 * There is no reserved test range for onderwijsnummers: every 10xxxxxxx number is DUO's, so a generated one may
 * belong to a real pupil. Use only as test/demo data, never in a real DUO exchange.
 */
export function generateTestOnderwijsnummer(rng: Rng): string {
  for (;;) {
    const achtCijfers = '10' + randomDigits(rng, 6);
    const check = checkDigitFor(achtCijfers, 5);
    if (check !== undefined) return achtCijfers + String(check);
  }
}
