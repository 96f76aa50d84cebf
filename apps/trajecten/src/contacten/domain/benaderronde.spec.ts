import { RondeDeelnemer, telRonde } from './benaderronde';

const keer = (aantal: number, deelnemer: RondeDeelnemer): RondeDeelnemer[] => Array.from({ length: aantal }, () => deelnemer);

describe('an outreach round over a list', () => {
  it("tallies seed 001's first round of oud-VSV'ers: 257 written to, 160 in beeld", () => {
    const ronde = [
      ...keer(11, { reactie: 'zelf-gereageerd', inBeeld: true, overgedragenAan: 'rmc' }),
      ...keer(41, { reactie: 'zelf-gereageerd', inBeeld: true }),
      ...keer(26, { reactie: 'telefonisch-bereikt', inBeeld: true, overgedragenAan: 'jongerenwerk' }),
      ...keer(9, { reactie: 'telefonisch-bereikt', inBeeld: true, overgedragenAan: 'jongerenloket' }),
      ...keer(27, { reactie: 'telefonisch-bereikt', inBeeld: true }),
      ...keer(46, { reactie: 'anders-bereikt', inBeeld: true }),
      ...keer(97, { reactie: 'niet-bereikt', inBeeld: false }),
    ];
    expect(telRonde(ronde)).toEqual({
      aangeschreven: 257,
      zelfGereageerd: 52,
      telefonischBereikt: 62,
      andersBereikt: 46,
      nietBereikt: 97,
      nogOpen: 0,
      inBeeld: 160,
      overgedragenAan: { rmc: 11, jongerenwerk: 26, jongerenloket: 9 },
    });
  });

  it('someone not reached is not in beeld and is handed to no one', () => {
    expect(() =>
      telRonde([
        { reactie: 'niet-bereikt', inBeeld: true },
        { reactie: 'zelf-gereageerd', inBeeld: false, overgedragenAan: 'rmc' },
        { reactie: 'nog-open', inBeeld: false },
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'benaderronde.ongeldig',
        issues: [
          expect.objectContaining({ field: 'deelnemers[0].inBeeld', rule: 'in-beeld.alleen-bereikt' }),
          expect.objectContaining({ field: 'deelnemers[1].overgedragenAan', rule: 'overgedragen.alleen-in-beeld' }),
        ],
      }),
    );
  });
});
