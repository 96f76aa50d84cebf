import { toelatingsrechtDeadline } from '@sluitend/domain-nl';

/**
 * Signal 1 of DOMAIN.md "Overstap" — the 1 April rule: every cohort student of the schooljaar heading for the mbo who
 * had no aanmelding made on or before the end of 1 April (Europe/Amsterdam; the date itself is the national rule
 * `toelatingsrechtDeadline` in libs/domain-nl) is signalled once, for the RMC of the woonregio and the decaan.
 */
export const AANMELDING_GEMIST = 'aanmelding-gemist';

/** Due at the end of 1 April of the schooljaar of leaving, Europe/Amsterdam. */
export const aanmeldingGemistDueAt = (schooljaar: string): Date => toelatingsrechtDeadline(schooljaar);

/**
 * Its event, one per student signalled (payload: signaalId, schooljaar, dossierId, the VO school, woongemeente,
 * RMC-regio and the deadline), keyed by the student. Built in SQL with the signals — a national cohort's tens of
 * thousands never pass through the service: DeadlinesRepository.aanmeldingGemistPayload.
 */
export const AANMELDING_GEMIST_EVENT = 'overstap.deadline.aanmelding-gemist';
