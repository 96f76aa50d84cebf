/** How a failed delivery is retried: BEZORGING_MAX_POGINGEN attempts, the first retry after BEZORGING_BACKOFF_MS, each next one doubling. */
export type HerpogingBeleid = { maxPogingen: number; backoffMs: number };

/**
 * After failed attempt `poging` (1-based) at `now`: wait and try again, or give up when the attempts are used up.
 */
export function naMislukking(poging: number, beleid: HerpogingBeleid, now: Date): { status: 'wachtend' | 'mislukt'; volgendePogingOp: Date } {
  return {
    status: poging >= beleid.maxPogingen ? 'mislukt' : 'wachtend',
    volgendePogingOp: new Date(now.getTime() + beleid.backoffMs * 2 ** (poging - 1)),
  };
}

/** A webhook that failed this many calls in a row is disabled until an admin re-enables it (WEBHOOK_UITSCHAKELEN_NA). */
export const moetUitschakelen = (opeenvolgendeFouten: number, drempel: number): boolean => opeenvolgendeFouten >= drempel;
