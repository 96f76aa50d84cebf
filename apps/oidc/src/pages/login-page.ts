import { DemoGebruiker, ROLES } from '@sluitend/auth';
import { html, page } from './layout';

export type LoginPageModel = {
  uid: string;
  /** The application the user logs in to (the client's name). */
  toepassing: string;
  gebruikers: DemoGebruiker[];
  generatedUsers: boolean;
  /** A demo user to preselect (the `login_hint` of the request). */
  gekozen?: string;
  fout?: { tekst: string; veld: 'gebruiker' | 'organisatie' | 'rol' | 'naam' };
  /** What the user filled in before, shown again with the error. */
  ingevuld?: { organisatie?: string; rollen?: string[]; naam?: string };
};

function perOrganisatie(gebruikers: DemoGebruiker[]): DemoGebruiker[][] {
  const groepen = new Map<string, DemoGebruiker[]>();
  for (const gebruiker of gebruikers) {
    const sleutel = `${gebruiker.organisatie.type}:${gebruiker.organisatie.code}`;
    groepen.set(sleutel, [...(groepen.get(sleutel) ?? []), gebruiker]);
  }
  return [...groepen.values()];
}

function demoGebruikers(model: LoginPageModel): string {
  const invalid = model.fout?.veld === 'gebruiker' ? ' aria-invalid="true" aria-describedby="fout"' : '';
  const groepen = perOrganisatie(model.gebruikers).map((groep) => {
    const { organisatie } = groep[0];
    const keuzes = groep.map((g) => {
      const id = `g-${g.id}`;
      const checked = g.id === model.gekozen ? ' checked' : '';
      return `<div class="keuze"><input type="radio" name="gebruiker" id="${html(id)}" value="${html(g.id)}" required${checked}${invalid}>
<label for="${html(id)}"><strong>${html(g.naam)}</strong>, ${html(g.rollen.join(', '))}<span class="omschrijving">${html(g.omschrijving)}</span></label></div>`;
    });
    return `<fieldset><legend>${html(organisatie.naam)} <span class="uitleg">(${html(organisatie.type)} ${html(organisatie.code)})</span></legend>
${keuzes.join('\n')}
</fieldset>`;
  });
  return `<form id="demo-gebruiker" method="post" action="/interaction/${html(model.uid)}/login">
<h2>Kies een demo-gebruiker</h2>
${groepen.join('\n')}
<button type="submit">Inloggen</button>
</form>`;
}

function andereGebruiker(model: LoginPageModel): string {
  const fout = (veld: string) => (model.fout?.veld === veld ? ' aria-invalid="true" aria-describedby="fout"' : '');
  const rollen = new Set(model.ingevuld?.rollen ?? []);
  const opties = ROLES.map((rol) => `<option value="${rol}"${rollen.has(rol) ? ' selected' : ''}>${rol}</option>`).join('');
  return `<form id="andere-gebruiker" method="post" action="/interaction/${html(model.uid)}/login">
<h2>Andere organisatie of rol (alleen ontwikkeling)</h2>
<label class="veld" for="organisatie">Organisatie</label>
<p class="uitleg" id="organisatie-uitleg">Als type:code, bijvoorbeeld vo-school:00AH, mbo-instelling:25LP, gemeente:GM0014, rmc-regio:MC03, partner:jeugdzorg-drenthe of ops:platform.</p>
<input type="text" id="organisatie" name="organisatie" autocomplete="off" spellcheck="false" required aria-describedby="organisatie-uitleg" value="${html(model.ingevuld?.organisatie ?? '')}"${fout('organisatie')}>
<label class="veld" for="rol">Rollen</label>
<select id="rol" name="rol" multiple required size="5"${fout('rol')}>${opties}</select>
<label class="veld" for="naam">Naam (mag leeg)</label>
<input type="text" id="naam" name="naam" autocomplete="name" maxlength="100" value="${html(model.ingevuld?.naam ?? '')}"${fout('naam')}>
<button type="submit">Inloggen als deze gebruiker</button>
</form>`;
}

/** The login page of the local provider: pick a demo user (no password: demo only), or in development any org and role. */
export function loginPage(model: LoginPageModel): string {
  const fout = model.fout ? `<div class="fout" role="alert"><h2>Inloggen lukte niet</h2><p id="fout">${html(model.fout.tekst)}</p></div>` : '';
  return page(
    'Inloggen bij Sluitend',
    `<p>Je logt in bij <strong>${html(model.toepassing)}</strong>.</p>
<p class="uitleg">Dit is de demo- en ontwikkelomgeving: de gebruikers hieronder zijn geen echte personen en hebben geen wachtwoord.</p>
${fout}
${demoGebruikers(model)}
${model.generatedUsers ? andereGebruiker(model) : ''}
<form method="post" action="/interaction/${html(model.uid)}/abort"><button type="submit" class="secundair">Annuleren</button></form>`,
  );
}
