import { isLoopbackHost, jwksUrlProblem } from './jwks-url';

describe('jwksUrlProblem', () => {
  it('takes https everywhere', () => {
    for (const environment of ['development', 'test', 'production'] as const) {
      expect(jwksUrlProblem('https://login.microsoftonline.com/tenant/discovery/v2.0/keys', environment)).toBeUndefined();
    }
  });

  it('takes plain http only for loopback and never in production', () => {
    expect(jwksUrlProblem('http://127.0.0.1:3109/jwks', 'development')).toBeUndefined();
    expect(jwksUrlProblem('http://[::1]:3109/jwks', 'test')).toBeUndefined();
    expect(jwksUrlProblem('http://127.0.0.1:3109/jwks', 'production')).toBe('AUTH_JWKS_URL must use https in production');
    expect(jwksUrlProblem('http://10.0.0.5/jwks', 'development')).toMatch(/plain http only for a provider on loopback/);
    expect(jwksUrlProblem('http://127.0.0.1.nip.io/jwks', 'development')).toMatch(/plain http only/);
  });

  it('refuses other schemes, credentials in the URL and non-URLs', () => {
    expect(jwksUrlProblem('file:///etc/jwks.json', 'development')).toMatch(/https/);
    expect(jwksUrlProblem('https://user:pw@login.example.nl/jwks', 'production')).toBe('AUTH_JWKS_URL may not carry credentials');
    expect(jwksUrlProblem('login.example.nl/jwks', 'production')).toBe('AUTH_JWKS_URL is not a URL');
  });
});

describe('isLoopbackHost', () => {
  it('knows localhost, 127.0.0.0/8 and ::1, and nothing that only looks like them', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1'].map(isLoopbackHost)).toEqual([true, true, true, true, true]);
    expect(['127.0.0.1.example.nl', 'localhost.example.nl', '0.0.0.0', '169.254.169.254'].map(isLoopbackHost)).toEqual([false, false, false, false]);
  });
});
