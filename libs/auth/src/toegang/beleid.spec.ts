import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beslis, routeSleutel, TOEGANGSBELEID } from './beleid';
import { toegangMarkdown } from './toegang-markdown';

describe('the policy table', () => {
  it('keys routes as OpenAPI writes them', () => {
    expect(routeSleutel('get', '/api/overstap/dossiers/:id')).toBe('GET /api/overstap/dossiers/{id}');
  });

  it('denies a route it does not know, an organisation type it does not list and a role it does not list', () => {
    expect(beslis('GET /api/overstap/onbekend', 'ops', ['ops'])).toMatchObject({ toegestaan: false, code: 'auth.route-zonder-beleid' });
    expect(beslis('GET /api/overstap/dossiers/{id}', 'ops', ['ops'])).toMatchObject({ toegestaan: false, code: 'auth.organisation-type' });
    expect(beslis('GET /api/overstap/dossiers/{id}', 'mbo-instelling', ['beheerder'])).toMatchObject({
      toegestaan: false,
      code: 'auth.role-missing',
    });
    expect(beslis('POST /api/overstap/inschrijvingen/{id}/uitschrijving', 'mbo-instelling', ['partner'])).toMatchObject({ toegestaan: false });
    expect(beslis('GET /api/overstap/dossiers/{id}', 'mbo-instelling', ['intaker'])).toEqual({ toegestaan: true });
  });

  it('lets only ops move the demo clock and send the digest', () => {
    for (const route of Object.keys(TOEGANGSBELEID).filter((route) => route.startsWith('POST') && route.endsWith('/demo/klok'))) {
      expect(beslis(route, 'rmc-regio', ['beheerder']).toegestaan).toBe(false);
      expect(beslis(route, 'ops', ['ops']).toegestaan).toBe(true);
    }
    expect(beslis('POST /api/notificaties/digest', 'ops', ['beheerder']).toegestaan).toBe(false);
  });

  it('is what docs/access.md shows (run ./sluitend docs after changing the table)', () => {
    expect(readFileSync(join(__dirname, '../../../../docs/access.md'), 'utf8')).toBe(toegangMarkdown());
  });
});
