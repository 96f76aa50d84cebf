import { onderdrukKruistabel } from '../../onthulling/domain/onderdruk-kruistabel';
import { ongefilterd } from '../../onthulling/domain/kruistabel';
import { STANDAARD_BELEID } from '../../onthulling/domain/onthullingsbeleid';
import { uitstroomBenchmarkGrafiek } from './uitschrijving-grafiek';
import { Inschrijvingsfeit, monitoreindDatum, regiobenchmark, uitschrijvingEnSwitch } from './uitschrijving-switch';

let id = 0;
const feiten = (aantal: number, feit: Partial<Inschrijvingsfeit>): Inschrijvingsfeit[] =>
  Array.from({ length: aantal }, () => ({
    inschrijvingId: `i${++id}`,
    schooljaar: '2024-2025',
    mboBrin: '25LH',
    crebo: '25655',
    niveau: 2,
    ingeschrevenPer: '2024-08-26',
    einde: null,
    ...feit,
  }));

const regio: Inschrijvingsfeit[] = [
  // 25LH, crebo 25655 niveau 2: 40 students — 3 left for personal reasons (1), 5 for their study choice (4),
  // 2 "geen uitval" (8), 4 switched, 2 left after the first year (counted as enrolled in a 1-year monitor), 24 stay.
  ...feiten(3, { einde: { soort: 'uitschrijving', per: '2024-11-01', reden: 1 } }),
  ...feiten(5, { einde: { soort: 'uitschrijving', per: '2025-02-01', reden: 4 } }),
  ...feiten(2, { einde: { soort: 'uitschrijving', per: '2025-03-01', reden: 8 } }),
  ...feiten(4, { einde: { soort: 'switch', per: '2024-10-15' } }),
  ...feiten(2, { einde: { soort: 'uitschrijving', per: '2025-09-01', reden: 4 } }),
  ...feiten(24, {}),
  // 25LH, crebo 25180 niveau 4: 30 students, 6 switch.
  ...feiten(6, { crebo: '25180', niveau: 4, einde: { soort: 'switch', per: '2025-01-10' } }),
  ...feiten(24, { crebo: '25180', niveau: 4 }),
  // Another year at 25LH: not in this cohort.
  ...feiten(10, { schooljaar: '2023-2024', einde: { soort: 'uitschrijving', per: '2024-01-01', reden: 3 } }),
  // Another institution in the region (the benchmark): niveau 2, 100 students, 10 uitval (reason 3), 5 switch.
  ...feiten(10, { mboBrin: '27DT', einde: { soort: 'uitschrijving', per: '2025-01-01', reden: 3 } }),
  ...feiten(5, { mboBrin: '27DT', einde: { soort: 'switch', per: '2025-01-01' } }),
  ...feiten(85, { mboBrin: '27DT' }),
];

describe('uitschrijving & switch', () => {
  const selectie = { schooljaar: '2024-2025', monitorjaren: 1 } as const;

  it('monitors the first school year, or the first two', () => {
    expect(monitoreindDatum(selectie)).toBe('2025-07-31');
    expect(monitoreindDatum({ ...selectie, monitorjaren: 2 })).toBe('2026-07-31');
    expect(() => monitoreindDatum({ ...selectie, monitorjaren: 3 as 1 })).toThrow(
      expect.objectContaining({ code: 'tabellenboek.ongeldige-selectie' }),
    );
  });

  it('per programme: the nine DUO reasons, switch and still enrolled, summing to the cohort (counted by hand)', () => {
    const { opleidingen, tabel } = uitschrijvingEnSwitch(regio, '25LH', selectie);
    expect(opleidingen).toEqual([
      { crebo: '25180', niveau: 4 },
      { crebo: '25655', niveau: 2 },
    ]);
    expect(tabel.cellen[1]).toEqual([3, 0, 0, 5, 0, 0, 0, 2, 0, 4, 26]);
    expect(tabel.cellen[0]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 24]);
    const tweeJaar = uitschrijvingEnSwitch(regio, '25LH', { ...selectie, monitorjaren: 2 });
    expect(tweeJaar.tabel.cellen[1][3]).toBe(7); // the two who left in September 2025 now count
  });

  it('benchmarks against the other institutions of the region, per level', () => {
    const benchmark = regiobenchmark(regio, '25LH', selectie);
    expect(benchmark.cellen[1]).toEqual([0, 0, 10, 0, 0, 0, 0, 0, 0, 5, 85]);
    expect(benchmark.cellen[3]).toEqual(new Array(11).fill(0));
  });

  it('as a chart: uitval leaves out reason 8; a hidden count hides its rate', () => {
    const { opleidingen, tabel } = uitschrijvingEnSwitch(regio, '25LH', selectie);
    const intern = uitstroomBenchmarkGrafiek(opleidingen, ongefilterd(tabel), ongefilterd(regiobenchmark(regio, '25LH', selectie)));
    const waarden = (code: string) => intern.reeksen.find((r) => r.code === code)!.waarden;
    expect(waarden('uitval')).toEqual([0, 20]); // (3 + 5) of 40
    expect(waarden('switch')).toEqual([20, 10]); // 6 of 30, 4 of 40
    expect(waarden('regio-uitval')).toEqual([null, 10]); // nobody at niveau 4 elsewhere; 10 of 100
    expect(waarden('regio-switch')).toEqual([null, 5]);
    const extern = uitstroomBenchmarkGrafiek(
      opleidingen,
      onderdrukKruistabel(tabel, STANDAARD_BELEID),
      onderdrukKruistabel(regiobenchmark(regio, '25LH', selectie), STANDAARD_BELEID),
    );
    const uitval = extern.reeksen.find((r) => r.code === 'uitval')!;
    expect(uitval.waarden[1]).toBeNull(); // 3 (reason 1) and 2 (reason 8) are small
    expect(uitval.onderdrukt[1]).toBe(true);
  });
});
