import type { RegistreerLeerling, ZetKalender } from '@sluitend/contracts';
import { generateTestBsn, mulberry32, Rng } from '@sluitend/domain-nl';
import { TESTSCHOOL_2025_2026, TESTSCHOOL_2026_2027 } from '../../kalenders/domain/testschool.fixture';

/**
 * Test data for verzuim's integration tests: BSNs from the test range (no real person) and the fictional Testschool's
 * calendars (never a default). Each test file takes its own seed, so files never share students.
 */
export class VerzuimFixture {
  private readonly rng: Rng;

  constructor(seed: number) {
    this.rng = mulberry32(seed);
  }

  bsn(): string {
    return generateTestBsn(this.rng);
  }

  leerling(overrides: Partial<RegistreerLeerling> = {}): RegistreerLeerling {
    return {
      persoonsnummer: this.bsn(),
      geboortedatum: '2011-03-01',
      woongemeente: 'GM0014',
      onderwijstype: 'havo',
      ingeschrevenPer: '2025-08-25',
      ...overrides,
    };
  }

  static kalender(jaar: '2025-2026' | '2026-2027'): ZetKalender {
    const { vakanties, vrijeDagen } = jaar === '2025-2026' ? TESTSCHOOL_2025_2026 : TESTSCHOOL_2026_2027;
    return { vakanties: [...vakanties], ...(vrijeDagen ? { vrijeDagen: [...vrijeDagen] } : {}) };
  }
}
