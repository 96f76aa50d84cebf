import { DemoGebruiker } from '@sluitend/auth';
import { PAGE_CSP } from './layout';
import { loginPage } from './login-page';

const gebruiker = (id: string, naam: string, code: string): DemoGebruiker => ({
  id,
  naam,
  organisatie: { type: 'vo-school', code, naam: `School ${code}` },
  rollen: ['decaan'],
  omschrijving: 'Decaan',
});

describe('loginPage', () => {
  const model = {
    uid: 'abc',
    toepassing: 'het Sluitend-portaal',
    gebruikers: [gebruiker('a-1', 'Esther', '14RP'), gebruiker('a-2', 'Rob', '14RP'), gebruiker('b-1', 'Ingrid', '02EB')],
  };

  it('is a Dutch page with one heading, a labelled radio per demo user, grouped per organisation', () => {
    const page = loginPage({ ...model, generatedUsers: false });
    expect(page).toContain('<html lang="nl">');
    expect(page.match(/<h1>/g)).toHaveLength(1);
    expect(page.match(/<fieldset>/g)).toHaveLength(2);
    for (const id of ['a-1', 'a-2', 'b-1']) {
      expect(page).toContain(`<input type="radio" name="gebruiker" id="g-${id}" value="${id}" required>`);
      expect(page).toContain(`<label for="g-${id}">`);
    }
    expect(page).toContain('action="/interaction/abc/login"');
    expect(page).toContain('action="/interaction/abc/abort"');
    expect(page).not.toContain('andere-gebruiker');
  });

  it('preselects the hinted user and shows the form for other users only in development', () => {
    const page = loginPage({ ...model, generatedUsers: true, gekozen: 'a-2' });
    expect(page).toContain('value="a-2" required checked>');
    expect(page).toContain('<form id="andere-gebruiker" method="post" action="/interaction/abc/login">');
    expect(page).toContain('<label class="veld" for="organisatie">');
    expect(page).toContain('<select id="rol" name="rol" multiple required');
  });

  it('announces an error and marks the field, keeping what was filled in', () => {
    const page = loginPage({
      ...model,
      generatedUsers: true,
      fout: { tekst: 'Kies een of meer rollen.', veld: 'rol' },
      ingevuld: { organisatie: 'vo-school:00AH', rollen: ['mentor'] },
    });
    expect(page).toContain('<div class="fout" role="alert">');
    expect(page).toContain('<p id="fout">Kies een of meer rollen.</p>');
    expect(page).toContain('multiple required size="5" aria-invalid="true" aria-describedby="fout"');
    expect(page).toContain('value="vo-school:00AH"');
    expect(page).toContain('<option value="mentor" selected>');
  });

  it('escapes everything it shows', () => {
    const page = loginPage({ ...model, toepassing: '<script>x</script>', generatedUsers: true, ingevuld: { organisatie: '"><img src=x>' } });
    expect(page).not.toContain('<script>x');
    expect(page).not.toContain('"><img');
    expect(page).toContain('&lt;script&gt;');
  });

  it('allows no script and no other origin in its content security policy', () => {
    expect(PAGE_CSP).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; frame-ancestors 'none'$/);
  });
});
