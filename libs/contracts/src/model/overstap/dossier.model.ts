/** Beoogde bestemming of a leaving VO student, as chosen in the doorstroomdossier. */
export const BESTEMMINGEN = ['mbo', 'havo', 'vwo', 'vavo', 'hbo', 'werk', 'anders', 'onbekend'] as const;
export const ONDERWIJSTYPEN = ['vmbo-bb', 'vmbo-kb', 'vmbo-gl', 'vmbo-tl', 'havo', 'vwo', 'pro', 'vso'] as const;
