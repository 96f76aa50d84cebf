import { DomainNlError } from '../../errors/domain-nl-error';
import { decryptBsn, encryptBsn } from './bsn-encryption';

const KEY = Buffer.alloc(32, 3);

function expectCode(fn: () => unknown, code: string): void {
  expect(fn).toThrow(DomainNlError);
  expect(fn).toThrow(expect.objectContaining({ code }));
}

describe('encryptBsn / decryptBsn', () => {
  it('round-trips and normalises', () => {
    const encrypted = encryptBsn('12345672', KEY);
    expect(encrypted).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{12}$/);
    expect(encrypted).not.toContain('12345672');
    expect(decryptBsn(encrypted, KEY)).toBe('012345672');
    expect(decryptBsn(encryptBsn('101234564', KEY.toString('base64')), KEY)).toBe('101234564');
  });

  it('uses a fresh IV each time', () => {
    expect(encryptBsn('123456782', KEY)).not.toBe(encryptBsn('123456782', KEY));
  });

  it('never repeats an IV across refills of its pool, and every ciphertext decrypts', () => {
    const encrypted = Array.from({ length: 1000 }, () => encryptBsn('123456782', KEY, { aad: 'j' }));
    expect(new Set(encrypted.map((text) => text.split('.')[1])).size).toBe(1000);
    for (const text of encrypted) expect(decryptBsn(text, KEY, { aad: 'j' })).toBe('123456782');
  });

  it('refuses an invalid BSN', () => {
    expectCode(() => encryptBsn('123456781', KEY), 'ONGELDIG_BSN');
  });

  it('detects tampering, a wrong key and a wrong format', () => {
    const encrypted = encryptBsn('123456782', KEY);
    const [version, iv, tag, data] = encrypted.split('.');
    const flipped = Buffer.from(data, 'base64url');
    flipped[0] ^= 1;
    const tampered = [version, iv, tag, flipped.toString('base64url')].join('.');
    expectCode(() => decryptBsn(tampered, KEY), 'VERSLEUTELING_ONGELDIG');
    expectCode(() => decryptBsn(encrypted, Buffer.alloc(32, 4)), 'VERSLEUTELING_ONGELDIG');
    expectCode(() => decryptBsn(`v2.${iv}.${tag}.${data}`, KEY), 'VERSLEUTELING_ONGELDIG');
    expectCode(() => decryptBsn(`v1.${iv}.${tag}`, KEY), 'VERSLEUTELING_ONGELDIG');
    expectCode(() => decryptBsn(`v1.${iv}.AAAA.${data}`, KEY), 'VERSLEUTELING_ONGELDIG');
  });

  it('binds to additional authenticated data when given', () => {
    const encrypted = encryptBsn('123456782', KEY, { aad: 'jongere-a' });
    expect(decryptBsn(encrypted, KEY, { aad: 'jongere-a' })).toBe('123456782');
    expectCode(() => decryptBsn(encrypted, KEY, { aad: 'jongere-b' }), 'VERSLEUTELING_ONGELDIG');
    expectCode(() => decryptBsn(encrypted, KEY), 'VERSLEUTELING_ONGELDIG');
  });

  it('needs a key of exactly 32 bytes', () => {
    expectCode(() => encryptBsn('123456782', Buffer.alloc(16)), 'SLEUTEL_TE_KORT');
    expectCode(() => encryptBsn('123456782', Buffer.alloc(33)), 'SLEUTEL_ONGELDIG');
  });
});
