import { parseCsv, parseCsvRecords } from './parse-csv';

describe('parseCsv', () => {
  it('reads plain and quoted fields', () => {
    expect(parseCsv('a,b,c\n1,"x, y",3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', '3'],
    ]);
  });

  it('handles escaped quotes, line breaks in quotes, CRLF, BOM, empty fields and no final newline', () => {
    expect(parseCsv('\uFEFFa,"say ""hi""",\r\n"two\nlines",,""')).toEqual([
      ['a', 'say "hi"', ''],
      ['two\nlines', '', ''],
    ]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('a,')).toEqual([['a', '']]);
  });

  it('is strict', () => {
    expect(() => parseCsv('a,b"c\n')).toThrow(expect.objectContaining({ code: 'CSV_ONGELDIG' }));
    expect(() => parseCsv('a,"b"c\n')).toThrow(/regel 1: tekst na sluitend aanhalingsteken/);
    expect(() => parseCsv('a\n"open\n')).toThrow(/regel 2: aanhalingsteken niet gesloten/);
    expect(() => parseCsv('a\rb')).toThrow(/losse CR/);
  });
});

describe('parseCsvRecords', () => {
  it('maps rows to objects and checks header and widths', () => {
    expect(parseCsvRecords('code,naam\nGM1,A\n', ['code', 'naam'])).toEqual([{ code: 'GM1', naam: 'A' }]);
    expect(() => parseCsvRecords('naam,code\n', ['code', 'naam'])).toThrow(/kopregel/);
    expect(() => parseCsvRecords('code,naam\nGM1\n', ['code', 'naam'])).toThrow(/regel 2: 1 velden, verwacht 2/);
  });
});
