import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers of a Sluitend webhook call. */
export const WEBHOOK_HEADERS = {
  tijdstip: 'x-sluitend-tijdstip',
  handtekening: 'x-sluitend-handtekening',
  bezorging: 'x-sluitend-bezorging',
} as const;

/**
 * The signature of a webhook call: `sha256=` + hex HMAC-SHA256 with the organisation's secret over
 * `<tijdstip>.<body>` (tijdstip = Unix seconds, also sent as a header). Signing the timestamp with the body lets the
 * receiver refuse replays older than a few minutes.
 */
export function onderteken(geheim: string, tijdstip: number, body: string): string {
  return `sha256=${createHmac('sha256', geheim).update(`${tijdstip}.${body}`).digest('hex')}`;
}

/** What a receiver does: recompute and compare in constant time, and refuse stale timestamps. */
export function isGeldig(geheim: string, tijdstip: number, body: string, handtekening: string, nuSeconden: number, maxLeeftijdSeconden = 300): boolean {
  if (Math.abs(nuSeconden - tijdstip) > maxLeeftijdSeconden) return false;
  const verwacht = Buffer.from(onderteken(geheim, tijdstip, body));
  const gegeven = Buffer.from(handtekening);
  return verwacht.length === gegeven.length && timingSafeEqual(verwacht, gegeven);
}
