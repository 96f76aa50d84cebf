import { onderdrukKruistabel } from '../../onthulling/domain/onderdruk-kruistabel';
import { ongefilterd } from '../../onthulling/domain/kruistabel';
import { STANDAARD_BELEID } from '../../onthulling/domain/onthullingsbeleid';
import { verzuimstand } from './meldingenstand';
import { behandeltijdGrafiek, meldingenGrafiek } from './verzuim-grafiek';
import { behandeltijden, meldingenPer, meldingenPerSoortEnStatus, ziekteverzuimPerSchool } from './verzuimcijfers';
import { Meldingstatus, Verzuimgebeurtenis, Verzuimsoort } from './verzuimgebeurtenis';

let id = 0;
/** A melding registered on a day at 09:00 Amsterdam time, with its later status changes (days after, status). */
function melding(
  soort: Verzuimsoort,
  dag: string,
  stappen: [number, Meldingstatus][] = [],
  waar: { brin: string; woongemeente: string; schooljaar?: string } = { brin: '07NU', woongemeente: 'GM0363' },
): Verzuimgebeurtenis[] {
  const meldingId = `m${++id}`;
  const begin = Date.parse(`${dag}T09:00:00+02:00`);
  return [
    {
      type: 'verzuim.melding.geregistreerd',
      meldingId,
      soort,
      schooljaar: waar.schooljaar ?? '2024-2025',
      brin: waar.brin,
      vestiging: `${waar.brin}00`,
      woongemeente: waar.woongemeente,
      geregistreerdOp: `${dag}T09:00:00+02:00`,
    },
    ...stappen.map(([dagen, naar]): Verzuimgebeurtenis => ({
      type: 'verzuim.melding.status-gewijzigd',
      meldingId,
      naar,
      gewijzigdOp: new Date(begin + dagen * 86_400_000).toISOString(),
    })),
  ];
}

const groningen = { brin: '05KO', woongemeente: 'GM0014' };
const gebeurtenissen: Verzuimgebeurtenis[] = [
  // 07NU / Amsterdam, 2024-2025 — worked out by hand:
  ...[1, 2, 3].flatMap(() => melding('zestien-uur', '2024-10-01', [[1, 'in-behandeling']])), // 3× handled after 1 day
  ...[1, 2].flatMap(() =>
    melding('zestien-uur', '2024-10-01', [
      [10, 'in-behandeling'],
      [30, 'afgesloten'],
    ]),
  ), // 2× after 10 days
  ...melding('zestien-uur', '2024-10-01'), // not handled yet
  ...melding('luxe', '2024-12-20', [[0, 'ter-kennisgeving-aangenomen']]), // handled the same day
  ...melding('luxe', '2024-12-20', [[0, 'ingetrokken']]), // withdrawn
  // Elsewhere or another year:
  ...melding('langdurig-relatief', '2024-11-04', [[20, 'in-behandeling']], groningen),
  ...melding('zestien-uur', '2023-10-01', [], { ...groningen, schooljaar: '2023-2024' }),
  { type: 'verzuim.melding.status-gewijzigd', meldingId: 'onbekend', naar: 'afgesloten', gewijzigdOp: '2024-10-02T10:00:00Z' },
  ...(['vier-ziekmeldingen-in-twaalf-schoolweken', 'vier-ziekmeldingen-in-twaalf-schoolweken', 'zevende-schooldag-ziek'] as const).map(
    (grond, i): Verzuimgebeurtenis => ({
      type: 'verzuim.ziekteverzuim.zorgwekkend',
      signaalId: `z${i}`,
      grond,
      schooljaar: '2024-2025',
      brin: '07NU',
      woongemeente: 'GM0363',
      datum: '2025-01-15',
    }),
  ),
  {
    type: 'verzuim.ziekteverzuim.zorgwekkend',
    signaalId: 'z9',
    grond: 'zevende-schooldag-ziek',
    schooljaar: '2024-2025',
    brin: '05KO',
    woongemeente: 'GM0014',
    datum: '2025-02-01',
  },
];

describe('verzuim figures', () => {
  const stand = verzuimstand(gebeurtenissen);
  const jaar = { schooljaar: '2024-2025' };

  it('meldingen per kind and status (rows: 16 uur, langdurig relatief, luxe, rmc, overig, absoluut)', () => {
    const tabel = meldingenPerSoortEnStatus(stand, { ...jaar, brin: '07NU' });
    // columns: geregistreerd, in behandeling, afgesloten, ter kennisgeving aangenomen, ingetrokken
    expect(tabel.cellen[0]).toEqual([1, 3, 2, 0, 0]);
    expect(tabel.cellen[1]).toEqual([0, 0, 0, 0, 0]);
    expect(tabel.cellen[2]).toEqual([0, 0, 0, 1, 1]);
    expect(meldingenPerSoortEnStatus(stand, jaar).cellen[1]).toEqual([0, 1, 0, 0, 0]);
    expect(stand.wezen).toBe(1);
  });

  it('per school and per gemeente', () => {
    const perSchool = meldingenPer(stand, 'school', jaar);
    expect(perSchool.rijen).toEqual(['05KO', '07NU']);
    expect(perSchool.cellen).toEqual([
      [0, 1, 0, 0, 0, 0],
      [6, 0, 2, 0, 0, 0],
    ]);
    expect(meldingenPer(stand, 'gemeente', { ...jaar, woongemeente: 'GM0014' }).rijen).toEqual(['GM0014']);
  });

  it('M@ZL signals per school and criterion', () => {
    expect(ziekteverzuimPerSchool(stand, jaar).cellen).toEqual([
      [0, 1],
      [2, 1],
    ]);
  });

  it('time to handling: classes per kind and the median in calendar days', () => {
    const { tabel, perSoort } = behandeltijden(stand, { ...jaar, brin: '07NU' });
    // 16 uur: 3 within 2 days, 2 after 8–14, 1 not yet; luxe: 1 the same day (the withdrawn one left out)
    expect(tabel.cellen[0]).toEqual([3, 0, 2, 0, 1]);
    expect(tabel.cellen[2]).toEqual([1, 0, 0, 0, 0]);
    expect(perSoort[0]).toEqual({ aantal: 5, mediaan: 1, p90: 10 });
    expect(behandeltijden(stand, { ...jaar, brin: '07NU' }, 5).perSoort[2]).toEqual({ aantal: 1, mediaan: null, p90: null });
  });

  it('charts, inside and outside the organisation', () => {
    const intern = meldingenGrafiek(ongefilterd(meldingenPerSoortEnStatus(stand, jaar)));
    expect(intern.reeksen.find((r) => r.code === 'in-behandeling')!.waarden).toEqual([3, 1, 0, 0, 0, 0]);
    expect(intern.reeksen.find((r) => r.code === 'totaal')!.waarden).toEqual([6, 1, 2, 0, 0, 0]);
    const extern = behandeltijdGrafiek(onderdrukKruistabel(behandeltijden(stand, jaar).tabel, STANDAARD_BELEID));
    expect(extern.reeksen.find((r) => r.code === '0-2-dagen')!.waarden[0]).toBeNull();
    expect(extern.drempel).toBe(5);
  });
});
