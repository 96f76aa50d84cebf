/** Delay before attempt `attempt` (2, 3, …): initial, then ×4 each time, capped. */
export const backoffDelay = (attempt: number, initialMs: number, capMs = 10_000): number =>
  Math.min(initialMs * 4 ** Math.max(0, attempt - 2), capMs);
