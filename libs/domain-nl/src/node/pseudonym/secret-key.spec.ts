import { bsnEncryptionKeySchema, keyBytes, pseudonymKeySchema } from './secret-key';

describe('secret keys', () => {
  const key32 = Buffer.alloc(32, 9);

  it('decodes base64 and base64url text', () => {
    const bytes = Buffer.from([0xfb, 0xff, 0xbf, 1, 2, 3]);
    expect(keyBytes(bytes.toString('base64'))).toEqual(bytes);
    expect(keyBytes(bytes.toString('base64url'))).toEqual(bytes);
    expect(keyBytes(` ${bytes.toString('base64')}\n`)).toEqual(bytes);
  });

  it('config schemas check the decoded length', () => {
    expect(pseudonymKeySchema.safeParse(key32.toString('base64')).success).toBe(true);
    expect(pseudonymKeySchema.safeParse(Buffer.alloc(48).toString('base64')).success).toBe(true);
    expect(pseudonymKeySchema.safeParse(Buffer.alloc(31).toString('base64')).error?.issues[0].message).toMatch(/minstens 32 bytes/);
    expect(pseudonymKeySchema.safeParse('te kort').success).toBe(false);
    expect(bsnEncryptionKeySchema.safeParse(key32.toString('base64')).success).toBe(true);
    expect(bsnEncryptionKeySchema.safeParse(Buffer.alloc(48).toString('base64')).success).toBe(false);
  });
});
