import type { KoaContextWithOIDC } from 'oidc-provider';
import { html, page } from './layout';

/** The provider's error page (e.g. an unknown client or redirect URI), in Dutch, with the OAuth error code. */
export async function renderError(ctx: KoaContextWithOIDC, out: { error?: string; error_description?: string }): Promise<void> {
  ctx.type = 'html';
  ctx.body = page(
    'Er ging iets mis bij het inloggen',
    `<div class="fout" role="alert"><p><strong>${html(out.error ?? 'server_error')}</strong>${out.error_description ? `: ${html(out.error_description)}` : ''}</p></div>
<p>Ga terug naar de toepassing en probeer opnieuw.</p>`,
  );
}

/** The logout confirmation (RP-initiated logout): the provider's own form, with Dutch buttons. */
export async function logoutSource(ctx: KoaContextWithOIDC, form: string): Promise<void> {
  ctx.body = page(
    'Uitloggen',
    `<p>Wil je uitloggen bij Sluitend (${html(ctx.host)})?</p>
${form}
<div class="acties">
<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Ja, log mij uit</button>
<button type="submit" form="op.logoutForm" class="secundair">Nee, ingelogd blijven</button>
</div>`,
  );
}

/** Shown after logging out when the application gave no page to return to. */
export async function postLogoutSuccessSource(ctx: KoaContextWithOIDC): Promise<void> {
  ctx.body = page('Je bent uitgelogd', '<p>Je bent uitgelogd bij Sluitend. Je kunt dit venster sluiten.</p>');
}
