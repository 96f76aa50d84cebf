import { EventContext } from '@sluitend/contracts';
import { bepaalOntvangers, regioRegelSleutel, signaalSleutel } from './ontvangers';

const gemist = (context: EventContext) => ({
  type: 'overstap.deadline.aanmelding-gemist' as const,
  context,
  payload: { signaalId: '6a2b6c36-8d0e-4b1c-9a43-000000000001', brin: '00AH', woongemeente: 'GM0106', rmcRegio: 'MC07' },
});

describe('bepaalOntvangers', () => {
  it('routes a missed 1 April to the RMC of the woonregio, the VO school and leerplicht for a minor', () => {
    // Lives in Assen (MC07 Drenthe), goes to school in Groningen (MC03): MC07 hears of it, not MC03.
    const ontvangers = bepaalOntvangers(gemist({ woongemeente: 'GM0106', rmcRegio: 'MC07', brin: '00AH', minderjarig: true }), new Map());
    expect(ontvangers).toEqual([
      { rol: 'rmc-woonregio', organisatie: { type: 'rmc-regio', code: 'MC07' } },
      { rol: 'vo-school', organisatie: { type: 'vo-school', code: '00AH' } },
      { rol: 'leerplicht-woongemeente', organisatie: { type: 'gemeente', code: 'GM0106' } },
    ]);
  });

  it('sends worrying sick leave (M@ZL) to the school and the jeugdarts of the woongemeente, not of the school’s gemeente', () => {
    // Lives in Assen (GM0106), goes to school in Groningen (14RP): the GGD serving Assen hears of it, of any age.
    for (const minderjarig of [true, false]) {
      const ontvangers = bepaalOntvangers(
        {
          type: 'verzuim.ziekteverzuim.zorgwekkend',
          context: { woongemeente: 'GM0106', rmcRegio: 'MC07', brin: '14RP', minderjarig },
          payload: { signaalId: '6a2b6c36-8d0e-4b1c-9a43-000000000002', brin: '14RP', woongemeente: 'GM0106' },
        },
        new Map(),
      );
      expect(ontvangers).toEqual([
        { rol: 'vo-school', organisatie: { type: 'vo-school', code: '14RP' } },
        { rol: 'jeugdarts-woongemeente', organisatie: { type: 'ggd', code: 'GM0106' } },
      ]);
    }
  });

  it('leaves leerplicht out for an adult or when the age is unknown', () => {
    for (const minderjarig of [false, undefined]) {
      const rollen = bepaalOntvangers(gemist({ woongemeente: 'GM0106', rmcRegio: 'MC07', brin: '00AH', minderjarig }), new Map()).map((o) => o.rol);
      expect(rollen).toEqual(['rmc-woonregio', 'vo-school']);
    }
  });

  it("follows the woonregio's own rules when it set them", () => {
    const regels = new Map([[regioRegelSleutel('MC07', 'overstap.deadline.aanmelding-gemist'), ['rmc-woonregio'] as const]]);
    expect(bepaalOntvangers(gemist({ woongemeente: 'GM0106', rmcRegio: 'MC07', brin: '00AH', minderjarig: true }), regels).map((o) => o.rol)).toEqual(
      ['rmc-woonregio'],
    );
    expect(bepaalOntvangers(gemist({ woongemeente: 'GM0014', rmcRegio: 'MC03', brin: '00AH' }), regels).map((o) => o.rol)).toEqual([
      'rmc-woonregio',
      'vo-school',
    ]);
  });

  it('sends a negative BSA to the mbo that gave it', () => {
    const ontvangers = bepaalOntvangers(
      { type: 'overstap.signaal.negatief-bsa', context: { rmcRegio: 'MC03', woongemeente: 'GM0014' }, payload: { mboBrin: '25LP' } },
      new Map(),
    );
    expect(ontvangers.map((o) => o.organisatie)).toEqual([
      { type: 'rmc-regio', code: 'MC03' },
      { type: 'mbo-instelling', code: '25LP' },
    ]);
  });
});

describe('signaalSleutel', () => {
  it('is the signaalId, else vestiging and peildatum, else the event id', () => {
    expect(signaalSleutel({ id: 'e1', type: 'overstap.deadline.aanmelding-gemist', payload: { signaalId: 's1' } })).toBe('s1');
    expect(
      signaalSleutel({ id: 'e2', type: 'overstap.signaal.vroege-waarschuwing', payload: { vestiging: '00AH00', peildatum: '2027-03-01' } }),
    ).toBe('overstap.signaal.vroege-waarschuwing:00AH00:2027-03-01');
    expect(signaalSleutel({ id: 'e3', type: 'overstap.signaal.vroege-waarschuwing', payload: {} })).toBe('e3');
  });
});
