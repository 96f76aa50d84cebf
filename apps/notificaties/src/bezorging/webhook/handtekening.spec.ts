import { createHmac } from 'node:crypto';
import { isGeldig, onderteken } from './handtekening';

describe('webhook signature', () => {
  const geheim = 'whsec_test';
  const body = '{"alerts":[{"nummer":1}]}';

  it('is HMAC-SHA256 over "<tijdstip>.<body>"', () => {
    const expected = createHmac('sha256', geheim).update(`1700000000.${body}`).digest('hex');
    expect(onderteken(geheim, 1700000000, body)).toBe(`sha256=${expected}`);
  });

  it('verifies, and refuses a changed body, another secret or a stale timestamp', () => {
    const handtekening = onderteken(geheim, 1700000000, body);
    expect(isGeldig(geheim, 1700000000, body, handtekening, 1700000060)).toBe(true);
    expect(isGeldig(geheim, 1700000000, `${body} `, handtekening, 1700000060)).toBe(false);
    expect(isGeldig('ander', 1700000000, body, handtekening, 1700000060)).toBe(false);
    expect(isGeldig(geheim, 1700000000, body, handtekening, 1700000000 + 301)).toBe(false);
  });
});
