/** Mbo niveau: 1 = entree, 2 = basisberoepsopleiding, 3 = vakopleiding, 4 = middenkaderopleiding. */
export type MboNiveau = 1 | 2 | 3 | 4;

export const MBO_NIVEAUS: readonly MboNiveau[] = [1, 2, 3, 4];

export const MBO_NIVEAU_NAMEN: Readonly<Record<MboNiveau, string>> = {
  1: 'entree',
  2: 'basisberoepsopleiding',
  3: 'vakopleiding',
  4: 'middenkaderopleiding',
};

export const MBO_NIVEAU_MELDING = 'Mbo-niveau moet 1 (entree), 2, 3 of 4 zijn';

export function isMboNiveau(value: unknown): value is MboNiveau {
  return value === 1 || value === 2 || value === 3 || value === 4;
}
