import { gemeente } from '@sluitend/domain-nl';
import { afstandKm, buildSchoolRegister, schoolRegister } from './school-register';

describe('schoolRegister (shipped lists)', () => {
  const register = schoolRegister();

  it('loads the VO vestigingen deduplicated on vestigingscode', () => {
    expect(register.meldingen.voDubbel).toHaveLength(21);
    expect(register.vo).toHaveLength(1640 - 21);
    expect(new Set(register.vo.map((v) => v.vestiging)).size).toBe(register.vo.length);
    expect(register.vo.every((v) => v.vestiging.startsWith(v.brin))).toBe(true);
  });

  it('matches every VO gemeente name to a CBS code; only the Arnhem region has no RMC code', () => {
    expect(register.meldingen.voOnbekendeGemeente).toEqual([]);
    const zonderRegio = register.vo.filter((v) => v.rmcRegio === undefined);
    expect(zonderRegio.every((v) => gemeente(v.gemeentecode as string)?.rmcRegioNaam === 'Arnhem')).toBe(true);
  });

  it('reads onderwijsstructuur, postcode and pupil counts', () => {
    const stedelijk = register.vo.find((v) => v.vestiging === '00AH00');
    expect(stedelijk).toMatchObject({
      brin: '00AH',
      onderwijsstructuur: ['VBO', 'MAVO', 'HAVO', 'VWO'],
      postcode: '7522 GK',
      gemeentecode: 'GM0153',
      rmcRegio: expect.stringMatching(/^MC\d{2}$/),
      leerlingen: 954,
    });
    expect(register.meldingen.voZonderLeerlingen).toBeGreaterThan(0);
  });

  it('derives a gemeente for almost every mbo location', () => {
    expect(register.mbo).toHaveLength(679);
    expect(register.mboInstellingen).toHaveLength(179);
    expect(register.meldingen.mboZonderGemeente.length).toBeLessThan(register.mbo.length * 0.02);
    expect(register.mbo.find((l) => l.brinvest === '00GT00')).toMatchObject({ gemeentecode: 'GM0599', postcode: '3071 AL' });
  });
});

describe('buildSchoolRegister', () => {
  const vo =
    'brin_nummer,vestigingscode,naam,onderwijsstructuur,denominatie,internetadres,straat,huisnummer,huisletter,huisnummertoevoeging,postcode,plaats,gemeente,provincie,onderwijsgebied,leerlingen,lon,lat\n' +
    '01AB,01AB00,School A,VBO/MAVO,Openbaar,,Straat,1,,,9712AB,Groningen,GRONINGEN,Groningen,,600,6.56,53.21\n' +
    '01AB,01AB00,School A,VBO/MAVO,Openbaar,,Straat,1,,,9712AB,Groningen,GRONINGEN,Groningen,,600,6.57,53.22\n' +
    '02CD,02CD01,School B,PRO,Openbaar,,Weg,2,,,9401AA,Assen,ASSEN,Drenthe,,,6.56,52.99\n';
  const mbo =
    'brin,brinvest,instelling,instelling_code,locatienaam,straat_huisnummer,postcode,plaats,is_hoofdlocatie_kiesmbo,url,lon,lat\n' +
    '25LU,25LU01,Noorderpoort,NP,Zernike,Weg 1,9712 XY ,Groningen,ja,,6.53,53.24\n' +
    '25LU,25LU02,Noorderpoort,NP,Dorp,Weg 2,9999,Dorpje,,,6.561,52.991\n';
  const instellingen =
    'brin,instelling,instelling_code,website,hoofdlocatie_brinvest,hoofdlocatie_straat,hoofdlocatie_postcode,hoofdlocatie_plaats,aantal_locaties\n' +
    '25LU,Noorderpoort,NP,https://example.org,25LU01,Weg 1,9712 XY,Groningen,2\n';

  it('dedupes, normalises and derives gemeenten by postcode, place or proximity', () => {
    const register = buildSchoolRegister(vo, mbo, instellingen);
    expect(register.vo.map((v) => [v.vestiging, v.postcode, v.gemeentecode, v.leerlingen])).toEqual([
      ['01AB00', '9712 AB', 'GM0014', 600],
      ['02CD01', '9401 AA', 'GM0106', undefined],
    ]);
    expect(register.meldingen).toMatchObject({ voDubbel: ['01AB00'], voZonderLeerlingen: 1 });
    expect(register.mbo.map((l) => [l.brinvest, l.postcode, l.gemeentecode, l.gemeenteBron])).toEqual([
      ['25LU01', '9712 XY', 'GM0014', 'postcode'],
      ['25LU02', undefined, 'GM0106', 'nabij'],
    ]);
    expect(register.mboInstellingen).toEqual([
      { brin: '25LU', naam: 'Noorderpoort', website: 'https://example.org', hoofdlocatie: '25LU01', aantalLocaties: 2 },
    ]);
  });

  it('measures distances in km', () => {
    expect(afstandKm({ lon: 6.566, lat: 53.219 }, { lon: 6.564, lat: 52.993 })).toBeCloseTo(25.1, 0);
  });
});
