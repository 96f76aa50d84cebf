/** trajecten's due work on the platform's sweeper, named here so a use case can wake it without importing it. */
export const JOBS = {
  heraanpak: 'trajecten-heraanpak',
  overdrachtEscalatie: 'trajecten-overdracht-escalatie',
  nazorgcontrole: 'trajecten-nazorgcontrole',
} as const;
