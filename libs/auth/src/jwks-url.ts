export type AuthEnvironment = 'development' | 'test' | 'production';

const LOOPBACK_V4 = /^127(\.\d{1,3}){3}$/;

/** True for a host name on this machine only: localhost, 127.0.0.0/8, ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || LOOPBACK_V4.test(host);
}

/**
 * Why a JWKS URL may not be used, or undefined when it may: https always; plain http only for a provider on this
 * machine (loopback) in development and test — never in production, where the keys must arrive unaltered.
 */
export function jwksUrlProblem(value: string, environment: AuthEnvironment): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'AUTH_JWKS_URL is not a URL';
  }
  if (url.username || url.password) return 'AUTH_JWKS_URL may not carry credentials';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && environment !== 'production' && isLoopbackHost(url.hostname)) return undefined;
  return environment === 'production'
    ? 'AUTH_JWKS_URL must use https in production'
    : 'AUTH_JWKS_URL must use https (plain http only for a provider on loopback: 127.0.0.1, ::1, localhost)';
}
