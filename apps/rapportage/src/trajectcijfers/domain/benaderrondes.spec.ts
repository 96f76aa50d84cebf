import { benaderrondes } from './benaderrondes';
import { Benadergebeurtenis, OverdrachtPartner } from './trajectgebeurtenis';

/** Events of one young person in a round: written to, then what happened. */
function jongere(rondeId: string, nr: number, stappen: ('gereageerd' | 'bereikt' | 'in-beeld' | OverdrachtPartner)[]): Benadergebeurtenis[] {
  const jongereId = `${rondeId}-${nr}`;
  const op = '2018-03-01T10:00:00+01:00';
  return [
    { type: 'trajecten.benadering.aangeschreven', rondeId, jongereId, op },
    ...stappen.map((stap): Benadergebeurtenis => {
      if (stap === 'gereageerd') return { type: 'trajecten.benadering.gereageerd', rondeId, jongereId, op };
      if (stap === 'bereikt') return { type: 'trajecten.benadering.bereikt', rondeId, jongereId, wijze: 'telefoon', op };
      if (stap === 'in-beeld') return { type: 'trajecten.benadering.in-beeld', rondeId, jongereId, op };
      return { type: 'trajecten.benadering.overgedragen', rondeId, jongereId, aan: stap, op };
    }),
  ];
}

const groep = (rondeId: string, aantal: number, stappen: Parameters<typeof jongere>[2], start: number) =>
  Array.from({ length: aantal }, (_, i) => jongere(rondeId, start + i, stappen)).flat();

describe('benaderrondes', () => {
  it("reproduces seed 001's oud-VSV round: 257 written to, 160 in sight (52 + 62 + 11 + 26 + 9)", () => {
    const ronde = '2018-oud-vsv-1';
    const { tabel, wezen } = benaderrondes([
      ...groep(ronde, 52, ['gereageerd', 'in-beeld'], 0),
      ...groep(ronde, 62, ['bereikt', 'in-beeld'], 100),
      ...groep(ronde, 11, ['gereageerd', 'rmc'], 200), // reacted, then asked for RMC guidance: counted as handed over
      ...groep(ronde, 26, ['bereikt', 'jongerenwerk'], 300),
      ...groep(ronde, 9, ['jongerenloket'], 400),
      ...groep(ronde, 97, [], 500),
      { type: 'trajecten.benadering.gereageerd', rondeId: ronde, jongereId: 'niet-aangeschreven', op: '2018-03-02T10:00:00+01:00' },
    ]);
    expect(tabel.rijen).toEqual([ronde]);
    // zelf gereageerd, bereikt, anders in beeld, rmc, jongerenwerk, jongerenloket, werkplein, lokaal team, anders, niet in beeld
    expect(tabel.cellen[0]).toEqual([52, 62, 0, 11, 26, 9, 0, 0, 0, 97]);
    expect(tabel.cellen[0].reduce((a, b) => a + b, 0)).toBe(257);
    expect(wezen).toBe(1);
  });

  it('each young person once per round, however many events', () => {
    const { tabel } = benaderrondes([...jongere('r', 1, ['gereageerd', 'gereageerd', 'in-beeld']), ...jongere('r', 1, [])]);
    expect(tabel.cellen[0]).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
