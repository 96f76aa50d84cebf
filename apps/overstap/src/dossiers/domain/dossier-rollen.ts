/** The roles at a VO school that submit dossiers and follow their imports. */
export const DOSSIER_ROLLEN = ['schooladministratie', 'decaan', 'mentor'] as const;
