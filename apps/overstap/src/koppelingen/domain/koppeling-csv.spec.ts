import { leesKoppelBestand } from './koppeling-csv';

// Test numbers: 111222333 and 12345672 pass the BSN 11-proef; 101234564 and 100000016 are onderwijsnummers (rest 5).
describe('leesKoppelBestand (DUO koppeling layout)', () => {
  it('reads BSN;ONDERWIJSNUMMER with a BOM, CRLF, quotes and empty lines; other columns and their order do not matter', () => {
    expect(leesKoppelBestand('\uFEFFBSN;ONDERWIJSNUMMER\r\n111222333;101234564\r\n\r\n"12345672";"100000016"\r\n')).toEqual({
      rijen: [
        { regel: 2, bsn: '111222333', onderwijsnummer: '101234564' },
        { regel: 4, bsn: '012345672', onderwijsnummer: '100000016' },
      ],
      issues: [],
      aantalRijen: 2,
    });
    expect(leesKoppelBestand('onderwijsnummer,peildatum,bsn\n101234564,2026-10-01,111222333').rijen).toEqual([
      { regel: 2, bsn: '111222333', onderwijsnummer: '101234564' },
    ]);
  });

  it('names line, column and rule of every bad cell, and never the number itself', () => {
    const { rijen, issues } = leesKoppelBestand('BSN;ONDERWIJSNUMMER\n111222334;101234564\n111222333;111222333\n;');
    expect(rijen).toEqual([]);
    expect(issues.map(({ row, field, rule }) => ({ row, field, rule }))).toEqual([
      { row: 2, field: 'BSN', rule: 'bsn' },
      { row: 3, field: 'ONDERWIJSNUMMER', rule: 'onderwijsnummer' },
      { row: 4, field: 'BSN', rule: 'bsn' },
      { row: 4, field: 'ONDERWIJSNUMMER', rule: 'onderwijsnummer' },
    ]);
    expect(JSON.stringify(issues)).not.toMatch(/11122233/);
  });

  it('refuses a header without the two columns', () => {
    expect(leesKoppelBestand('BSN;NAAM\n111222333;x').issues).toEqual([
      expect.objectContaining({ row: 1, field: 'ONDERWIJSNUMMER', rule: 'kolom-verplicht' }),
    ]);
  });
});
