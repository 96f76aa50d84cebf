import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook may never reach (SSRF, issue 11 §6): unspecified, loopback, private (RFC 1918, unique local),
 * shared (CGNAT), link-local (also cloud metadata at 169.254.169.254), benchmarking, multicast and reserved ranges.
 * An IPv4-mapped IPv6 address is judged by its IPv4 address.
 */
const GEWEIGERD = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  GEWEIGERD.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  GEWEIGERD.addSubnet(net, prefix, 'ipv6');
}

const IPV4_IN_IPV6 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** Whether an IP address (v4 or v6, as text) is a public unicast address a webhook may be sent to. */
export function isOpenbaarAdres(adres: string): boolean {
  const kaal = adres.replace(/^\[|\]$/g, '');
  const versie = isIP(kaal);
  if (versie === 0) return false;
  if (versie === 6) {
    const ingebed = IPV4_IN_IPV6.exec(kaal);
    if (ingebed) return isOpenbaarAdres(ingebed[1]);
    if (/^::ffff:[0-9a-f]{1,4}:[0-9a-f]{1,4}$/i.test(kaal)) return false; // IPv4-mapped in hex form: refuse rather than parse
    return !GEWEIGERD.check(kaal, 'ipv6');
  }
  return !GEWEIGERD.check(kaal, 'ipv4');
}
