import { loadOidcConfig } from './config';

describe('loadOidcConfig', () => {
  it('defaults to a development provider on 127.0.0.1:3109 with the portal on 3100', () => {
    expect(loadOidcConfig({})).toMatchObject({
      issuer: 'http://127.0.0.1:3109',
      audience: 'sluitend',
      resource: 'urn:sluitend:api',
      signingAlg: 'RS256',
      accessTokenTtl: 28800,
      generatedUsers: false,
      portal: { redirectUris: ['http://127.0.0.1:3100/auth/callback'], postLogoutRedirectUris: ['http://127.0.0.1:3100/'] },
    });
  });

  it('takes the issuer, the portal redirects and generated users from the environment', () => {
    const config = loadOidcConfig({
      PORT: '3509',
      OIDC_ISSUER: 'http://127.0.0.1:3509/',
      OIDC_PORTAL_REDIRECT_URIS: 'http://127.0.0.1:3500/auth/callback, http://localhost:5173/auth/callback',
      OIDC_GENERATED_USERS: 'true',
    });
    expect(config).toMatchObject({ port: 3509, issuer: 'http://127.0.0.1:3509', generatedUsers: true });
    expect(config.portal.redirectUris).toEqual(['http://127.0.0.1:3500/auth/callback', 'http://localhost:5173/auth/callback']);
  });

  it('refuses production and bad values, naming the setting', () => {
    expect(() => loadOidcConfig({ NODE_ENV: 'production' })).toThrow(/NODE_ENV: the local OpenID provider is for development, demo and tests only/);
    expect(() => loadOidcConfig({ OIDC_SIGNING_ALG: 'HS256' })).toThrow(/OIDC_SIGNING_ALG/);
    expect(() => loadOidcConfig({ OIDC_PORTAL_REDIRECT_URIS: 'javascript:alert(1)' })).toThrow(/OIDC_PORTAL_REDIRECT_URIS/);
    expect(() => loadOidcConfig({ OIDC_ACCESS_TOKEN_TTL: '10' })).toThrow(/OIDC_ACCESS_TOKEN_TTL/);
  });
});
