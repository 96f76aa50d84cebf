import { ifMatchOngeldig, planVerouderd } from './trajectplannen.errors';

/**
 * Optimistic locking of a trajectplan: every change names the version it was made on; when the plan moved on in the
 * meantime the change is refused (`trajectplan.verouderd`, 412) instead of silently overwriting another user's edit.
 * Over HTTP the version is the plan's strong ETag, sent back in If-Match.
 */
export function eisActueleVersie(huidigeVersie: number, verwachteVersie: number): void {
  if (huidigeVersie !== verwachteVersie) throw planVerouderd(huidigeVersie, verwachteVersie);
}

/** The ETag of a plan version: `"7"` (strong: If-Match compares strongly, RFC 9110 §13.1.1). */
export const planEtag = (versie: number): string => `"${versie}"`;

/**
 * The version an If-Match header names. Required, and exactly one strong tag of a version (`"7"`): `*` or a weak tag
 * would let an edit through without naming what it was made on, so they are refused (`trajectplan.if-match-ongeldig`).
 */
export function versieUitIfMatch(ifMatch: string | undefined): number {
  const waarde = ifMatch?.trim();
  if (!waarde) throw ifMatchOngeldig('if-match.verplicht', 'stuur If-Match met de ETag van de versie die u las');
  const match = /^"([1-9]\d{0,8})"$/.exec(waarde);
  if (!match) throw ifMatchOngeldig('if-match.vorm', 'If-Match is één sterke ETag van een versie, bijv. "7" (geen *, geen W/)');
  return Number(match[1]);
}
