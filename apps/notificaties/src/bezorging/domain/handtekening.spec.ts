import { createHmac } from 'node:crypto';
import { onderteken } from './handtekening';

describe('webhook signature', () => {
  const geheim = 'whsec_test';
  const body = '{"alerts":[{"nummer":1}]}';

  it('is HMAC-SHA256 over "<tijdstip>.<body>"', () => {
    const expected = createHmac('sha256', geheim).update(`1700000000.${body}`).digest('hex');
    expect(onderteken(geheim, 1700000000, body)).toBe(`sha256=${expected}`);
    expect(onderteken(geheim, 1700000001, body)).not.toBe(`sha256=${expected}`);
  });
});
