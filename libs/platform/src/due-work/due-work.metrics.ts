import { Counter, Gauge, Histogram } from 'prom-client';

/** Due work on /metrics: rows applied, failed sweeps, how long a sweep takes, and how far away the next due row is. */
export const dueWorkMetrics = {
  applied: new Counter({ name: 'sluitend_due_work_items_total', help: 'Due rows claimed and applied, per work', labelNames: ['work'] }),
  failures: new Counter({ name: 'sluitend_due_work_failures_total', help: 'Sweeps that failed, per work', labelNames: ['work'] }),
  sweepSeconds: new Histogram({
    name: 'sluitend_due_work_sweep_seconds',
    help: 'Duration of one sweep (claim → apply until nothing is due), per work',
    labelNames: ['work'],
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60],
  }),
  overdueSeconds: new Gauge({
    name: 'sluitend_due_work_overdue_seconds',
    help: 'How long the earliest row still due has been due (0 when nothing is overdue), per work; after each sweep and sampled',
    labelNames: ['work'],
  }),
  dueRows: new Gauge({
    name: 'sluitend_due_work_due_rows',
    help: 'Rows due now and not yet done, per work (sampled; works that can count them)',
    labelNames: ['work'],
  }),
  sampleFailures: new Counter({
    name: 'sluitend_due_work_sample_failures_total',
    help: 'Samples of due work (next due moment, due rows) that failed or timed out, per work',
    labelNames: ['work'],
  }),
};
