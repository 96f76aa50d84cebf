import { laatsteTeldatumOnder23 } from '@sluitend/domain-nl';
import { VsvProjectierij, geboortedatumVoorVsv, vsvfeitUitProjectie } from './vsv-projectiefeit';
import { vsvStatus } from './vsv-status';

const rij: VsvProjectierij = {
  jongereId: 'j',
  soort: 'mbo',
  brin: '25LH',
  niveau: 2,
  onderwijstype: null,
  leerjaar: null,
  woongemeente: 'GM0345',
  rmcRegio: 'MC17',
  ingeschrevenOpVolgendeTeldatum: false,
  laatsteTeldatumOnder23: null,
  startkwalificatieOp: null,
};

describe('the VSV fact from the projection', () => {
  it('the stand-in date of birth answers the age rule exactly as the real one, in every school year', () => {
    for (const echt of ['2002-10-01', '2002-10-02', '2003-02-28', '2004-02-29', '2001-12-31', '2003-09-30']) {
      const vervanger = geboortedatumVoorVsv(laatsteTeldatumOnder23(echt), '2024-2025');
      for (const jaar of ['2022-2023', '2023-2024', '2024-2025', '2025-2026', '2026-2027']) {
        const feit = (geboortedatum: string) => ({ ...vsvfeitUitProjectie(rij, jaar), geboortedatum });
        expect([echt, jaar, vsvStatus(feit(vervanger), jaar)]).toEqual([echt, jaar, vsvStatus(feit(echt), jaar)]);
      }
    }
  });

  it('an unknown age counts as a deelnemer; unknown gemeente and region are "onbekend"; VO from the dossier', () => {
    const feit = vsvfeitUitProjectie(
      {
        jongereId: 'j',
        soort: 'vo',
        brin: '27DT',
        niveau: null,
        onderwijstype: 'vmbo-kb',
        leerjaar: 4,
        woongemeente: null,
        rmcRegio: null,
        ingeschrevenOpVolgendeTeldatum: false,
        laatsteTeldatumOnder23: null,
        startkwalificatieOp: null,
      },
      '2024-2025',
    );
    expect(vsvStatus(feit, '2024-2025')).toBe('vsv');
    expect(feit.opTeldatum).toEqual({
      onderwijs: { soort: 'vo', onderwijstype: 'vmbo-kb', leerjaar: 4 },
      brin: '27DT',
      woongemeente: 'onbekend',
      rmcRegio: 'onbekend',
    });
  });
});
