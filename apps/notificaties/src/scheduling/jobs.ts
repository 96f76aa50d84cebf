/** notificaties' queues on the platform's scheduler: deliveries due, escalations due (due work), the daily digest (cron). */
export const QUEUES = {
  bezorging: 'notificaties-bezorging',
  escalatie: 'notificaties-escalatie',
  digest: 'notificaties-digest',
} as const;
