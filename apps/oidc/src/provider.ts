import type { ClientMetadata, Configuration, JWK } from 'oidc-provider';
import { errors, Provider } from 'oidc-provider';
import { LOCAL_OIDC } from '@sluitend/auth';
import { Accounts } from './accounts';
import { OidcConfig } from './config';
import { logoutSource, postLogoutSuccessSource, renderError } from './pages/provider-pages';
import { SigningKey } from './signing-keys';

/** The API scope of the resource server: every access token for Sluitend carries it. */
const API_SCOPE = 'sluitend';
const HOUR = 3600;

/** The clients of the local provider: the portal (a browser app) and the CLI (a native app, RFC 8252); both public, both PKCE. */
export function clients(config: OidcConfig): ClientMetadata[] {
  return [
    {
      client_id: LOCAL_OIDC.portal.clientId,
      client_name: 'het Sluitend-portaal',
      application_type: 'web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: config.portal.redirectUris,
      post_logout_redirect_uris: config.portal.postLogoutRedirectUris,
    },
    {
      client_id: LOCAL_OIDC.cli.clientId,
      client_name: 'de Sluitend-commandoregel',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      redirect_uris: [LOCAL_OIDC.cli.redirectUri],
    },
  ];
}

/**
 * The local OpenID provider (oidc-provider, OpenID certified): the authorization-code flow with PKCE (S256, required
 * for every client), ID tokens with the profile and organisation, and access tokens for the Sluitend API as JWTs
 * (RFC 9068) signed with the provider's key, carrying `sub`, `name`, `org` and `roles`, issuer and audience. Grants,
 * sessions and codes are kept in memory (the package's development adapter): a restart logs everyone out, while the
 * access tokens already issued stay valid as long as the keys are kept (OIDC_KEYS_FILE).
 */
export function createProvider(config: OidcConfig, accounts: Accounts, keys: SigningKey[], cookieKeys: string[]): Provider {
  const configuration: Configuration = {
    clients: clients(config),
    jwks: { keys: keys as JWK[] },
    cookies: {
      keys: cookieKeys,
      names: { session: 'sluitend_oidc_session', interaction: 'sluitend_oidc_interaction', resume: 'sluitend_oidc_resume' },
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    findAccount: (_ctx, sub) => {
      const claims = accounts.claimsOf(sub);
      return claims ? { accountId: sub, claims: () => claims } : undefined;
    },
    scopes: ['openid', 'offline_access', 'profile', 'organisatie'],
    claims: { openid: ['sub'], profile: ['name'], organisatie: ['org', 'roles'] },
    // The portal reads who logged in from the ID token; access tokens carry the same claims (extraTokenClaims).
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    pkce: { required: () => true },
    clientBasedCORS: (_ctx, origin, client) => client.redirectUris?.some((uri) => URL.parse(uri)?.origin === origin) ?? false,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => config.resource,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resourceIndicator) => {
          if (resourceIndicator !== config.resource) throw new errors.InvalidTarget(`onbekende resource: ${resourceIndicator}`);
          return {
            scope: API_SCOPE,
            audience: config.audience,
            accessTokenTTL: config.accessTokenTtl,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: config.signingAlg } },
          };
        },
      },
    },
    extraTokenClaims: (_ctx, token) => {
      if (token.kind !== 'AccessToken') return undefined;
      const claims = accounts.claimsOf(token.accountId);
      return claims ? { name: claims.name, org: claims.org, roles: claims.roles } : undefined;
    },
    renderError,
    ttl: {
      AccessToken: config.accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: HOUR,
      Interaction: HOUR,
      Grant: 14 * 24 * HOUR,
      Session: 14 * 24 * HOUR,
      RefreshToken: 14 * 24 * HOUR,
    },
  };
  return new Provider(config.issuer, configuration);
}
