import { Scenario } from '../scenario';

/**
 * R6 (issue 10 §1): a signal that cannot be routed (no known woongemeente) must end with an alert or in the visible
 * "niet te routeren" list, never be dropped. That list and its metric belong to notificaties, which another engineer
 * is building; until it exists this slot stays ABSENT (it is not faked and not counted as passed).
 */
export const r6: Scenario = {
  id: 'R6',
  fault: 'unroutable signal ends in a visible list',
  run: async () => ({
    size: '-',
    result: 'not built yet: needs notificaties’ unroutable list and metric (issue 10 §1); see docs/runbook.md (R6)',
    verdict: 'ABSENT',
  }),
};
