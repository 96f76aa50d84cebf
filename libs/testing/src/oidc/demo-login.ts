import * as client from 'openid-client';
import { Claims, LOCAL_OIDC, Role } from '@sluitend/auth';

/** Who logs in at the local provider: a demo user of infra/demo/demo-gebruikers.json, or (development) any org and roles. */
export type DemoLoginUser = { gebruiker: string } | { org: Claims['org']; roles: readonly Role[]; naam?: string };

export type DemoLoginOptions = {
  /** The provider's issuer URL (its discovery document lives under it). */
  issuer: string;
  clientId: string;
  /** Registered for the client; the helper stops at it instead of following it. */
  redirectUri: string;
  user: DemoLoginUser;
  scope?: string;
};

export type DemoLoginResult = {
  accessToken: string;
  idToken: string | undefined;
  expiresIn: number | undefined;
  /** The requests made, in order (method and path), for tests that want to see the flow. */
  steps: string[];
};

const MAX_HOPS = 12;

class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

function formFields(user: DemoLoginUser): URLSearchParams {
  if ('gebruiker' in user) return new URLSearchParams({ gebruiker: user.gebruiker });
  const fields = new URLSearchParams({ organisatie: `${user.org.type}:${user.org.code}` });
  for (const role of user.roles) fields.append('rol', role);
  if (user.naam) fields.set('naam', user.naam);
  return fields;
}

/** What a page says went wrong: its alert when it has one, else its text (tags and entities undone). */
const textOf = (html: string) =>
  (/<div[^>]*role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? html)
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 400);

/** An authorization response reached at the redirect URI, with what the token request needs. */
export type DemoAuthorization = { config: client.Configuration; callbackUrl: URL; codeVerifier: string; state: string; steps: string[] };

/**
 * The front half of a login at the local OpenID provider, as a browser does it over HTTP: the authorization request
 * (code flow, PKCE S256, state), its redirects, and the login page's form posted as the user, up to the redirect back
 * to the client with the code (or an error).
 */
export async function demoAuthorize(options: DemoLoginOptions): Promise<DemoAuthorization> {
  const issuer = new URL(options.issuer);
  const insecure = issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined;
  const config = await client.discovery(issuer, options.clientId, { token_endpoint_auth_method: 'none' }, client.None(), insecure);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const authorizationUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: options.redirectUri,
    scope: options.scope ?? LOCAL_OIDC.scope,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
  });

  const jar = new CookieJar();
  const steps: string[] = [];
  let next: { url: string; method: 'GET' | 'POST'; body?: URLSearchParams } = { url: authorizationUrl.href, method: 'GET' };
  let loggedIn = false;
  let callback: string | undefined;
  for (let hop = 0; hop < MAX_HOPS && !callback; hop += 1) {
    const url = new URL(next.url);
    steps.push(`${next.method} ${url.pathname}`);
    const response = await fetch(url, {
      method: next.method,
      headers: { cookie: jar.header(), ...(next.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: next.body,
      redirect: 'manual',
    });
    jar.take(response);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const target = new URL(location, url);
      const redirect = new URL(options.redirectUri);
      if (target.origin === redirect.origin && target.pathname === redirect.pathname) callback = target.href;
      else next = { url: target.href, method: 'GET' };
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*\saction="([^"]*\/login)"/.exec(html)?.[1];
    if (response.status !== 200 || !action || loggedIn) {
      throw new Error(`logging in at ${options.issuer} failed at ${next.method} ${url.pathname}: HTTP ${response.status} ${textOf(html)}`);
    }
    loggedIn = true;
    next = { url: new URL(action.replace(/&amp;/g, '&'), url).href, method: 'POST', body: formFields(options.user) };
  }
  if (!callback)
    throw new Error(`logging in at ${options.issuer}: no redirect to ${options.redirectUri} after ${MAX_HOPS} steps (${steps.join(' → ')})`);
  return { config, callbackUrl: new URL(callback), codeVerifier, state, steps };
}

/**
 * Logs in at the local OpenID provider the way a browser does, over HTTP only (demoAuthorize), and exchanges the code
 * at the token endpoint with the PKCE verifier (openid-client checks the state, the iss parameter and the ID token).
 */
export async function demoLogin(options: DemoLoginOptions): Promise<DemoLoginResult> {
  const { config, callbackUrl, codeVerifier, state, steps } = await demoAuthorize(options);
  if (callbackUrl.searchParams.has('error')) {
    throw new Error(
      `logging in at ${options.issuer}: ${callbackUrl.searchParams.get('error')} ${callbackUrl.searchParams.get('error_description') ?? ''}`,
    );
  }
  steps.push(`POST ${new URL(config.serverMetadata().token_endpoint as string).pathname}`);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: codeVerifier,
    expectedState: state,
    idTokenExpected: true,
  });
  return { accessToken: tokens.access_token, idToken: tokens.id_token, expiresIn: tokens.expires_in, steps };
}
