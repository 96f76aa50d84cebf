import { ongefilterd } from '../../onthulling/domain/kruistabel';
import { onderdrukKruistabel } from '../../onthulling/domain/onderdruk-kruistabel';
import { STANDAARD_BELEID } from '../../onthulling/domain/onthullingsbeleid';
import { uitgeschreven, uitschrijvingsgrafiek, uitval } from './uitschrijvingsgrafiek';
import {
  EindeInJaar,
  Inschrijvingsgroep,
  kolomtelling,
  kolomVan,
  regioVanDeMeesten,
  schooljaarperiode,
  uitschrijvingstabel,
} from './uitschrijvingstabel';

const groep = (sleutel: string, einde: EindeInJaar, aantal: number, rmcRegio: string | null = 'MC03'): Inschrijvingsgroep => ({
  sleutel,
  rmcRegio,
  einde,
  aantal,
});
const uit = (reden: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | null): EindeInJaar => ({ soort: 'uitschrijving', reden });
const SWITCH: EindeInJaar = { soort: 'switch' };

/*
 * Two programmes of one institution, worked out by hand:
 *   25180-4: 40 inschrijvingen — 3 reason 1, 5 reason 4, 2 reason 8, 4 switched, 26 not ended (2 of them live in MC07)
 *   25655-2: 30 inschrijvingen — 6 switched, 1 reason 9, 23 not ended
 */
const groepen: Inschrijvingsgroep[] = [
  groep('25180-4', uit(1), 3),
  groep('25180-4', uit(4), 5),
  groep('25180-4', uit(8), 2),
  groep('25180-4', SWITCH, 4),
  groep('25180-4', null, 24),
  groep('25180-4', null, 2, 'MC07'),
  groep('25655-2', SWITCH, 6),
  groep('25655-2', uit(9), 1, null),
  groep('25655-2', null, 23),
];

describe('uitschrijving & switch per school year', () => {
  it('a school year runs from 1 August to 31 July', () => {
    expect(schooljaarperiode('2024-2025')).toEqual({ eersteDag: '2024-08-01', laatsteDag: '2025-07-31' });
  });

  it('an ending goes to its reason, switch, or not ended; an uitschrijving without a reason is 7 (onbekend)', () => {
    expect(kolomVan(uit(1))).toBe(0);
    expect(kolomVan(uit(9))).toBe(8);
    expect(kolomVan(uit(null))).toBe(6);
    expect(kolomVan(SWITCH)).toBe(9);
    expect(kolomVan(null)).toBe(10);
  });

  it('per programme: the nine reasons, switch and not ended, summing to the inschrijvingen of the year', () => {
    const { codes, tabel } = uitschrijvingstabel(groepen, 'opleiding');
    expect(codes).toEqual(['25180-4', '25655-2']);
    expect(tabel.rijen).toEqual(['crebo 25180, niveau 4', 'crebo 25655, niveau 2']);
    expect(tabel.kolommen[0]).toBe('reden 1: persoonlijk, geen invloed');
    expect(tabel.cellen).toEqual([
      [3, 0, 0, 5, 0, 0, 0, 2, 0, 4, 26],
      [0, 0, 0, 0, 0, 0, 0, 0, 1, 6, 23],
    ]);
    expect(
      uitschrijvingstabel(
        groepen.map((g) => ({ ...g, sleutel: '25LH' })),
        'instelling',
      ).tabel.cellen,
    ).toEqual([[3, 0, 0, 5, 0, 0, 0, 2, 1, 10, 49]]);
    expect(uitschrijvingstabel([], 'opleiding')).toEqual({ codes: [], tabel: expect.objectContaining({ rijen: [], cellen: [] }) });
  });

  it('the part in a region, and the region most students live in (ties: the lowest code)', () => {
    expect(kolomtelling(groepen, (g) => g.rmcRegio === 'MC07')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(regioVanDeMeesten(groepen)).toBe('MC03');
    expect(regioVanDeMeesten([groep('x', null, 3, 'MC09'), groep('x', null, 3, 'MC04'), groep('x', null, 9, null)])).toBe('MC04');
    expect(regioVanDeMeesten([groep('x', null, 3, null)])).toBeNull();
  });

  it('rates per row, in total and for the region; uitval leaves reason 8 out', () => {
    const { codes, tabel } = uitschrijvingstabel(groepen, 'opleiding');
    const intern = ongefilterd(tabel);
    const regio = {
      code: 'regio-MC03',
      label: 'regio X',
      tabel: ongefilterd({ rijen: ['regio X'], kolommen: tabel.kolommen, cellen: [[10, 0, 0, 0, 0, 0, 0, 0, 0, 5, 85]] }),
    };
    const g = uitschrijvingsgrafiek('2024-2025', 'opleiding', codes, intern, regio);
    const waarden = (code: string) => g.reeksen.find((r) => r.code === code)!.waarden;
    expect(g.as.codes).toEqual(['25180-4', '25655-2', 'totaal', 'regio-regio-MC03']);
    expect(waarden('uitschrijving-percentage')).toEqual([25, 3.3, 15.7, 10]); // 10/40, 1/30, 11/70, 10/100
    expect(waarden('uitval-percentage')).toEqual([20, 3.3, 12.9, 10]); // (10 − 2)/40, 9/70
    expect(waarden('switch-percentage')).toEqual([10, 20, 14.3, 5]);
    expect(g.drempel).toBeNull();
  });

  it('outside the organisation: hidden reasons still give the uitschrijvingen when the total, switch and not ended are visible', () => {
    expect(uitgeschreven([null, 0, 0, null, 0, 0, 0, 6, 0, 10, 30], 50)).toBe(10);
    expect(uitval([null, 0, 0, null, 0, 0, 0, 6, 0, 10, 30], 50)).toBe(4);
    expect(uitgeschreven([null, 0, 0, null, 0, 0, 0, 6, 0, null, 30], 50)).toBeNull();
    const { codes, tabel } = uitschrijvingstabel(groepen, 'opleiding');
    const extern = uitschrijvingsgrafiek('2024-2025', 'opleiding', codes, onderdrukKruistabel(tabel, STANDAARD_BELEID), null);
    const reeks = extern.reeksen.find((r) => r.code === 'uitschrijving-percentage')!;
    // 25655-2: a single uitschrijving (reason 9) is hidden, and so is its rate.
    expect(reeks.waarden[1]).toBeNull();
    expect(reeks.onderdrukt[1]).toBe(true);
    expect(extern.drempel).toBe(5);
  });
});
