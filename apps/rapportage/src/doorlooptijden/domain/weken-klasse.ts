/**
 * The RMC effectrapportage's timeliness classes (DOMAIN.md "Trajecten": time from DUO report to intake, < 4, 4–6,
 * > 6 weeks), on calendar days: under 28 days; 28 up to and including 42 days; more than 42 days. A case without
 * the step yet is "nog niet".
 */
export const WEKEN_KLASSEN = [
  { code: 'korter-dan-4-weken', label: '< 4 weken' },
  { code: '4-tot-6-weken', label: '4–6 weken' },
  { code: 'langer-dan-6-weken', label: '> 6 weken' },
  { code: 'nog-niet', label: 'nog niet' },
] as const;

export type WekenKlasse = (typeof WEKEN_KLASSEN)[number]['code'];

export function wekenKlasse(dagen: number | null): WekenKlasse {
  if (dagen === null) return 'nog-niet';
  if (dagen < 28) return 'korter-dan-4-weken';
  return dagen <= 42 ? '4-tot-6-weken' : 'langer-dan-6-weken';
}

export const WEKEN_KLASSE_INDEX: Readonly<Record<WekenKlasse, number>> = {
  'korter-dan-4-weken': 0,
  '4-tot-6-weken': 1,
  'langer-dan-6-weken': 2,
  'nog-niet': 3,
};
