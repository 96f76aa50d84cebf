import { JobScheduler } from '@sluitend/platform';

/** notificaties' pg-boss queues: deliveries due, escalations due, the daily digest. */
export const QUEUES = {
  bezorging: 'notificaties-bezorging',
  escalatie: 'notificaties-escalatie',
  digest: 'notificaties-digest',
} as const;

/** The one JobScheduler of the service (injected by class). */
export class NotificatiesJobs extends JobScheduler {}
