/** alles-of-niets: one bad row and nothing is stored; per-rij: the good rows are stored, the bad ones reported. */
export const IMPORT_MODI = ['alles-of-niets', 'per-rij'] as const;
export type ImportModus = (typeof IMPORT_MODI)[number];

/** wachtend → bezig → voltooid | afgewezen (rows rejected, nothing stored in alles-of-niets) | mislukt (interrupted, error). */
export const IMPORT_STATUSSEN = ['wachtend', 'bezig', 'voltooid', 'afgewezen', 'mislukt'] as const;
export type ImportStatus = (typeof IMPORT_STATUSSEN)[number];

export const IMPORT_FASEN = ['valideren', 'opslaan'] as const;
export type ImportFase = (typeof IMPORT_FASEN)[number];
