/**
 * Strips the separators people write in personal numbers ("1234.56.782", "123 456 782").
 * Only whitespace and dots are removed; anything else stays and fails the shape check.
 */
export function compactNumber(input: string): string {
  return input.trim().replace(/[\s.]/g, '');
}
