import { valideerA01Rij } from './a01-rij';
import { A01_KOLOMMEN } from './duo-lijst-layout';
import { BSN, ONDERWIJSNUMMER, csv } from './duo-lijst.fixture';
import { controleerKopregel } from './kopregel';

const KOP = 'bsn_of_onderwijsnummer,geboortedatum,woongemeente,brin,onderwijssoort,opleidingscode,uitschrijfdatum';
const context = { rmcRegio: 'MC03', rapportagedatum: '2026-03-01' };

function rij(regel: string) {
  const { kop, rijen } = csv(`${KOP}\n${regel}\n`);
  return valideerA01Rij(rijen[0], controleerKopregel(kop, A01_KOLOMMEN), context);
}

describe('an A01 row (uitschrijving zonder startkwalificatie)', () => {
  it('a valid mbo row becomes the row model, woonregio derived from the gemeente', () => {
    expect(rij(`${BSN},2007-05-12,14,25LP,mbo,25180,2026-02-10`)).toEqual({
      rij: {
        regel: 2,
        persoonsnummer: { soort: 'bsn', nummer: BSN },
        geboortedatum: '2007-05-12',
        woongemeente: 'GM0014',
        rmcRegio: 'MC03',
        brin: '25LP',
        onderwijssoort: 'mbo',
        opleidingscode: '25180',
        uitschrijfdatum: '2026-02-10',
      },
      meldingen: [],
    });
    expect(rij(`${ONDERWIJSNUMMER},12-05-2009,GM0014,00ah,VO,,10-02-2026`).rij).toMatchObject({
      persoonsnummer: { soort: 'onderwijsnummer' },
      brin: '00AH',
      onderwijssoort: 'vo',
      geboortedatum: '2009-05-12',
    });
  });

  it('reports every problem of a row by line, column and rule — never the value', () => {
    const { rij: model, meldingen } = rij('123456789,2007-02-30,GM9999,XXXX,hbo,2518,');
    expect(model).toBeNull();
    expect(meldingen).toEqual([
      expect.objectContaining({ row: 2, field: 'bsn_of_onderwijsnummer', rule: 'persoonsnummer' }),
      expect.objectContaining({ row: 2, field: 'geboortedatum', rule: 'datum' }),
      expect.objectContaining({ row: 2, field: 'woongemeente', rule: 'woongemeente.bestaat' }),
      expect.objectContaining({ row: 2, field: 'brin', rule: 'brin' }),
      expect.objectContaining({ row: 2, field: 'onderwijssoort', rule: 'onderwijssoort.onbekend' }),
      expect.objectContaining({ row: 2, field: 'opleidingscode', rule: 'crebo' }),
      expect.objectContaining({ row: 2, field: 'uitschrijfdatum', rule: 'verplicht' }),
    ]);
    expect(JSON.stringify(meldingen)).not.toContain('123456789');
  });

  it("a young person living in another region belongs to that region's RMC", () => {
    expect(rij(`${BSN},2007-05-12,GM0106,25LP,vo,,2026-02-10`).meldingen).toEqual([
      expect.objectContaining({ field: 'woongemeente', rule: 'woongemeente.in-regio' }),
    ]);
  });

  it('mbo needs a crebo; the uitschrijving is not after the report date; the age is 13 to 22 on that day', () => {
    expect(rij(`${BSN},2007-05-12,14,25LP,mbo,,2026-02-10`).meldingen).toEqual([
      expect.objectContaining({ field: 'opleidingscode', rule: 'verplicht' }),
    ]);
    expect(rij(`${BSN},2007-05-12,14,25LP,vo,,2026-03-02`).meldingen).toEqual([expect.objectContaining({ rule: 'uitschrijfdatum.na-rapportage' })]);
    expect(rij(`${BSN},2003-02-10,14,25LP,vo,,2026-02-10`).meldingen).toEqual([
      expect.objectContaining({ field: 'geboortedatum', rule: 'leeftijd.13-22' }),
    ]);
    expect(rij(`${BSN},2003-02-11,14,25LP,vo,,2026-02-10`).meldingen).toEqual([]);
    expect(rij(`${BSN},2013-02-11,14,25LP,vo,,2026-02-10`).meldingen).toEqual([expect.objectContaining({ rule: 'leeftijd.13-22' })]);
  });
});
