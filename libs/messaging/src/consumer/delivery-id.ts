import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The id under which the inbox records a message that does not parse: its envelope's id when it has a valid one, else
 * an id derived from where it sits in the log (topic, partition, offset), so a redelivery of the same record finds it.
 */
export function inboxIdOf(raw: unknown, where: { topic: string; partition: number; offset: string }): string {
  const id = (raw as { id?: unknown } | null)?.id;
  if (typeof id === 'string' && UUID.test(id)) return id.toLowerCase();
  const hex = createHash('sha256').update(`${where.topic}\u0000${where.partition}\u0000${where.offset}`).digest('hex');
  // Shaped as an RFC 9562 version 8 (custom) UUID.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
