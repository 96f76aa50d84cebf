/**
 * Kafka errors that say something about the message itself: sending it again can never succeed (it is larger than
 * the broker or topic accepts, or its record is invalid). Anything else — the broker away, a leader moving, a
 * timeout — is retried until it passes.
 */
const PERMANENT_TYPES = new Set([
  'MESSAGE_TOO_LARGE',
  'RECORD_LIST_TOO_LARGE',
  'INVALID_RECORD',
  'CORRUPT_MESSAGE',
  'INVALID_TIMESTAMP',
  'UNSUPPORTED_FOR_MESSAGE_FORMAT',
]);

type KafkaishError = { type?: unknown; retriable?: unknown; cause?: unknown; errors?: unknown };

/** The permanent Kafka error in `error` (or in what it wraps), else null. */
export function permanentPublishError(error: unknown, depth = 0): (Error & { type: string }) | null {
  if (!error || typeof error !== 'object' || depth > 4) return null;
  const candidate = error as KafkaishError & Error;
  if (typeof candidate.type === 'string' && PERMANENT_TYPES.has(candidate.type)) return candidate as Error & { type: string };
  for (const inner of [candidate.cause, ...(Array.isArray(candidate.errors) ? candidate.errors : [])]) {
    const found = permanentPublishError(inner, depth + 1);
    if (found) return found;
  }
  return null;
}
