/**
 * The contract between the local OpenID provider (apps/oidc, for development, demo and tests) and its clients: the
 * portal (authorization code + PKCE in the browser), `./sluitend token` and the demo seed (the same flow as a native
 * app, RFC 8252). A production provider registers its own clients; services only see the tokens.
 */
export const LOCAL_OIDC = {
  portal: { clientId: 'sluitend-portal' },
  cli: { clientId: 'sluitend-cli', redirectUri: 'http://127.0.0.1/sluitend-cli/callback' },
  /** The resource indicator (RFC 8707) of the Sluitend API; access tokens for it carry `aud` = AUTH_AUDIENCE. */
  resource: 'urn:sluitend:api',
  /** What a client asks for: the ID token's profile and organisation, and the API scope. */
  scope: 'openid profile organisatie sluitend',
} as const;
