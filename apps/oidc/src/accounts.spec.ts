import { DemoGebruiker } from '@sluitend/auth';
import { Accounts } from './accounts';

const GEBRUIKERS: DemoGebruiker[] = [
  {
    id: 'decaan-14rp',
    naam: 'Esther Bakker',
    organisatie: { type: 'vo-school', code: '14RP', naam: 'CSG Groningen' },
    rollen: ['decaan'],
    omschrijving: 'Decaan',
  },
];

describe('Accounts', () => {
  it('logs a demo user in by id, with sub demo-<id> and the claims of the data file', () => {
    const accounts = new Accounts(GEBRUIKERS, false);
    expect(accounts.login({ gebruiker: 'decaan-14rp', rollen: [] })).toEqual({ accountId: 'demo-decaan-14rp' });
    expect(accounts.claimsOf('demo-decaan-14rp')).toEqual({
      sub: 'demo-decaan-14rp',
      name: 'Esther Bakker',
      org: { type: 'vo-school', code: '14RP' },
      roles: ['decaan'],
    });
    expect(accounts.login({ gebruiker: 'niemand', rollen: [] })).toEqual({ fout: "Er is geen demo-gebruiker 'niemand'.", veld: 'gebruiker' });
  });

  it('refuses generated users unless they are enabled', () => {
    const accounts = new Accounts(GEBRUIKERS, false);
    expect(accounts.login({ organisatie: 'vo-school:00AH', rollen: ['schooladministratie'] })).toEqual({
      fout: 'Kies een demo-gebruiker.',
      veld: 'gebruiker',
    });
    expect(accounts.claimsOf('dev:vo-school:00AH:schooladministratie')).toBeUndefined();
  });

  it('makes a generated user whose id says who it is (the same id again for the same org and roles)', () => {
    const accounts = new Accounts(GEBRUIKERS, true);
    const login = accounts.login({ organisatie: 'vo-school:00AH', rollen: ['schooladministratie', 'decaan', 'decaan'], naam: ' Sam ' });
    expect(login).toEqual({ accountId: 'dev:vo-school:00AH:decaan+schooladministratie' });
    expect(accounts.claimsOf('dev:vo-school:00AH:decaan+schooladministratie')).toEqual({
      sub: 'dev:vo-school:00AH:decaan+schooladministratie',
      name: 'Sam',
      org: { type: 'vo-school', code: '00AH' },
      roles: ['decaan', 'schooladministratie'],
    });
    expect(accounts.claimsOf('dev:ops:platform:ops')).toMatchObject({ name: 'Ontwikkelaar ops platform', roles: ['ops'] });
  });

  it('names the field and the rule for a wrong generated user', () => {
    const accounts = new Accounts(GEBRUIKERS, true);
    expect(accounts.login({ organisatie: 'vo-school-00AH', rollen: ['decaan'] })).toMatchObject({ veld: 'organisatie' });
    expect(accounts.login({ organisatie: 'vo-school:GM0014', rollen: ['decaan'] })).toMatchObject({ veld: 'organisatie' });
    expect(accounts.login({ organisatie: 'vo-school:00AH', rollen: [] })).toMatchObject({ veld: 'rol' });
    expect(accounts.login({ organisatie: 'vo-school:00AH', rollen: ['koning'] })).toMatchObject({ veld: 'rol' });
    expect(accounts.login({ organisatie: 'vo-school:00AH', rollen: ['decaan'], naam: 'x'.repeat(101) })).toMatchObject({ veld: 'naam' });
    expect(accounts.login({ rollen: ['decaan'] })).toMatchObject({ veld: 'organisatie' });
  });

  it('knows no account for a forged generated id', () => {
    const accounts = new Accounts(GEBRUIKERS, true);
    expect(accounts.claimsOf('dev:vo-school:GM0014:decaan')).toBeUndefined();
    expect(accounts.claimsOf('dev:vo-school:00AH:koning')).toBeUndefined();
    expect(accounts.claimsOf('demo-niemand')).toBeUndefined();
  });
});
