/** The five phases of the Methodische Aanpak Schoolverzuim (DOMAIN.md, seed 003). */
export type MasFase = 'waarnemen' | 'analyseren' | 'plannen' | 'handelen' | 'evalueren';

/**
 * Phases run in order; evaluating leads back to analysing or planning until the melding is closed.
 * Our reading of "methodisch handelen" as a cycle; the MAS prescribes the phases, not a table.
 */
export const MAS_FASE_OVERGANGEN: Readonly<Record<MasFase, readonly MasFase[]>> = {
  waarnemen: ['analyseren'],
  analyseren: ['plannen'],
  plannen: ['handelen'],
  handelen: ['evalueren'],
  evalueren: ['analyseren', 'plannen'],
};

export const volgendeFasen = (fase: MasFase | null): readonly MasFase[] => (fase === null ? ['waarnemen'] : MAS_FASE_OVERGANGEN[fase]);
