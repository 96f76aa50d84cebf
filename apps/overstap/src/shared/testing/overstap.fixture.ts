import type { DienDossierIn, RegistreerAanmelding } from '@sluitend/contracts';
import { generateTestBsn, generateTestOnderwijsnummer, mulberry32, Rng } from '@sluitend/domain-nl';

/**
 * Test data for overstap's integration tests: valid inputs with BSNs from the test range (no real person). Each test
 * file takes its own seed, so files never share students.
 */
export class OverstapFixture {
  private readonly rng: Rng;

  constructor(seed: number) {
    this.rng = mulberry32(seed);
  }

  bsn(): string {
    return generateTestBsn(this.rng);
  }

  onderwijsnummer(): string {
    return generateTestOnderwijsnummer(this.rng);
  }

  dossier(overrides: Partial<DienDossierIn> & { persoonsnummer?: string } = {}): DienDossierIn {
    const { persoonsnummer, ...rest } = overrides;
    return {
      schooljaar: '2026-2027',
      school: { brin: '00AH', vestiging: '00AH00' },
      leerling: {
        persoonsnummer: persoonsnummer ?? this.bsn(),
        voornamen: 'Sam',
        achternaam: 'de Vries',
        geboortedatum: '2009-05-12',
        postcode: '7522 GK',
        woongemeente: 'GM0014',
      },
      opleiding: { onderwijstype: 'vmbo-kb', leerjaar: 4 },
      keuze: { bestemming: 'mbo', opleidingen: [{ crebo: '25180', niveau: 2 }] },
      ondersteuning: { nodig: false, toestemmingDelen: false },
      akkoordverklaring: { getekendOp: '2026-01-15' },
      ...rest,
    };
  }

  aanmelding(persoonsnummer: string, overrides: Partial<RegistreerAanmelding> = {}): RegistreerAanmelding {
    return {
      persoonsnummer,
      schooljaar: '2026-2027',
      crebo: '25180',
      niveau: 2,
      locatie: '25LP00',
      startdatum: '2027-08-30',
      status: 'aangemeld',
      ...overrides,
    };
  }
}
