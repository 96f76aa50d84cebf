/** trajecten's due work on the platform's sweeper, named here so a use case can wake it without importing it. */
export const JOBS = {
  heraanpak: 'trajecten-heraanpak',
} as const;
