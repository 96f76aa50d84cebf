import { z } from 'zod';

/** Control characters other than tab, line feed and carriage return (NUL among them): never part of a text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const STUURTEKEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** A UTF-16 surrogate without its partner: not a character, and PostgreSQL cannot store it. */
const LOSSE_SURROGAAT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const TEKST_MELDINGEN = {
  stuurteken: 'tekst bevat een stuurteken (zoals NUL); alleen tab en regeleinde zijn toegestaan',
  surrogaat: 'tekst bevat een ongeldig Unicode-teken (losse surrogaat)',
  leeg: 'tekst is leeg',
  teLang: (max: number) => `tekst is te lang: hoogstens ${max} tekens`,
} as const;

export type TekstOpties = {
  /** At least one non-space character (default true). */
  verplicht?: boolean;
  /** Trim surrounding whitespace (default true). */
  trim?: boolean;
};

/**
 * Free text, as every free-text field of every API schema takes it: at most `max` characters, no control characters
 * (NUL, …) and no lone surrogates, each refused with the rule it broke. Trimmed and non-empty unless told otherwise.
 */
export function vrijeTekst(max: number, opties: TekstOpties = {}) {
  const { verplicht = true, trim = true } = opties;
  const basis = trim ? z.string().trim() : z.string();
  return basis
    .max(max, { error: TEKST_MELDINGEN.teLang(max) })
    .min(verplicht ? 1 : 0, { error: TEKST_MELDINGEN.leeg })
    .refine((tekst) => !STUURTEKEN.test(tekst), { error: TEKST_MELDINGEN.stuurteken, params: { rule: 'tekst.stuurteken' } })
    .refine((tekst) => !LOSSE_SURROGAAT.test(tekst), { error: TEKST_MELDINGEN.surrogaat, params: { rule: 'tekst.unicode' } });
}
