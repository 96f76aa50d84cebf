import { SchooljaarKalender } from './schooljaar-kalender';

/*
 * FIXTURE for unit tests: the calendar of a fictional school ("Testschool", BRIN 99ZZ), Monday–Friday, with
 * vacations chosen for the tests. These are not national dates and must never be used as a default.
 */

export const TESTSCHOOL_2025_2026: SchooljaarKalender = {
  id: 'school:99ZZ00:2025-2026:v1',
  schooljaar: '2025-2026',
  bron: { soort: 'school', brin: '99ZZ' },
  vakanties: [
    { naam: 'zomervakantie', van: '2025-07-12', totEnMet: '2025-08-24' },
    { naam: 'herfstvakantie', van: '2025-10-18', totEnMet: '2025-10-26' },
    { naam: 'kerstvakantie', van: '2025-12-20', totEnMet: '2026-01-04' },
    { naam: 'voorjaarsvakantie', van: '2026-02-21', totEnMet: '2026-03-01' },
    { naam: 'meivakantie', van: '2026-04-25', totEnMet: '2026-05-03' },
    { naam: 'zomervakantie', van: '2026-07-11', totEnMet: '2026-08-23' },
  ],
  vrijeDagen: ['2026-04-03', '2026-05-15'],
};

export const TESTSCHOOL_2026_2027: SchooljaarKalender = {
  id: 'school:99ZZ00:2026-2027:v1',
  schooljaar: '2026-2027',
  bron: { soort: 'school', brin: '99ZZ' },
  vakanties: [
    { naam: 'zomervakantie', van: '2026-07-11', totEnMet: '2026-08-23' },
    { naam: 'herfstvakantie', van: '2026-10-17', totEnMet: '2026-10-25' },
    { naam: 'kerstvakantie', van: '2026-12-19', totEnMet: '2027-01-03' },
    { naam: 'voorjaarsvakantie', van: '2027-02-20', totEnMet: '2027-02-28' },
    { naam: 'meivakantie', van: '2027-04-24', totEnMet: '2027-05-02' },
    { naam: 'zomervakantie', van: '2027-07-10', totEnMet: '2027-08-22' },
  ],
};
