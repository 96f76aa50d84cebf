import { Deelname, DeelnameResultaat } from './deelname';
import { resultatenOverzicht } from './programma-resultaten';

describe("a programme's results", () => {
  it('tallies seed 000\'s "Wat wil je nou?" groups of 2018: 27 with a result, 14 to education; one still running', () => {
    const uitkomsten: [DeelnameResultaat, number][] = [
      ['opleiding', 14],
      ['voortijdig-gestopt', 5],
      ['niet-begonnen', 3],
      ['overig', 2],
      ['ander-traject', 1],
      ['zorg-hulpverlening', 2],
    ];
    const deelnames: Deelname[] = uitkomsten.flatMap(([resultaat, aantal]) =>
      Array.from({ length: aantal }, (_, i) => ({
        casusId: `${resultaat}-${i}`,
        programmaId: 'wwjn',
        aangemeldOp: '2018-03-01',
        afgemeldOp: '2018-06-30',
        resultaat,
      })),
    );
    const overzicht = resultatenOverzicht([...deelnames, { casusId: 'nog', programmaId: 'wwjn', aangemeldOp: '2018-06-01' }]);
    expect(overzicht.deelnemers).toBe(28);
    expect(overzicht.lopend).toBe(1);
    expect(overzicht.perResultaat).toMatchObject({ opleiding: 14, 'voortijdig-gestopt': 5, 'niet-begonnen': 3, 'zorg-hulpverlening': 2, werk: 0 });
  });
});
