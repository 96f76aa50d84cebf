import { z } from 'zod';
import { MBO_NIVEAU_MELDING, MboNiveau, isMboNiveau } from '../identifiers/mbo-niveau';

/**
 * A diploma as far as the startkwalificatie is concerned. Vavo and vso pupils who earn a regular havo/vwo/vmbo
 * diploma record it under that soort; `pro` and `vso` mean the school's own leaving certificate.
 */
export type Diploma = { readonly soort: 'mbo'; readonly niveau: MboNiveau } | { readonly soort: 'vmbo' | 'havo' | 'vwo' | 'pro' | 'vso' };

export type DiplomaSoort = Diploma['soort'];

/** Startkwalificatie: a havo, vwo, or mbo niveau 2, 3 or 4 diploma. Not vmbo, pro, vso or entree (mbo 1). */
export function isStartkwalificatie(diploma: Diploma): boolean {
  switch (diploma.soort) {
    case 'havo':
    case 'vwo':
      return true;
    case 'mbo':
      return diploma.niveau >= 2;
    case 'vmbo':
    case 'pro':
    case 'vso':
      return false;
  }
}

export function heeftStartkwalificatie(diplomas: readonly Diploma[]): boolean {
  return diplomas.some(isStartkwalificatie);
}

export const diplomaSchema = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('mbo'), niveau: z.custom<MboNiveau>(isMboNiveau, { error: MBO_NIVEAU_MELDING }) }),
  z.object({
    soort: z.enum(['vmbo', 'havo', 'vwo', 'pro', 'vso'], {
      error: 'Diploma moet vmbo, havo, vwo, mbo, pro of vso zijn',
    }),
  }),
]);
