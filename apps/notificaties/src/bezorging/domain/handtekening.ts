import { createHmac } from 'node:crypto';

/** Headers of a Sluitend webhook call. */
export const WEBHOOK_HEADERS = {
  tijdstip: 'x-sluitend-tijdstip',
  handtekening: 'x-sluitend-handtekening',
  bezorging: 'x-sluitend-bezorging',
} as const;

/**
 * The signature of a webhook call: `sha256=` + hex HMAC-SHA256 with the organisation's secret over
 * `<tijdstip>.<body>` (tijdstip = Unix seconds, also sent as a header). Signing the timestamp with the body lets the
 * receiver refuse replays older than a few minutes: it recomputes the HMAC, compares in constant time and checks the
 * timestamp's age.
 */
export function onderteken(geheim: string, tijdstip: number, body: string): string {
  return `sha256=${createHmac('sha256', geheim).update(`${tijdstip}.${body}`).digest('hex')}`;
}
