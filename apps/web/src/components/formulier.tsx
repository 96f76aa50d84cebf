import { ReactNode } from 'react';
import { z } from 'zod';
import { ApiFout } from '../api/client';
import { Melding } from './status';

// zod's own messages (a missing field, a wrong type) in Dutch; the contracts' rules carry their own Dutch messages.
z.config(z.locales.nl());

/** Messages per field, keyed by the field's dotted path as the API names it (leerling.postcode, keuze.opleidingen[0].crebo). */
export type Veldfouten = Record<string, string>;

const veldpad = (pad: readonly PropertyKey[]) =>
  pad
    .map((deel) => (typeof deel === 'number' ? `[${deel}]` : String(deel)))
    .join('.')
    .replace(/\.\[/g, '[');

const waardeOp = (waarde: unknown, pad: readonly PropertyKey[]): unknown =>
  pad.reduce<unknown>(
    (deel, sleutel) => (deel !== null && typeof deel === 'object' ? (deel as Record<PropertyKey, unknown>)[sleutel] : undefined),
    waarde,
  );

/** zod's generic checks (a type, a choice, a bound) as the API reports them, in plain Dutch; the contracts' own rules keep theirs. */
const ALGEMEEN: Record<string, string> = {
  invalid_type: 'Deze waarde heeft niet de goede vorm.',
  invalid_value: 'Kies een van de toegestane waarden.',
  too_big: 'Deze waarde is te groot of te lang.',
  too_small: 'Deze waarde is te klein of te kort.',
  invalid_format: 'Deze waarde heeft niet de goede vorm.',
};
const isAlgemeen = (melding: string) => /^(Invalid|Too (big|small)|Expected|Required)\b/i.test(melding);

/** A message fit to show: the contracts' Dutch message, or for zod's generic English ones a Dutch line by rule. */
export const uitleg = (issue: { rule: string; message: string }): string =>
  isAlgemeen(issue.message) ? (ALGEMEEN[issue.rule] ?? issue.message) : issue.message;

/** zod's generic rule codes by name in Dutch, for a report's rule column; the contracts' own rules (bsn.elfproef …) are already names. */
const ALGEMENE_REGELS: Record<string, string> = {
  invalid_type: 'verkeerde soort waarde',
  invalid_value: 'geen toegestane keuze',
  invalid_union: 'geen toegestane vorm',
  invalid_format: 'verkeerde vorm',
  too_big: 'te groot of te lang',
  too_small: 'te klein of te kort',
  unrecognized_keys: 'onbekend veld',
  custom: 'voldoet niet',
};
/** A rule's name fit for a report: zod's generic codes in Dutch, undefined for a contract's own rule (shown as it is). */
export const algemeneRegel = (rule: string): string | undefined => ALGEMENE_REGELS[rule];

/**
 * The same schema the API validates with, in the browser: the first message per field (empty: valid). A field left
 * empty is asked for plainly ("Vul dit veld in", "Maak een keuze") rather than with the rule it breaks.
 */
export function controleer<S extends z.ZodType>(schema: S, waarde: unknown): { data?: z.output<S>; fouten: Veldfouten } {
  const resultaat = schema.safeParse(waarde);
  if (resultaat.success) return { data: resultaat.data, fouten: {} };
  const fouten: Veldfouten = {};
  for (const issue of resultaat.error.issues) {
    const veld = veldpad(issue.path) || '(body)';
    const ingevuld = waardeOp(waarde, issue.path);
    const leeg = ingevuld === undefined || (typeof ingevuld === 'string' && ingevuld.trim() === '');
    fouten[veld] ??= leeg ? (issue.code === 'invalid_value' ? 'Maak een keuze.' : 'Vul dit veld in.') : issue.message;
  }
  return { fouten };
}

/** The fields a problem+json names (errors[].field), with their messages; what names no field stays for the page. */
export function probleemVelden(fout: unknown): Veldfouten {
  if (!(fout instanceof ApiFout)) return {};
  const velden: Veldfouten = {};
  for (const issue of fout.probleem?.errors ?? []) velden[issue.field] ??= uitleg(issue);
  return velden;
}

/** A labelled form field with its error message next to it (aria-invalid and aria-describedby for screen readers). */
export function Veld({
  id,
  label,
  fout,
  hint,
  children,
}: {
  id: string;
  label: string;
  fout?: string | undefined;
  hint?: string;
  children: (aria: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const beschreven = [hint ? `${id}-hint` : undefined, fout ? `${id}-fout` : undefined].filter(Boolean).join(' ');
  return (
    <div className={`utrecht-form-field${fout ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="utrecht-form-field-description">
          {hint}
        </p>
      )}
      {fout && (
        <p id={`${id}-fout`} className="utrecht-form-field-error-message">
          {fout}
        </p>
      )}
      {children({ id, ...(fout ? { 'aria-invalid': true as const } : {}), ...(beschreven ? { 'aria-describedby': beschreven } : {}) })}
    </div>
  );
}

/** A summary above a form of the fields that are wrong, each a link to its field (WCAG 3.3.1). */
export function Foutenoverzicht({
  fouten,
  labels,
  idVan,
  detail,
}: {
  fouten: Veldfouten;
  labels: Record<string, string>;
  idVan: (veld: string) => string;
  /** The problem+json's detail, when the service refused it. */
  detail?: string | undefined;
}) {
  // In the order of the form (the labels' order), not the schema's.
  const volgorde = Object.keys(labels);
  const plek = (veld: string) => (volgorde.includes(veld) ? volgorde.indexOf(veld) : volgorde.length);
  const velden = Object.keys(fouten).sort((a, b) => plek(a) - plek(b));
  if (velden.length === 0) return null;
  return (
    <Melding
      soort="error"
      titel={`${velden.length === 1 ? 'Eén veld klopt nog niet' : `${velden.length} velden kloppen nog niet`}; er is niets opgeslagen.`}
    >
      {detail && <p className="utrecht-paragraph">{detail}</p>}
      <ul className="utrecht-unordered-list">
        {velden.map((veld) => (
          <li key={veld}>
            <a className="utrecht-link" href={`#${idVan(veld)}`}>
              {labels[veld] ?? veld}
            </a>
            : {fouten[veld]}
          </li>
        ))}
      </ul>
    </Melding>
  );
}
