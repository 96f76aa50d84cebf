import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted, so the same content always gives the same text. Stored hashes depend on this exact
 * text: keys in code-unit order (`Array.prototype.sort`), undefined properties dropped, an undefined array element
 * written as nothing (`[1,]`), strings and numbers as JSON.stringify writes them. One string is built in one pass
 * (no entry arrays, no intermediate joins): it runs for every submitted dossier.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  let text: string;
  if (Array.isArray(value)) {
    text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      // JSON.stringify of undefined (or a function) is undefined, which Array.prototype.join wrote as nothing.
      const part: string | undefined = canonicalJson(value[i]);
      if (part !== undefined) text += part;
    }
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  text = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    text += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
    first = false;
  }
  return `${text}}`;
}

export const hashOf = (canonical: string): string => createHash('sha256').update(canonical).digest('base64url');

export const contentHash = (value: unknown): string => hashOf(canonicalJson(value));
