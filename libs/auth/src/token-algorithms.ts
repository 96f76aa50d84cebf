/**
 * The JWS algorithms a Sluitend service may accept for an access token: asymmetric only, so that a token can only
 * come from whoever holds the provider's private key (never `none`, never a shared HMAC secret).
 */
export const TOKEN_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;
export type TokenAlgorithm = (typeof TOKEN_ALGORITHMS)[number];

/** The allow-list when none is configured: what the local provider, Keycloak and Entra ID sign with. */
export const DEFAULT_TOKEN_ALGORITHMS: readonly TokenAlgorithm[] = ['RS256', 'ES256'];
