/** The organisations that enrol students and report their absence. */
export const SCHOLEN = ['vo-school', 'mbo-instelling'] as const;
