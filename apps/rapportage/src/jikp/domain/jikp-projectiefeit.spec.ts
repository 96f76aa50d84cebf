import { geboren } from './jikp.fixture';
import { JikpProjectierij, jikpfeitUitProjectie } from './jikp-projectiefeit';

const WOERDEN = 'GM0632';
const UTRECHT = 'GM0344';
const basis: JikpProjectierij = {
  jongereId: 'j1',
  laatsteTeldatumOnder23: geboren('2006-06-01'),
  startkwalificatieOp: null,
  vo: [],
  mbo: [],
  uitkomsten: [],
};

describe('jikpfeitUitProjectie (ADR 0028)', () => {
  it('background: the last of pro, vso, vmbo-bb or entree begun by the peildatum, and the school year it was left in', () => {
    const rij = {
      ...basis,
      vo: [{ schooljaar: '2022-2023', onderwijstype: 'pro' as const, woongemeente: WOERDEN }],
      mbo: [{ niveau: 1, van: '2023-08-15', tot: '2024-02-01', woongemeente: UTRECHT }],
    };
    const op2023 = jikpfeitUitProjectie(rij, '2023-10-01');
    expect(op2023).toMatchObject({ achtergrond: 'entree', uitgestroomdIn: null, woongemeente: UTRECHT, participatie: 'onderwijs' });
    expect(jikpfeitUitProjectie(rij, '2024-10-01')).toMatchObject({ achtergrond: 'entree', uitgestroomdIn: '2023-2024', participatie: 'geen' });
    // Before the entree inschrijving began: the pro dossier, left in its school year, and the woongemeente of then.
    expect(jikpfeitUitProjectie(rij, '2022-10-01')).toMatchObject({ achtergrond: 'pro', uitgestroomdIn: '2022-2023', woongemeente: WOERDEN });
  });

  it('participation: enrolled on the peildatum is onderwijs; else the route of the last case closed by then, with its income class', () => {
    const rij = {
      ...basis,
      vo: [{ schooljaar: '2022-2023', onderwijstype: 'vso' as const, woongemeente: WOERDEN }],
      uitkomsten: [
        { uitkomst: 'werk-zonder-startkwalificatie' as const, inkomensklasse: 'minder-dan-300' as const, op: '2023-11-20' },
        { uitkomst: 'zorg-opvang-detentie' as const, inkomensklasse: null, op: '2024-12-01' },
      ],
    };
    expect(jikpfeitUitProjectie(rij, '2022-10-01').participatie).toBe('onderwijs');
    expect(jikpfeitUitProjectie(rij, '2023-10-01')).toMatchObject({ participatie: 'geen', inkomensklasse: null });
    expect(jikpfeitUitProjectie(rij, '2024-10-01')).toMatchObject({ participatie: 'arbeid', inkomensklasse: 'minder-dan-300' });
    expect(jikpfeitUitProjectie(rij, '2025-10-01')).toMatchObject({ participatie: 'dagbesteding', inkomensklasse: null });
  });

  it('vsv since: enrolled on 1 October t, nowhere on 1 October t+1, no startkwalificatie by then', () => {
    const rij = {
      ...basis,
      vo: [{ schooljaar: '2021-2022', onderwijstype: 'vmbo-bb' as const, woongemeente: WOERDEN }],
      mbo: [{ niveau: 2, van: '2022-08-20', tot: '2023-03-01', woongemeente: WOERDEN }],
    };
    // 1 Oct 2021 VO, 1 Oct 2022 mbo, 1 Oct 2023 nowhere: vsv of 2022-2023, known from 1 October 2023 on.
    expect(jikpfeitUitProjectie(rij, '2022-10-01').vsvSinds).toBeNull();
    expect(jikpfeitUitProjectie(rij, '2023-10-01').vsvSinds).toBe('2022-2023');
    expect(jikpfeitUitProjectie({ ...rij, startkwalificatieOp: '2023-02-28' }, '2024-10-01').vsvSinds).toBeNull();
    // An mbo inschrijving ending on 1 October itself does not run that day (as overstap's teldatum counts).
    expect(jikpfeitUitProjectie({ ...rij, mbo: [{ ...rij.mbo[0], tot: '2022-10-01' }] }, '2023-10-01').vsvSinds).toBe('2021-2022');
  });

  it('unknown age and unknown woongemeente stay unknown', () => {
    const rij = { ...basis, laatsteTeldatumOnder23: null, mbo: [{ niveau: 1, van: '2023-08-15', tot: null, woongemeente: null }] };
    expect(jikpfeitUitProjectie(rij, '2023-10-01')).toMatchObject({ laatsteTeldatumOnder23: null, woongemeente: 'onbekend', achtergrond: 'entree' });
  });
});
