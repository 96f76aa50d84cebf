import { OUD_VSV_KOLOMMEN } from './duo-lijst-layout';
import { BSN, csv } from './duo-lijst.fixture';
import { controleerKopregel } from './kopregel';
import { schooljarenUitOnderwijs, valideerOudVsvRij } from './oud-vsv-rij';

const context = { rmcRegio: 'MC03', peildatum: '2026-01-15' };

function rij(kop: string, regel: string) {
  const { kop: k, rijen } = csv(`${kop}\n${regel}\n`);
  return valideerOudVsvRij(rijen[0], controleerKopregel(k, OUD_VSV_KOLOMMEN), context);
}

describe('a row of the oud-VSV list', () => {
  it('out of school for 1–2, 2–3, 3–4 or 4+ school years', () => {
    expect(schooljarenUitOnderwijs('2025-07-31', '2026-01-15')).toBe(1);
    expect(schooljarenUitOnderwijs('2025-08-01', '2026-01-15')).toBe(0);
    const kop = 'bsn_of_onderwijsnummer,geboortedatum,woongemeente,uitgeschreven_op';
    expect(rij(kop, `${BSN},2004-03-03,GM0014,2025-06-30`).rij).toMatchObject({ jarenUitOnderwijs: '1-2', rmcRegio: 'MC03' });
    expect(rij(kop, `${BSN},2004-03-03,GM0014,2022-10-01`).rij).toMatchObject({ jarenUitOnderwijs: '3-4' });
    expect(rij(kop, `${BSN},2004-03-03,GM0014,2019-06-30`).rij).toMatchObject({ jarenUitOnderwijs: '4+' });
  });

  it("someone who left this school year is no oud-VSV'er; optional columns are checked when present", () => {
    const kop = 'bsn_of_onderwijsnummer,geboortedatum,woongemeente,uitgeschreven_op,laatste_brin,laatste_onderwijssoort';
    expect(rij(kop, `${BSN},2004-03-03,GM0014,2025-09-15,05KO,mbo`).meldingen).toEqual([
      expect.objectContaining({ row: 2, field: 'uitgeschreven_op', rule: 'oud-vsv.minstens-een-schooljaar' }),
    ]);
    expect(rij(kop, `${BSN},2004-03-03,GM0014,2024-06-30,5KO,wo`).meldingen).toEqual([
      expect.objectContaining({ field: 'laatste_brin', rule: 'brin' }),
      expect.objectContaining({ field: 'laatste_onderwijssoort', rule: 'laatste_onderwijssoort.onbekend' }),
    ]);
    expect(rij(kop, `${BSN},2004-03-03,GM0014,2024-06-30,05KO,`).rij).toMatchObject({ laatsteBrin: '05KO', laatsteOnderwijssoort: undefined });
  });
});
