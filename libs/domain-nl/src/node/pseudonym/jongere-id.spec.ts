import { decryptBsn, encryptBsn } from './bsn-encryption';
import { bsnEncryptionKey, pseudonymKey } from './secret-key';
import { createHmac } from 'node:crypto';
import { DomainNlError } from '../../errors/domain-nl-error';
import { isJongereId } from '../../identifiers/jongere-id-vorm';
import { jongereId } from './jongere-id';

const KEY = Buffer.alloc(32, 7);
const KEY_TEXT = KEY.toString('base64');

describe('jongereId', () => {
  it('is HMAC-SHA256 over the normalised number, base64url', () => {
    const expected = createHmac('sha256', KEY).update('012345672').digest('base64url');
    expect(jongereId('12345672', KEY)).toBe(expected);
    expect(jongereId(' 0123.45.672 ', KEY)).toBe(expected);
    expect(isJongereId(expected)).toBe(true);
    expect(expected).toHaveLength(43);
  });

  it('accepts the key as base64 or base64url text', () => {
    const id = jongereId('123456782', KEY);
    expect(jongereId('123456782', KEY_TEXT)).toBe(id);
    expect(jongereId('123456782', KEY.toString('base64url'))).toBe(id);
  });

  it('differs per key and per person, and works for an onderwijsnummer', () => {
    const other = Buffer.alloc(32, 8);
    expect(jongereId('123456782', KEY)).not.toBe(jongereId('123456782', other));
    expect(jongereId('123456782', KEY)).not.toBe(jongereId('111222333', KEY));
    expect(isJongereId(jongereId('101234564', KEY))).toBe(true);
  });

  it('throws on an invalid number without revealing it', () => {
    expect(() => jongereId('123456781', KEY)).toThrow(DomainNlError);
    try {
      jongereId('123456781', KEY);
    } catch (error) {
      expect((error as DomainNlError).code).toBe('ONGELDIG_PERSOONSNUMMER');
      expect((error as Error).message).not.toContain('123456781');
    }
  });

  it('refuses a key shorter than 32 bytes', () => {
    expect(() => jongereId('123456782', Buffer.alloc(31, 1))).toThrow(expect.objectContaining({ code: 'SLEUTEL_TE_KORT' }));
    expect(() => jongereId('123456782', 'not base64!')).toThrow(expect.objectContaining({ code: 'SLEUTEL_ONGELDIG' }));
    expect(jongereId('123456782', Buffer.alloc(64, 1))).toHaveLength(43);
  });
});

describe('prepared keys', () => {
  it('give the same jongereId and round-trip a BSN like the raw key text', () => {
    const text = Buffer.alloc(32, 7).toString('base64');
    expect(jongereId('999999990', pseudonymKey(text))).toBe(jongereId('999999990', text));
    expect(decryptBsn(encryptBsn('999999990', bsnEncryptionKey(text)), text)).toBe('999999990');
  });
});
