/**
 * notificaties' work on the platform's scheduler: deliveries due and escalations due (due work, bezorging/jobs and
 * escalatie/jobs), the daily digest (cron, bezorging/jobs). Named here because one capability wakes another's work
 * (a new alert wakes the delivery and escalation sweeps) without importing it.
 */
export const JOBS = {
  bezorging: 'notificaties-bezorging',
  escalatie: 'notificaties-escalatie',
  digest: 'notificaties-digest',
} as const;
