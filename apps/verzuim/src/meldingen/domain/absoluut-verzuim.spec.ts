import { absoluutVerzuim } from './absoluut-verzuim';

describe('absoluut verzuim (leerplichtig and enrolled nowhere)', () => {
  const leerplichtig = { geboortedatum: '2011-03-10' };

  it('the days after the enrolment ended, until an exemption', () => {
    expect(
      absoluutVerzuim(
        { leerling: leerplichtig, inschrijvingen: [{ van: '2023-08-01', totEnMet: '2025-12-31' }], vrijstellingen: [] },
        '2025-09-01',
        '2026-02-28',
      ),
    ).toEqual([{ soort: 'absoluut', van: '2026-01-01', totEnMet: '2026-02-28', verantwoordelijke: 'leerplicht', ontvanger: 'leerplichtambtenaar' }]);
    expect(
      absoluutVerzuim(
        { leerling: leerplichtig, inschrijvingen: [{ van: '2023-08-01', totEnMet: '2025-12-31' }], vrijstellingen: [{ van: '2026-02-01' }] },
        '2025-09-01',
        '2026-02-28',
      ).map((p) => [p.van, p.totEnMet]),
    ).toEqual([['2026-01-01', '2026-01-31']]);
  });

  it('none while enrolled, re-enrolment ends it', () => {
    expect(
      absoluutVerzuim({ leerling: leerplichtig, inschrijvingen: [{ van: '2023-08-01' }], vrijstellingen: [] }, '2025-09-01', '2026-07-31'),
    ).toEqual([]);
    const feiten = {
      leerling: leerplichtig,
      inschrijvingen: [{ van: '2023-08-01', totEnMet: '2025-10-10' }, { van: '2025-11-03' }],
      vrijstellingen: [],
    };
    expect(absoluutVerzuim(feiten, '2025-09-01', '2026-07-31').map((p) => [p.van, p.totEnMet])).toEqual([['2025-10-11', '2025-11-02']]);
  });

  it('split where leerplicht becomes kwalificatieplicht; ends at 18 or with a startkwalificatie', () => {
    const zestien = { geboortedatum: '2009-06-01' }; // leerplicht to 31 July 2025, 18 on 1 June 2027
    const feiten = { leerling: zestien, inschrijvingen: [{ van: '2021-08-01', totEnMet: '2025-06-30' }], vrijstellingen: [] };
    expect(absoluutVerzuim(feiten, '2025-06-01', '2027-12-31').map((p) => [p.van, p.totEnMet, p.verantwoordelijke])).toEqual([
      ['2025-07-01', '2025-07-31', 'leerplicht'],
      ['2025-08-01', '2027-05-31', 'kwalificatieplicht'],
    ]);
    const metDiploma = { ...feiten, leerling: { ...zestien, startkwalificatieOp: '2026-07-15' } };
    expect(absoluutVerzuim(metDiploma, '2025-06-01', '2027-12-31').map((p) => p.totEnMet)).toEqual(['2025-07-31', '2026-07-14']);
  });

  it('refuses a broken period', () => {
    const feiten = { leerling: leerplichtig, inschrijvingen: [{ van: '2025-09-10', totEnMet: '2025-09-01' }], vrijstellingen: [] };
    expect(() => absoluutVerzuim(feiten, '2025-09-01', '2025-12-31')).toThrow(
      expect.objectContaining({ code: 'PERIODE_ONGELDIG', veld: 'inschrijvingen[0]' }),
    );
    expect(() => absoluutVerzuim({ ...feiten, inschrijvingen: [] }, '2025-12-31', '2025-09-01')).toThrow(
      expect.objectContaining({ code: 'PERIODE_ONGELDIG' }),
    );
  });
});
