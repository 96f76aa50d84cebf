/**
 * Errors a heartbeat or commit gets when the group is rebalancing or has moved on without this member: every
 * partition it holds may go to another member (kafkajs rebalances eagerly), so work on the current batch must stop
 * without committing. kafkajs' own `isStale()` only reports seeks.
 */
const REBALANCE_TYPES = new Set([
  'REBALANCE_IN_PROGRESS',
  'ILLEGAL_GENERATION',
  'UNKNOWN_MEMBER_ID',
  'NOT_COORDINATOR_FOR_GROUP',
  'FENCED_INSTANCE_ID',
]);

export function isRebalanceError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const candidate = error as { type?: unknown; cause?: unknown; originalError?: unknown };
  if (typeof candidate.type === 'string' && REBALANCE_TYPES.has(candidate.type)) return true;
  return isRebalanceError(candidate.cause, depth + 1) || isRebalanceError(candidate.originalError, depth + 1);
}
