/**
 * Signal 5 of DOMAIN.md "Overstap": an uitschrijving of a student under 23 without startkwalificatie (`valtOnderRmc`,
 * libs/domain-nl) is signalled to the RMC of the woonregio at once; it also opens the re-enrolment window (deadlines).
 */
export const UITSCHRIJVING_ZONDER_SK = 'uitschrijving-zonder-startkwalificatie';

/** Signal 6: a negative bindend studieadvies hands the student to the RMC. */
export const NEGATIEF_BSA = 'negatief-bsa';
