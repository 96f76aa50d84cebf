import { ReactNode } from 'react';
import { z } from 'zod';
import { ApiFout } from '../api/client';

// zod's own messages (a missing field, a wrong type) in Dutch; the contracts' rules carry their own Dutch messages.
z.config(z.locales.nl());

/** Messages per field, keyed by the field's dotted path as the API names it (leerling.postcode, keuze.opleidingen[0].crebo). */
export type Veldfouten = Record<string, string>;

const veldpad = (pad: readonly PropertyKey[]) =>
  pad
    .map((deel) => (typeof deel === 'number' ? `[${deel}]` : String(deel)))
    .join('.')
    .replace(/\.\[/g, '[');

/** The same schema the API validates with, in the browser: the first message per field (empty: valid). */
export function controleer<S extends z.ZodType>(schema: S, waarde: unknown): { data?: z.output<S>; fouten: Veldfouten } {
  const resultaat = schema.safeParse(waarde);
  if (resultaat.success) return { data: resultaat.data, fouten: {} };
  const fouten: Veldfouten = {};
  for (const issue of resultaat.error.issues) {
    const veld = veldpad(issue.path) || '(body)';
    fouten[veld] ??= issue.message;
  }
  return { fouten };
}

/** The fields a problem+json names (errors[].field), with their messages; what names no field stays for the page. */
export function probleemVelden(fout: unknown): Veldfouten {
  if (!(fout instanceof ApiFout)) return {};
  const velden: Veldfouten = {};
  for (const issue of fout.probleem?.errors ?? []) velden[issue.field] ??= issue.message;
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
export function Foutenoverzicht({ fouten, labels, idVan }: { fouten: Veldfouten; labels: Record<string, string>; idVan: (veld: string) => string }) {
  const velden = Object.keys(fouten);
  if (velden.length === 0) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <p className="utrecht-paragraph">
        <strong>{velden.length === 1 ? 'Eén veld klopt nog niet' : `${velden.length} velden kloppen nog niet`}; er is niets opgeslagen.</strong>
      </p>
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
    </div>
  );
}
