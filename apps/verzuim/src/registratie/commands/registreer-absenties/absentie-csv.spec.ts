import { Readable } from 'node:stream';
import { DomainError } from '@sluitend/domain-nl';
import { alsEnkelRecord, leesAbsentieCsv, perRegel } from './absentie-csv';

const lees = (tekst: string, max?: number) => leesAbsentieCsv(Readable.from([Buffer.from(tekst)]), max);
const fout = (tekst: string, max?: number) =>
  lees(tekst, max).then(
    () => undefined,
    (e: unknown) => e as DomainError,
  );

describe('leesAbsentieCsv', () => {
  it('reads ; separated rows with a BOM, a decimal comma, ja/nee and empty cells, with the line of each record', async () => {
    const csv =
      '\uFEFFBSN of onderwijsnummer;Datum;Ongeoorloofd;Ziek;Te laat;Alle lessen gemist\n999605999;2025-09-01;3,5;;1;nee\n\n999605999;2025-09-02;6;;;ja\n';
    expect(await lees(csv)).toEqual({
      absenties: [
        { persoonsnummer: '999605999', datum: '2025-09-01', ongeoorloofd: 3.5, teLaat: 1, alleLessenGemist: false },
        { persoonsnummer: '999605999', datum: '2025-09-02', ongeoorloofd: 6, alleLessenGemist: true },
      ],
      regels: [2, 4],
    });
  });

  it('refuses an unknown or missing column on line 1', async () => {
    const e = await fout('bsn_of_onderwijsnummer,ongeoorlofd\n999605999,2\n');
    expect(e?.issues.map((i) => [i.row, i.field, i.rule])).toEqual([
      [1, 'ongeoorlofd', 'csv.kolom-onbekend'],
      [1, 'datum', 'csv.kolom-verplicht'],
    ]);
  });

  it('names every bad cell by line, column and rule', async () => {
    const e = await fout('bsn_of_onderwijsnummer\tdatum\tongeoorloofd\n999605999\t2025-02-30\t2\n999605999\t2025-09-01\t13\n');
    expect(e?.code).toBe('absentie.csv-ongeldig');
    expect(e?.issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'datum'],
      [3, 'ongeoorloofd'],
    ]);
  });

  it('refuses more rows than allowed (te-groot) and an empty file', async () => {
    expect((await fout('bsn_of_onderwijsnummer;datum\n999605999;2025-09-01\n999605999;2025-09-02\n', 1))?.kind).toBe('te-groot');
    expect((await fout(''))?.issues[0].rule).toBe('csv.leeg');
    expect((await fout('bsn_of_onderwijsnummer;datum\n'))?.issues[0].rule).toBe('csv.leeg');
  });

  it("tells the use case's refusal by line and column of the file", () => {
    const e = perRegel(
      DomainError.ongeldig('absentie.ongeldig', 'x', [
        { field: 'absenties[1].persoonsnummer', rule: 'leerling.geregistreerd', message: 'm', row: 1 },
      ]),
      [2, 7],
    );
    expect((e as DomainError).issues).toEqual([{ field: 'bsn_of_onderwijsnummer', rule: 'leerling.geregistreerd', message: 'm', row: 7 }]);
  });

  it("tells the single-record route's refusal by the fields of its body", () => {
    const e = alsEnkelRecord(DomainError.ongeldig('absentie.ongeldig', 'x', [{ field: 'absenties[0].datum', rule: 'lesdag', message: 'm', row: 0 }]));
    expect((e as DomainError).issues).toEqual([{ field: 'datum', rule: 'lesdag', message: 'm' }]);
  });
});
