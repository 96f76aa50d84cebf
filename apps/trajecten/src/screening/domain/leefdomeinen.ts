import { LEEFDOMEINEN, VAARDIGHEDEN } from '@sluitend/contracts';

/** The life domains a screening covers and the four skills (seed 002 §5B–D): the lists of libs/contracts. */
export { LEEFDOMEINEN, VAARDIGHEDEN };

export type Leefdomein = (typeof LEEFDOMEINEN)[number];

export type Vaardigheid = (typeof VAARDIGHEDEN)[number];

export type Score = 1 | 2 | 3 | 4 | 5;

/**
 * The scale of a life domain, as in the Zelfredzaamheid-Matrix the seeds name as the assessment (seed 003:
 * "Educatiemeter/zelfredzaamheidsmatrix"; levels per https://mijnzrm.nl/zrm/): whole numbers only.
 */
export const LEEFDOMEIN_SCORE: Readonly<Record<Score, string>> = {
  1: 'acuut probleem',
  2: 'niet zelfredzaam',
  3: 'beperkt zelfredzaam',
  4: 'voldoende zelfredzaam',
  5: 'volledig zelfredzaam',
};

/** The scale of a skill (seed 002: "in hoeverre is de jongere in staat …"), 1 to 5 like the life domains. */
export const VAARDIGHEID_SCORE: Readonly<Record<Score, string>> = {
  1: 'nauwelijks',
  2: 'onvoldoende',
  3: 'beperkt',
  4: 'voldoende',
  5: 'volledig',
};

export const isScore = (waarde: unknown): waarde is Score => typeof waarde === 'number' && Number.isInteger(waarde) && waarde >= 1 && waarde <= 5;
