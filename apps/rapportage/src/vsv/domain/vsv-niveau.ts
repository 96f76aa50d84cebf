import { Onderwijs } from './vsv-feit';

/**
 * The levels VSV is reported by: vo onderbouw, vmbo bovenbouw, havo/vwo bovenbouw, mbo niveau 1–4 and vavo, as OCW
 * publishes them; pro and vso apart, so a region can show or leave them out (see `VsvOpties`).
 */
export const VSV_NIVEAUS = [
  { code: 'vo-onderbouw', label: 'vo onderbouw' },
  { code: 'vmbo-bovenbouw', label: 'vmbo bovenbouw' },
  { code: 'havo-vwo-bovenbouw', label: 'havo/vwo bovenbouw' },
  { code: 'pro', label: 'praktijkonderwijs' },
  { code: 'vso', label: 'voortgezet speciaal onderwijs' },
  { code: 'mbo-1', label: 'mbo niveau 1' },
  { code: 'mbo-2', label: 'mbo niveau 2' },
  { code: 'mbo-3', label: 'mbo niveau 3' },
  { code: 'mbo-4', label: 'mbo niveau 4' },
  { code: 'vavo', label: 'vavo' },
] as const;

export type VsvNiveau = (typeof VSV_NIVEAUS)[number]['code'];

/** Onderbouw: vmbo years 1–2, havo and vwo years 1–3. */
export function vsvNiveau(onderwijs: Onderwijs): VsvNiveau {
  switch (onderwijs.soort) {
    case 'mbo':
      return `mbo-${onderwijs.niveau}`;
    case 'vavo':
      return 'vavo';
    case 'vo':
      switch (onderwijs.onderwijstype) {
        case 'pro':
        case 'vso':
          return onderwijs.onderwijstype;
        case 'havo':
        case 'vwo':
          return onderwijs.leerjaar <= 3 ? 'vo-onderbouw' : 'havo-vwo-bovenbouw';
        case 'vmbo-bb':
        case 'vmbo-kb':
        case 'vmbo-gl':
        case 'vmbo-tl':
          return onderwijs.leerjaar <= 2 ? 'vo-onderbouw' : 'vmbo-bovenbouw';
      }
  }
}
