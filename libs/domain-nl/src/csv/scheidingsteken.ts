/** The most of a CSV file's start that separator sniffing reads: a first line longer than this is not looked at further. */
export const CSV_KOP_MAX_TEKENS = 64 * 1024;

export type Scheidingsteken = ';' | ',' | '\t';

/**
 * The separator of a CSV file, from its first line — read at most CSV_KOP_MAX_TEKENS characters in, so a file of one
 * endless line costs no more than a short one (issue 11): the most frequent of `;` (Excel NL), `,` and tab, `standaard`
 * when none is more frequent than it.
 */
export function scheidingstekenVanKop(tekst: string, standaard: Scheidingsteken = ';'): Scheidingsteken {
  const begin = tekst.length > CSV_KOP_MAX_TEKENS ? tekst.slice(0, CSV_KOP_MAX_TEKENS) : tekst;
  const eind = begin.indexOf('\n');
  const kop = eind === -1 ? begin : begin.slice(0, eind);
  const tellingen: Record<Scheidingsteken, number> = { ';': 0, ',': 0, '\t': 0 };
  for (const teken of kop) if (teken === ';' || teken === ',' || teken === '\t') tellingen[teken] += 1;
  return ([';', ',', '\t'] as const).reduce((beste, teken) => (tellingen[teken] > tellingen[beste] ? teken : beste), standaard);
}
