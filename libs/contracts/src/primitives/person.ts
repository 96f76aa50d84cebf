import { z } from 'zod';
import {
  JONGERE_ID_MELDING,
  JONGERE_ID_VORM,
  PERSOONSNUMMER_MELDING,
  POSTCODE_MELDINGEN,
  POSTCODE_VORM,
  compactNumber,
  isValidPersoonsnummer,
  normalisePersoonsnummer,
  normalisePostcode,
} from '@sluitend/domain-nl';

/** A BSN or an onderwijsnummer (11-proef), separators removed, normalised to 9 digits. */
export const persoonsnummerSchema = z
  .string()
  .overwrite(compactNumber)
  .refine(isValidPersoonsnummer, { error: PERSOONSNUMMER_MELDING, params: { rule: 'persoonsnummer' } })
  .overwrite((nummer) => normalisePersoonsnummer(nummer) ?? nummer);

/** A Dutch postcode (`1234 AB`; `1234ab` is accepted and written `1234 AB`). */
export const postcodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(POSTCODE_VORM, { error: POSTCODE_MELDINGEN.vorm, abort: true })
  .refine((postcode) => normalisePostcode(postcode) !== undefined, { error: POSTCODE_MELDINGEN.letters, params: { rule: 'postcode.letters' } })
  .overwrite((postcode) => normalisePostcode(postcode) ?? postcode);

/** The pseudonymous id of a young person (HMAC-SHA256, base64url, 43 characters). */
export const jongereIdSchema = z.string().regex(JONGERE_ID_VORM, { error: JONGERE_ID_MELDING });
