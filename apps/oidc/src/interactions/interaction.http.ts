import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import { errors } from 'oidc-provider';
import type { Logger } from 'pino';
import { Accounts, LoginForm } from '../accounts';
import { html, page } from '../pages/layout';
import { loginPage } from '../pages/login-page';

const MAX_FORM_BYTES = 16 * 1024;

class BadRequest extends Error {}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded'))
    throw new BadRequest('het formulier is niet als formulier verstuurd');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) throw new BadRequest('het formulier is te groot');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(body);
}

/**
 * The provider's user interactions (login and consent) under /interaction/<uid>: the login page, its form, cancel.
 * Consent is not asked: both clients are Sluitend's own (first party), so the grant is given for what they asked.
 */
export class InteractionHttp {
  constructor(
    private readonly provider: Provider,
    private readonly accounts: Accounts,
    private readonly logger: Logger,
  ) {}

  async handle(request: IncomingMessage, response: ServerResponse, uid: string, action: '' | 'login' | 'abort'): Promise<void> {
    try {
      if (action === '' && request.method === 'GET') return await this.show(request, response, uid);
      if (action === 'login' && request.method === 'POST') return await this.login(request, response, uid);
      if (action === 'abort' && request.method === 'POST') return await this.abort(request, response);
      send(response, 405, page('Niet toegestaan', '<p>Deze pagina kan zo niet worden opgevraagd.</p>'));
    } catch (error) {
      if (error instanceof errors.SessionNotFound || error instanceof BadRequest) {
        const reden = error instanceof BadRequest ? error.message : 'je inlogpoging is verlopen of niet gevonden';
        send(
          response,
          400,
          page(
            'Inloggen lukte niet',
            `<div class="fout" role="alert"><p>${html(reden)}.</p></div><p>Ga terug naar de toepassing en begin opnieuw.</p>`,
          ),
        );
        return;
      }
      this.logger.error({ err: error }, 'interaction failed');
      send(response, 500, page('Er ging iets mis', '<p>Er ging iets mis bij het inloggen. Probeer het opnieuw.</p>'));
    }
  }

  private async show(request: IncomingMessage, response: ServerResponse, uid: string): Promise<void> {
    const details = await this.provider.interactionDetails(request, response);
    if (details.uid !== uid) throw new errors.SessionNotFound('interaction mismatch');
    if (details.prompt.name === 'consent') return this.grantConsent(request, response);
    const client = await this.provider.Client.find(String(details.params.client_id));
    const hint = typeof details.params.login_hint === 'string' ? details.params.login_hint : undefined;
    send(response, 200, this.page(uid, client?.clientName ?? String(details.params.client_id), { gekozen: hint }));
  }

  private async login(request: IncomingMessage, response: ServerResponse, uid: string): Promise<void> {
    const details = await this.provider.interactionDetails(request, response);
    if (details.uid !== uid || details.prompt.name !== 'login') throw new errors.SessionNotFound('no login pending');
    const fields = await readForm(request);
    const form: LoginForm = {
      gebruiker: fields.get('gebruiker') || undefined,
      organisatie: fields.get('organisatie')?.trim() || undefined,
      rollen: fields.getAll('rol'),
      naam: fields.get('naam') ?? undefined,
    };
    const result = this.accounts.login(form);
    if ('fout' in result) {
      const client = await this.provider.Client.find(String(details.params.client_id));
      send(
        response,
        400,
        this.page(uid, client?.clientName ?? String(details.params.client_id), { fout: { tekst: result.fout, veld: result.veld }, ingevuld: form }),
      );
      return;
    }
    this.logger.info({ sub: result.accountId, client: details.params.client_id }, 'login');
    await this.provider.interactionFinished(request, response, { login: { accountId: result.accountId } }, { mergeWithLastSubmission: false });
  }

  private async abort(request: IncomingMessage, response: ServerResponse): Promise<void> {
    await this.provider.interactionFinished(
      request,
      response,
      { error: 'access_denied', error_description: 'de gebruiker heeft het inloggen afgebroken' },
      { mergeWithLastSubmission: false },
    );
  }

  /** Gives the grant the (first-party) client asked for: its OpenID scopes and claims and the API scope. */
  private async grantConsent(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const details = await this.provider.interactionDetails(request, response);
    const accountId = details.session?.accountId;
    if (!accountId) throw new errors.SessionNotFound('no session');
    const grant = details.grantId
      ? await this.provider.Grant.find(details.grantId)
      : new this.provider.Grant({ accountId, clientId: String(details.params.client_id) });
    if (!grant) throw new errors.SessionNotFound('grant not found');
    const missing = details.prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
    const grantId = await grant.save();
    await this.provider.interactionFinished(request, response, { consent: details.grantId ? {} : { grantId } }, { mergeWithLastSubmission: true });
  }

  private page(uid: string, toepassing: string, extra: Partial<Parameters<typeof loginPage>[0]>): string {
    return loginPage({ uid, toepassing, gebruikers: this.accounts.gebruikers, generatedUsers: this.accounts.generatedUsers, ...extra });
  }
}
