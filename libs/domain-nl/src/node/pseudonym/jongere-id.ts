import { createHmac, KeyObject } from 'node:crypto';
import { DomainNlError } from '../../errors/domain-nl-error';
import { normalisePersoonsnummer } from '../../identifiers/persoonsnummer';
import { SecretKeyInput, pseudonymKeyBytes } from './secret-key';

/**
 * The pseudonymous id every service uses for a young person: HMAC-SHA256 over the normalised 9-digit BSN or
 * onderwijsnummer under the platform key (PSEUDONYM_KEY), base64url without padding (43 characters).
 * Same person + same key → same id in every service, without a central lookup.
 * A BSN and an onderwijsnummer never collide (their 11-proef remainders differ), so the same person known by both
 * gets two ids until a link is recorded.
 *
 * Throws `ONGELDIG_PERSOONSNUMMER` for an invalid number (the message does not contain the number) and
 * `SLEUTEL_TE_KORT` for a key below 32 bytes.
 */
export function jongereId(persoonsnummer: string, key: SecretKeyInput | KeyObject): string {
  const nummer = normalisePersoonsnummer(persoonsnummer);
  if (nummer === undefined) {
    throw new DomainNlError('ONGELDIG_PERSOONSNUMMER', 'Geen geldig BSN of onderwijsnummer');
  }
  return createHmac('sha256', key instanceof KeyObject ? key : pseudonymKeyBytes(key))
    .update(nummer, 'utf8')
    .digest('base64url');
}
