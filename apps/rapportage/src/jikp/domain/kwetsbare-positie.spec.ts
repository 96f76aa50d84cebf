import { ongefilterd } from '../../onthulling/domain/kruistabel';
import { onderdrukKruistabel } from '../../onthulling/domain/onderdruk-kruistabel';
import { STANDAARD_BELEID } from '../../onthulling/domain/onthullingsbeleid';
import { Jikpfeit } from './jikp-feit';
import { geboren, jongeren as basis } from './jikp.fixture';
import { kwetsbareCategorie, kwetsbarePositieTabel } from './kwetsbare-positie';

const WOERDEN = 'GM0632';
const OUDEWATER = 'GM0589';
const MONTFOORT = 'GM0335';
const selectie = { schooljaar: '2016-2017', peildatum: '2017-10-01', gemeenten: [WOERDEN, OUDEWATER, MONTFOORT] };
/** Aged 18 on the peildatum unless given. */
const jongeren = (aantal: number, feit: Partial<Jikpfeit>) => basis(aantal, { laatsteTeldatumOnder23: geboren('1999-06-01'), ...feit });

/** Per gemeente the five groups of seed 003's table, made of young people who fit each definition. */
function gemeente(woongemeente: string, [uitstroom, vsv, prio1, prio2, prio3]: number[]) {
  return [
    // Uitstroom 2016-17, spread over pro, vso and entree (every third one).
    ...jongeren(uitstroom, { woongemeente, uitgestroomdIn: '2016-2017' }).map((j, i) => ({
      ...j,
      achtergrond: (['pro', 'vso', 'entree'] as const)[i % 3],
    })),
    ...jongeren(vsv, { woongemeente, vsvSinds: '2015-2016', participatie: 'arbeid', inkomensklasse: 'minder-dan-300' }),
    ...jongeren(prio1, { woongemeente, participatie: 'geen' }),
    ...jongeren(prio2, { woongemeente, participatie: 'arbeid', inkomensklasse: 'minder-dan-300' }),
    ...jongeren(prio3, { woongemeente, participatie: 'arbeid', inkomensklasse: '300-tot-700' }),
  ];
}

const feiten = [
  ...gemeente(WOERDEN, [39, 15, 47, 34, 25]),
  ...gemeente(OUDEWATER, [3, 1, 5, 6, 3]),
  ...gemeente(MONTFOORT, [11, 10, 4, 3, 8]),
  // Not in the table: in education, a startkwalificatie, income above € 700, too old, uitstroom from vmbo-bb, elsewhere.
  ...jongeren(4, { participatie: 'onderwijs', vsvSinds: '2015-2016' }),
  ...jongeren(3, { startkwalificatieOp: '2017-06-30' }),
  ...jongeren(2, { participatie: 'arbeid', inkomensklasse: '700-of-meer' }),
  ...jongeren(2, { laatsteTeldatumOnder23: geboren('1994-01-01') }),
  ...jongeren(1, { uitgestroomdIn: '2016-2017', achtergrond: 'vmbo-bb', participatie: 'onderwijs' }),
  ...jongeren(5, { woongemeente: 'GM0344' }),
];

describe('young people in a kwetsbare positie per gemeente (seed 003 layout)', () => {
  it("reproduces the seed's own table from people who fit its definitions", () => {
    const tabel = ongefilterd(kwetsbarePositieTabel(feiten, selectie));
    expect(tabel.rijen[0]).toBe('uitstroom praktijkonderwijs, speciaal onderwijs en entree 2016-2017');
    // seed 003: woerden oudewater montfoort | totaal
    expect(tabel.cellen).toEqual([
      [39, 3, 11],
      [15, 1, 10],
      [47, 5, 4],
      [34, 6, 3],
      [25, 3, 8],
    ]);
    expect(tabel.rijtotalen).toEqual([53, 26, 56, 43, 36]);
    expect(tabel.kolomtotalen).toEqual([160, 18, 36]);
    expect(tabel.totaal).toBe(214);
  });

  it('split by pro, vso and entree on request', () => {
    const tabel = kwetsbarePositieTabel(feiten, { ...selectie, uitgesplitst: true });
    expect(tabel.cellen.slice(0, 3)).toEqual([
      [13, 1, 4],
      [13, 1, 4],
      [13, 1, 3],
    ]);
    expect(tabel.rijen).toHaveLength(7);
  });

  it('outside the RMC: the small Oudewater counts go, with what would give them back', () => {
    const uit = onderdrukKruistabel(kwetsbarePositieTabel(feiten, selectie), STANDAARD_BELEID);
    expect(uit.cellen.map((rij) => rij[1])).toEqual([null, null, null, null, null]);
    expect(uit.cellen[0][0]).toBe(39);
    expect(uit.totaal).toBe(214);
  });

  it('the first category that applies, in order; income by class (under € 300, under € 700)', () => {
    const [vsvEnPrio] = jongeren(1, { vsvSinds: '2015-2016', participatie: 'geen' });
    expect(kwetsbareCategorie(vsvEnPrio, selectie)).toBe('zittende-vsv');
    expect(kwetsbareCategorie({ ...vsvEnPrio, vsvSinds: '2016-2017' }, selectie)).toBe('prio-1'); // vsv this year: not "zittend"
    const [werkend] = jongeren(1, { participatie: 'arbeid', inkomensklasse: '300-tot-700' });
    expect(kwetsbareCategorie(werkend, selectie)).toBe('prio-3');
    expect(kwetsbareCategorie({ ...werkend, inkomensklasse: 'minder-dan-300' }, selectie)).toBe('prio-2');
    expect(kwetsbareCategorie({ ...werkend, inkomensklasse: '700-of-meer' }, selectie)).toBeNull();
    // Working, income not known: not placed in a priority group it may not belong to.
    expect(kwetsbareCategorie({ ...werkend, inkomensklasse: null }, selectie)).toBeNull();
  });
});
