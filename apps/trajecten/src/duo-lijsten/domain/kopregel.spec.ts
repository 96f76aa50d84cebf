import { A01_KOLOMMEN, OUD_VSV_KOLOMMEN } from './duo-lijst-layout';
import { controleerKopregel } from './kopregel';

describe('the header of a DUO list', () => {
  it('matches columns case-insensitively, spaces and hyphens as underscores, optional ones may be left out', () => {
    const index = controleerKopregel(
      ['\uFEFFBSN of onderwijsnummer', 'Geboortedatum', 'woongemeente', 'BRIN', 'onderwijssoort', 'uitschrijfdatum'],
      A01_KOLOMMEN,
    );
    expect(index.get('bsn_of_onderwijsnummer')).toBe(0);
    expect(index.get('uitschrijfdatum')).toBe(5);
    expect(index.has('opleidingscode')).toBe(false);
  });

  it('refuses missing, doubled and unknown columns, all named on line 1', () => {
    expect(() =>
      controleerKopregel(['bsn_of_onderwijsnummer', 'geboortedatum', 'geboortedatum', 'naam', 'uitgeschreven_op'], OUD_VSV_KOLOMMEN),
    ).toThrow(
      expect.objectContaining({
        code: 'duo-lijst.kolommen',
        issues: [
          expect.objectContaining({ field: 'geboortedatum', rule: 'kolom.dubbel', row: 1 }),
          expect.objectContaining({ field: 'naam', rule: 'kolom.onbekend', row: 1 }),
          expect.objectContaining({ field: 'woongemeente', rule: 'kolom.ontbreekt', row: 1 }),
        ],
      }),
    );
  });
});
