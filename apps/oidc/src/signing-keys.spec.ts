import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSigningKeys } from './signing-keys';

describe('loadSigningKeys', () => {
  it('generates an RS256 and an ES256 key with thumbprint ids, kept only in memory without a file', async () => {
    const keys = await loadSigningKeys(undefined);
    expect(keys.map((key) => [key.kty, key.alg, key.use])).toEqual([
      ['RSA', 'RS256', 'sig'],
      ['EC', 'ES256', 'sig'],
    ]);
    expect(keys.every((key) => /^[A-Za-z0-9_-]{43}$/.test(key.kid) && typeof key.d === 'string')).toBe(true);
  });

  it('writes new keys to the file (owner only) and reads the same keys back on the next start', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'oidc-keys-')), 'sub', 'signing-keys.json');
    const first = await loadSigningKeys(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await loadSigningKeys(file)).toEqual(first);
  });

  it('refuses a key file without private keys, naming what is wrong', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'oidc-keys-')), 'keys.json');
    const [rsa] = await loadSigningKeys(undefined);
    const { d: _d, ...publicOnly } = rsa;
    writeFileSync(file, JSON.stringify({ keys: [publicOnly] }));
    await expect(loadSigningKeys(file)).rejects.toThrow(/keys\.0\.d/);
    expect(readFileSync(file, 'utf8')).not.toContain('"d"');
  });
});
