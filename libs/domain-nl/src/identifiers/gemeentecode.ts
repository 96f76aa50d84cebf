export const GEMEENTECODE_VORM = /^GM\d{4}$/;

export const GEMEENTECODE_MELDING = 'Gemeentecode moet GM + 4 cijfers zijn (CBS), bijv. GM0363';

/**
 * CBS gemeentecode `GM` + 4 digits, or `undefined`.
 * Also accepts DUO's bare GEMEENTENUMMER (`363`, `"0363"`) and lower case (`gm0363`).
 * Says nothing about whether the gemeente exists: see `gemeente()` / `woongemeenteSchema`.
 */
export function normaliseGemeentecode(input: string | number): string | undefined {
  const text = String(input).trim().toUpperCase();
  if (GEMEENTECODE_VORM.test(text)) return text;
  if (/^\d{1,4}$/.test(text)) return `GM${text.padStart(4, '0')}`;
  return undefined;
}

export function isValidGemeentecode(input: string): boolean {
  return GEMEENTECODE_VORM.test(input.trim().toUpperCase());
}
