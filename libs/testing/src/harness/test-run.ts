import { randomBytes } from 'node:crypto';

/**
 * Names that isolate one test run on shared infrastructure: a topic prefix and schema names no other run uses.
 */
export function uniqueRun(label: string) {
  const id = `${label}${randomBytes(4).toString('hex')}`.toLowerCase().replace(/[^a-z0-9]/g, '');
  return {
    id,
    topicPrefix: `t-${id}`,
    schema: (service: string) => `t_${id}_${service}`,
  };
}
