import { generateTestBsn, mulberry32 } from '@sluitend/domain-nl';
import { leesA01Lijst, leesOudVsvLijst } from './duo-lijst';
import { BSN, csv } from './duo-lijst.fixture';
import { MAX_LIJST_RIJEN } from './duo-lijst-layout';
import { CsvRij } from './rij-lezer';

const KOP = ['bsn_of_onderwijsnummer', 'geboortedatum', 'woongemeente', 'brin', 'onderwijssoort', 'opleidingscode', 'uitschrijfdatum'];
const context = { rmcRegio: 'MC03', rapportagedatum: '2026-03-01' };

describe('reading a DUO list', () => {
  it('1,000 rows (distinct generated test BSNs): the valid ones taken, the bad ones reported by line, a person twice reported on the second line', () => {
    const rng = mulberry32(13);
    const bsns = new Set<string>([BSN]);
    const nieuwBsn = () => {
      for (;;) {
        const bsn = generateTestBsn(rng);
        if (bsns.has(bsn)) continue;
        bsns.add(bsn);
        return bsn;
      }
    };
    const regels = Array.from({ length: 1000 }, (_, i) => {
      if (i === 10) return `000000000,2007-05-12,14,25LP,vo,,2026-02-10`;
      if (i === 20) return `${BSN},2007-05-12,14,25LP,vo,,2026-02-10`;
      if (i === 30) return `${BSN},2007-05-12,14,25LP,vo,,2026-02-11`;
      return `${nieuwBsn()},2008-0${1 + (i % 9)}-15,14,25LP,mbo,25180,2026-02-${String(1 + (i % 28)).padStart(2, '0')}`;
    });
    const { kop, rijen } = csv(`${KOP.join(',')}\n${regels.join('\n')}\n`);
    const lijst = leesA01Lijst(kop, rijen, context);
    expect(lijst.aantal).toBe(1000);
    expect(lijst.rijen).toHaveLength(998);
    expect(lijst.meldingen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 12, field: 'bsn_of_onderwijsnummer', rule: 'persoonsnummer' }),
        expect.objectContaining({
          row: 32,
          field: 'bsn_of_onderwijsnummer',
          rule: 'persoonsnummer.dubbel',
          message: 'deze jongere staat ook op regel 22',
        }),
      ]),
    );
    expect(lijst.meldingen).toHaveLength(2);
  });

  it('refuses a wrong header, an empty list, and more rows than the maximum', () => {
    expect(() => leesA01Lijst(['bsn', 'geboortedatum'], [], context)).toThrow(expect.objectContaining({ code: 'duo-lijst.kolommen' }));
    expect(() => leesA01Lijst(KOP, [{ regel: 2, cellen: ['', '', ''] }], context)).toThrow(expect.objectContaining({ code: 'duo-lijst.leeg' }));
    const veel: CsvRij[] = Array.from({ length: MAX_LIJST_RIJEN + 1 }, (_, i) => ({ regel: i + 2, cellen: ['x'] }));
    expect(() =>
      leesOudVsvLijst(['bsn_of_onderwijsnummer', 'geboortedatum', 'woongemeente', 'uitgeschreven_op'], veel, {
        rmcRegio: 'MC03',
        peildatum: '2026-01-15',
      }),
    ).toThrow(expect.objectContaining({ kind: 'te-groot', code: 'duo-lijst.te-groot' }));
  });

  it('a row with more fields than the header is reported', () => {
    const { kop, rijen } = csv(`${KOP.join(',')}\n${BSN},2007-05-12,14,25LP,vo,,2026-02-10,extra\n`);
    expect(leesA01Lijst(kop, rijen, context).meldingen).toEqual([expect.objectContaining({ row: 2, field: '(rij)', rule: 'csv.aantal-velden' })]);
  });
});
