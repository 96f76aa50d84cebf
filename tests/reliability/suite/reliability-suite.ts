import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Logger, LoggerService } from '@nestjs/common';
import { Pool } from 'pg';
import { createKafka } from '@sluitend/messaging';
import { PrivateBroker, PrivatePostgres, startPrivateBroker, startPrivatePostgres, startTestTokenIssuer } from '@sluitend/testing';
import { Outcome, Scenario, Size, SuiteContext } from './scenario';
import { r1 } from './scenarios/r1-sigkill';
import { r2 } from './scenarios/r2-broker-restart';
import { r3 } from './scenarios/r3-postgres-restart';
import { r4 } from './scenarios/r4-poison';
import { r5 } from './scenarios/r5-replicas';
import { r6 } from './scenarios/r6-unroutable';

const SCENARIOS: Scenario[] = [r1, r2, r3, r4, r5, r6];
// dist/tests/reliability/suite → the repository root.
const ROOT = join(__dirname, '../../../..');
const LIMIT_MS: Record<Size, number> = { smoke: 4 * 60_000, full: 45 * 60_000 };

const USAGE = `usage: node dist/tests/reliability/suite/reliability-suite.js [--size smoke|full] [--only R1,R4] [--results <file.json>]
  Needs KAFKA_BROKERS and DATABASE_URL (the shared broker and database; never stopped), Java and PostgreSQL's binaries
  for the private broker (R2) and cluster (R3) it restarts. Prints one table on stdout; progress goes to stderr.`;

/** One line per scenario (id, fault, size, seconds, verdict), its figures indented on the next. */
function table(outcomes: Outcome[]): string {
  const cells = outcomes.map((o) => [o.id, o.fault, o.size, o.seconds === undefined ? '-' : `${o.seconds} s`, o.verdict]);
  const header = ['', 'fault', 'size', 'time', 'verdict'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i].length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]))
      .join(' | ')
      .trimEnd();
  const rule = '-'.repeat(line(header).length);
  return [line(header), rule, ...outcomes.flatMap((o, i) => [line(cells[i]), `${' '.repeat(widths[0])} | ${o.result}`])].join('\n');
}

/** Nest's console logger writes to stdout; in this program stdout holds only the table. */
const toStderr = (level: string) => (message: unknown) => process.stderr.write(`  [${level}] ${String(message)}\n`);
const stderrLogger: LoggerService = {
  log: toStderr('log'),
  warn: toStderr('warn'),
  error: toStderr('error'),
  debug: () => undefined,
  verbose: () => undefined,
};

async function main(): Promise<void> {
  Logger.overrideLogger(stderrLogger);
  const { values } = parseArgs({
    options: { size: { type: 'string', default: 'smoke' }, only: { type: 'string' }, results: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help || !['smoke', 'full'].includes(values.size as string)) throw new Error(USAGE);
  const size = values.size as Size;
  const only = values.only?.split(',').map((id) => id.trim().toUpperCase());
  const chosen = SCENARIOS.filter((scenario) => !only || only.includes(scenario.id));
  const { KAFKA_BROKERS, DATABASE_URL } = process.env;
  if (!KAFKA_BROKERS || !DATABASE_URL) throw new Error(USAGE);

  const issuer = await startTestTokenIssuer();
  const pool = new Pool({ connectionString: DATABASE_URL, max: 4 });
  pool.on('error', () => undefined);
  // The private broker and cluster start in the background at once (a JVM takes a while); R2/R3 wait for them.
  let broker: Promise<PrivateBroker> | null = null;
  let postgres: Promise<PrivatePostgres> | null = null;
  const needs = new Set(chosen.map((scenario) => scenario.id));
  if (needs.has('R2')) broker = startPrivateBroker(ROOT);
  if (needs.has('R3')) postgres = startPrivatePostgres(ROOT, 'sluitend_r3');
  broker?.catch(() => undefined);
  postgres?.catch(() => undefined);
  const context: SuiteContext = {
    root: ROOT,
    size,
    brokers: KAFKA_BROKERS,
    kafka: createKafka('reliability-suite', KAFKA_BROKERS.split(',')),
    databaseUrl: DATABASE_URL,
    pool,
    privateBroker: () => broker ?? Promise.reject(new Error('no private broker')),
    privatePostgres: () => postgres ?? Promise.reject(new Error('no private PostgreSQL')),
    auth: issuer.env,
    token: issuer.token,
  };

  const outcomes: Outcome[] = [];
  const suiteStarted = Date.now();
  try {
    for (const scenario of chosen) {
      process.stderr.write(`==> ${scenario.id} ${scenario.fault} (${size})\n`);
      let timer: NodeJS.Timeout | undefined;
      try {
        const limit = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no result within ${LIMIT_MS[size] / 60_000} min`)), LIMIT_MS[size]);
        });
        outcomes.push({ id: scenario.id, fault: scenario.fault, ...(await Promise.race([scenario.run(context), limit])) });
      } catch (error) {
        outcomes.push({ id: scenario.id, fault: scenario.fault, size: size, result: `error: ${(error as Error).message}`, verdict: 'FAIL' });
      } finally {
        clearTimeout(timer);
      }
      process.stderr.write(`    ${outcomes[outcomes.length - 1].verdict} ${outcomes[outcomes.length - 1].result}\n`);
    }
  } finally {
    await Promise.allSettled([broker?.then((b) => b.destroy()), postgres?.then((p) => p.destroy())]);
    await pool.end();
    await issuer.close();
  }

  const passed = outcomes.filter((o) => o.verdict === 'PASS').length;
  const failed = outcomes.filter((o) => o.verdict === 'FAIL').length;
  const absent = outcomes.filter((o) => o.verdict === 'ABSENT').length;
  process.stdout.write(`Reliability suite (${size}), real Kafka and PostgreSQL, ${Math.round((Date.now() - suiteStarted) / 1000)} s\n`);
  process.stdout.write(`${table(outcomes)}\n`);
  process.stdout.write(`${passed} passed, ${failed} failed, ${absent} absent\n`);
  if (values.results)
    writeFileSync(values.results, JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numRuntimeErrorTestSuites: 0, absent }));
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
