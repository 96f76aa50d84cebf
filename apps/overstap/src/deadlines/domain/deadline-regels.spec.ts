import { AANMELDING_GEMIST } from './aanmelding-gemist';
import { cohortDeadlines, deadlineRegels, laatTeEvaluerenRegels } from './deadline-regels';
import {
  GEEN_HERINSCHRIJVING,
  geenHerinschrijving,
  herinschrijvingDueAt,
  herinschrijvingUiterlijk,
  sluitHerinschrijvingstermijn,
} from './geen-herinschrijving';
import { NIET_INGESCHREVEN_TELDATUM } from './niet-ingeschreven-teldatum';
import { vroegeWaarschuwingEvents, vroegeWaarschuwingPeildatum } from './vroege-waarschuwing';

describe('deadline rules', () => {
  const regels = deadlineRegels(['03-01', '03-15']);

  it('time the cohort deadlines of a schooljaar: early warnings at the start of their day, 1 April and 1 October at the end of theirs (Amsterdam)', () => {
    const gepland = Object.fromEntries(cohortDeadlines(regels, ['2026-2027', '2026-2027']).map((d) => [d.regel, d.dueAt.toISOString()]));
    expect(gepland).toEqual({
      'vroege-waarschuwing-03-01': '2027-02-28T23:00:00.000Z',
      'vroege-waarschuwing-03-15': '2027-03-14T23:00:00.000Z',
      [AANMELDING_GEMIST]: '2027-04-01T21:59:59.999Z',
      [NIET_INGESCHREVEN_TELDATUM]: '2027-10-01T21:59:59.999Z',
    });
  });

  it('evaluate a late fact against aanmelding-gemist and the teldatum only', () => {
    expect(laatTeEvaluerenRegels(regels).sort()).toEqual([AANMELDING_GEMIST, NIET_INGESCHREVEN_TELDATUM]);
  });

  it('leave the personal re-enrolment deadline to the uitschrijving that opens it', () => {
    expect(regels[GEEN_HERINSCHRIJVING]).toEqual({ soort: 'geen-herinschrijving' });
    expect(cohortDeadlines(regels, ['2026-2027']).map((d) => d.regel)).not.toContain(GEEN_HERINSCHRIJVING);
    expect(
      cohortDeadlines(deadlineRegels([]), ['2026-2027'])
        .map((d) => d.regel)
        .sort(),
    ).toEqual([AANMELDING_GEMIST, NIET_INGESCHREVEN_TELDATUM]);
  });

  it('group an early warning per vestiging, dossier ids only', () => {
    expect(vroegeWaarschuwingPeildatum('2026-2027', 'vroege-waarschuwing-03-15')).toBe('2027-03-15');
    const leerling = (dossierId: string, vestiging: string) => ({
      signaalId: 's',
      jongereId: 'j',
      dossierId,
      brin: '00AH',
      vestiging,
      context: { schooljaar: '2026-2027' },
    });
    const events = vroegeWaarschuwingEvents(
      [leerling('d1', '00AH00'), leerling('d2', '00AH01'), leerling('d3', '00AH00')],
      'vroege-waarschuwing-03-01',
      '2026-2027',
      'c',
    );
    expect(events.map((e) => [e.aggregateId, e.payload.dossierIds, e.payload.aantal, e.jongereId])).toEqual([
      ['00AH00:2026-2027:2027-03-01', ['d1', 'd3'], 2, null],
      ['00AH01:2026-2027:2027-03-01', ['d2'], 1, null],
    ]);
  });
});

describe('the re-enrolment window after an uitschrijving without startkwalificatie', () => {
  const dueAt = herinschrijvingDueAt(herinschrijvingUiterlijk('2027-10-20', 4));

  it('ends at the end of the last day, Amsterdam', () => {
    expect(herinschrijvingUiterlijk('2027-10-20', 4)).toBe('2027-11-17');
    expect(dueAt.toISOString()).toBe('2027-11-17T22:59:59.999Z');
  });

  it('is closed by an inschrijving that starts on or before its last day, not by a later one', () => {
    expect(sluitHerinschrijvingstermijn('2027-11-17', dueAt)).toBe(true);
    expect(sluitHerinschrijvingstermijn('2027-11-18', dueAt)).toBe(false);
  });

  it('signals at its end unless an inschrijving started after the last uitschrijving within it', () => {
    const uit = { ingeschrevenPer: '2027-08-30', uitgeschrevenPer: '2027-10-20', status: 'uitgeschreven' } as const;
    expect(geenHerinschrijving([uit], dueAt)).toEqual({ uitgeschrevenPer: '2027-10-20', termijnWeken: 4 });
    expect(geenHerinschrijving([uit, { ingeschrevenPer: '2027-11-01', uitgeschrevenPer: null, status: 'ingeschreven' }], dueAt)).toBeNull();
    expect(geenHerinschrijving([uit, { ingeschrevenPer: '2027-12-01', uitgeschrevenPer: null, status: 'ingeschreven' }], dueAt)).not.toBeNull();
    expect(geenHerinschrijving([{ ...uit, status: 'geswitcht' }], dueAt)).toBeNull();
    expect(geenHerinschrijving([], dueAt)).toBeNull();
  });
});
