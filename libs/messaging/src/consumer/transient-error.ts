/**
 * Errors that say nothing about the event: the database or the network is (briefly) unavailable, or the transaction
 * lost a race. Such an event is retried until it applies; dead-lettering it would break per-person order for a
 * database restart. SQLSTATE classes: 08 connection, 53 insufficient resources, 57P0x shutdown/crash, 40001
 * serialization failure, 40P01 deadlock.
 */
const TRANSIENT_SQLSTATE = /^(08|53|57P0)|^40001$|^40P01$/;
const TRANSIENT_MESSAGE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|connection timeout|terminating connection|the database system is (starting up|shutting down)/i;

export function isTransientError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && TRANSIENT_SQLSTATE.test(code)) return true;
  return error instanceof Error && TRANSIENT_MESSAGE.test(error.message);
}
