import { STANDAARD_BELEID } from '../../onthulling/domain/onthullingsbeleid';
import { BESTEMMINGSCATEGORIEEN } from './bestemmingscategorie';
import { cohort, mbo, naar } from './cohort.fixture';
import { aanmeldingGrafiek, bestemmingGrafiek } from './tabellenboek-grafiek';
import { publiceerTabellenboek, tabellenboek } from './tabellenboek';

const rij = (code: string) => BESTEMMINGSCATEGORIEEN.findIndex((c) => c.code === code);

/**
 * One school's cohort of 56 students in 2024-2025, plus students of another vestiging, another year and another
 * school that must not count.
 */
const feiten = [
  ...cohort([
    { aantal: 20, april: mbo(2), opTijd: true, einde: mbo(2), oktober: { soort: 'mbo', niveau: 2 } },
    { aantal: 5, april: mbo(2), opTijd: false, einde: mbo(2), oktober: { soort: 'mbo', niveau: 1 } },
    { aantal: 12, april: mbo(4), opTijd: true, einde: naar('havo'), oktober: { soort: 'havo' } },
    { aantal: 3, april: naar('havo'), einde: naar('havo'), oktober: { soort: 'vavo' } },
    { aantal: 8, april: mbo(3), opTijd: true, einde: mbo(3), oktober: null },
    { aantal: 6, april: naar('werk'), einde: naar('werk'), oktober: { soort: 'werk' } },
    { aantal: 2, april: null, einde: naar('anders'), oktober: { soort: 'anders' } },
    { aantal: 7, april: mbo(2), opTijd: true, einde: mbo(2), oktober: { soort: 'mbo', niveau: 2 }, vestiging: '07NU01' },
    { aantal: 9, april: mbo(2), opTijd: true, einde: mbo(2), oktober: { soort: 'mbo', niveau: 2 }, schooljaar: '2023-2024' },
  ]),
  { ...cohort([{ aantal: 1, april: mbo(2), einde: mbo(2), oktober: null }])[0], brin: '05KO', vestiging: '05KO00' },
];

describe('tabellenboek of one vestiging', () => {
  const boek = tabellenboek(feiten, { schooljaar: '2024-2025', brin: '07NU', vestiging: '07NU00' });
  const b = boek.keuzeEnWerkelijk.cellen;
  const a = boek.keuze1AprilEnAanmelding.cellen;

  it('crosses the final choice with the destination on 1 October (counted by hand)', () => {
    expect(b[rij('mbo-2')][rij('mbo-2')]).toBe(20);
    expect(b[rij('mbo-2')][rij('mbo-1')]).toBe(5);
    expect(b[rij('havo')][rij('havo')]).toBe(12);
    expect(b[rij('havo')][rij('vavo')]).toBe(3);
    expect(b[rij('mbo-3')][rij('onbekend')]).toBe(8); // nothing known on 1 October
    expect(b[rij('werk')][rij('werk')]).toBe(6);
    expect(b[rij('anders')][rij('anders')]).toBe(2);
    expect(b.flat().reduce((s, v) => s + v, 0)).toBe(56);
  });

  it('crosses the choice on 1 April with the aanmelding', () => {
    expect(a[rij('mbo-2')]).toEqual([20, 5, 0]);
    expect(a[rij('mbo-4')]).toEqual([12, 0, 0]);
    expect(a[rij('mbo-3')]).toEqual([8, 0, 0]);
    expect(a[rij('havo')]).toEqual([0, 0, 3]);
    expect(a[rij('werk')]).toEqual([0, 0, 6]);
    expect(a[rij('onbekend')]).toEqual([0, 0, 2]); // no dossier on 1 April
  });

  it('the whole school adds the other vestiging', () => {
    const school = tabellenboek(feiten, { schooljaar: '2024-2025', brin: '07NU' });
    expect(school.keuzeEnWerkelijk.cellen[rij('mbo-2')][rij('mbo-2')]).toBe(27);
  });

  it('inside the school: the chart shows every number, margins computed', () => {
    const grafiek = bestemmingGrafiek(publiceerTabellenboek(boek, null));
    const reeks = (code: string) => grafiek.reeksen.find((r) => r.code === code)!.waarden;
    expect(grafiek.drempel).toBeNull();
    expect(reeks('gekozen-1-april')[rij('mbo-2')]).toBe(25);
    expect(reeks('gekozen-einde-schooljaar')[rij('havo')]).toBe(15);
    expect(reeks('werkelijk-1-oktober')[rij('havo')]).toBe(12);
    expect(reeks('werkelijk-1-oktober')[rij('vavo')]).toBe(3);
    expect(reeks('gerealiseerd')[rij('mbo-2')]).toBe(20);
    expect(reeks('gerealiseerd-percentage')[rij('mbo-2')]).toBe(80); // 20 of 25
    expect(reeks('gerealiseerd-percentage')[rij('havo')]).toBe(80); // 12 of 15
    const aanmelding = aanmeldingGrafiek(publiceerTabellenboek(boek, null));
    expect(aanmelding.reeksen[0].waarden).toEqual([40, 5]);
    expect(aanmelding.reeksen[1].waarden).toEqual([88.9, 11.1]);
  });

  it('outside the school: the small numbers and whatever gives them back are hidden; the rest stays', () => {
    const uit = publiceerTabellenboek(boek, STANDAARD_BELEID);
    const { keuzeEnWerkelijk: pb, keuze1AprilEnAanmelding: pa } = uit;
    expect(pb.cellen[rij('havo')][rij('vavo')]).toBeNull(); // 3
    expect(pb.cellen[rij('anders')][rij('anders')]).toBeNull(); // 2
    expect(pb.rijtotalen[rij('anders')]).toBeNull(); // 2 chose "anders"
    expect(pa.cellen[rij('onbekend')][2]).toBeNull(); // 2 without a dossier on 1 April
    expect(pb.cellen[rij('mbo-2')][rij('mbo-2')]).toBe(20);
    expect(pb.totaal === null).toBe(pa.totaal === null); // the shared total is hidden in both or neither
    const grafiek = bestemmingGrafiek(uit);
    const vavo = grafiek.reeksen.find((r) => r.code === 'werkelijk-1-oktober')!;
    expect(vavo.waarden[rij('vavo')]).toBeNull();
    expect(vavo.onderdrukt[rij('vavo')]).toBe(true);
    expect(grafiek.drempel).toBe(5);
  });
});
