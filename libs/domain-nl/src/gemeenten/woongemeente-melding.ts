export const WOONGEMEENTE_MELDING = 'Onbekende gemeentecode: geen huidige gemeente (CBS-indeling sinds 1 januari 2023)';
