import { telCaseload } from './caseload';
import { tellingUitAantallen } from './caseload-telling';

describe('a caseload count from grouped counts', () => {
  it('equals telCaseload over the open cases themselves', () => {
    const casussen = [
      { regisseur: 'a', status: 'traject' as const },
      { regisseur: 'a', status: 'aangemeld' as const },
      { regisseur: 'b', status: 'nazorg' as const },
      { regisseur: null, status: 'aangemeld' as const },
      { regisseur: null, status: 'in-contact' as const },
    ];
    expect(
      tellingUitAantallen([
        { regisseur: 'a', aantal: 2 },
        { regisseur: 'b', aantal: 1 },
        { regisseur: null, aantal: 2 },
      ]),
    ).toEqual(telCaseload(casussen));
  });
});
