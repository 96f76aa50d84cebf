import { mkdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createKafka } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, ServiceUnderTest, testPool, uniqueRun } from '@sluitend/testing';
import { peakRssMb } from './measure';
import { benchEnv } from './bench-env';

/**
 * Issue 11: an unauthenticated 30 MB body is refused at once and the service's memory stays flat. Sends `--aantal`
 * POSTs of a whole 30 MB JSON body without a token to overstap's bulk route (the one route that takes large bodies)
 * and to a small-body route, a few at a time, and prints each answer's status and time, and overstap's RSS (VmRSS)
 * and peak (VmHWM) at rest and after each round. Fails when an answer is not a refusal, or RSS grows by more than
 * `--max-groei` MB over the two measured rounds (after a warm-up round).
 */
const ROOT = join(__dirname, '../../..');
const { values } = parseArgs({
  options: {
    aantal: { type: 'string', default: '20' },
    tegelijk: { type: 'string', default: '4' },
    'max-groei': { type: 'string', default: '30' },
    smoke: { type: 'boolean', default: false },
  },
});
const AANTAL = Number(values.smoke ? 6 : values.aantal);
const TEGELIJK = Number(values.tegelijk);
const MAX_GROEI_MB = Number(values['max-groei']);
const BODY = Buffer.from(`{"dossiers": ["${'x'.repeat(30 * 1024 * 1024 - 20)}"]}`);

function rssMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : undefined;
}

/** One POST of the whole 30 MB body without a token: the status and when it came (ms), while the body was still being sent or not. */
function stuur(url: string, pad: string): Promise<{ status: number | string; ms: number }> {
  const { hostname, port } = new URL(url);
  const start = performance.now();
  return new Promise((resolve) => {
    const verzoek = request({
      host: hostname,
      port,
      method: 'POST',
      path: pad,
      headers: { 'content-type': 'application/json', 'content-length': String(BODY.length) },
    });
    const klaar = (status: number | string) => resolve({ status, ms: Math.round(performance.now() - start) });
    verzoek.on('response', (response) => {
      response.resume();
      klaar(response.statusCode ?? 0);
      verzoek.destroy();
    });
    verzoek.on('error', (error) => klaar(`error ${error.message}`));
    // In 1 MB pieces, stopping once the answer came (the request is destroyed then).
    const schrijf = (vanaf: number): void => {
      if (vanaf >= BODY.length || verzoek.destroyed) return void verzoek.end();
      const stuk = BODY.subarray(vanaf, vanaf + 1024 * 1024);
      if (verzoek.write(stuk)) setImmediate(() => schrijf(vanaf + stuk.length));
      else verzoek.once('drain', () => schrijf(vanaf + stuk.length));
    };
    schrijf(0);
  });
}

async function main(): Promise<void> {
  const run = uniqueRun('body');
  const schema = run.schema('overstap');
  const { databaseUrl, brokers, env } = await benchEnv(run.topicPrefix);
  const logs = join(ROOT, '.local/bench');
  mkdirSync(logs, { recursive: true });
  const overstap = new ServiceUnderTest('overstap', await freePort(), ROOT, { ...env, DB_SCHEMA: schema }, join(logs, `${run.id}-overstap.log`), {
    production: true,
  });
  const pool = testPool(databaseUrl);
  try {
    await overstap.start();
    const pid = overstap.process.pid;
    // Settle: a few ordinary requests, then the figures before.
    for (let i = 0; i < 5; i++) await fetch(`${overstap.url}/health/ready`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const bij = (moment: string) => ({ moment, rss: rssMb(pid), piek: peakRssMb(pid) });
    const metingen = [bij('at rest')];
    const antwoorden: Array<{ pad: string; status: number | string; ms: number }> = [];
    const paden = ['/api/overstap/dossiers/bulk', '/api/overstap/dossiers'];
    const ronde = async (aantal: number) => {
      for (let i = 0; i < aantal; i += TEGELIJK) {
        const paar = Array.from({ length: Math.min(TEGELIJK, aantal - i) }, (_, j) => paden[(i + j) % paden.length]);
        antwoorden.push(...(await Promise.all(paar.map(async (pad) => ({ pad, ...(await stuur(overstap.url, pad)) })))));
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    };
    // A first round warms the allocator up (socket buffers); then two rounds of the same size must add nothing.
    await ronde(TEGELIJK * 2);
    metingen.push(bij(`after ${antwoorden.length}`));
    await ronde(AANTAL);
    metingen.push(bij(`after ${antwoorden.length}`));
    await ronde(AANTAL);
    metingen.push(bij(`after ${antwoorden.length}`));
    const groei = (metingen[3].rss ?? Infinity) - (metingen[1].rss ?? 0);
    const tijden = antwoorden.map((antwoord) => antwoord.ms).sort((a, b) => a - b);
    // Refused: 401 (no token) on the bulk route, 413 from the declared length on a small-body route, or the
    // connection closed by the service while the body was still coming.
    const geweigerd = (status: number | string) =>
      status === 401 || status === 413 || (typeof status === 'string' && /EPIPE|ECONNRESET/.test(status));
    const fout = antwoorden.filter((antwoord) => !geweigerd(antwoord.status));
    const telling = new Map<string, number>();
    for (const antwoord of antwoorden)
      telling.set(`${antwoord.pad} ${antwoord.status}`, (telling.get(`${antwoord.pad} ${antwoord.status}`) ?? 0) + 1);
    process.stdout.write(
      [
        `30 MB unauthenticated bodies: ${antwoorden.length} POSTs (${TEGELIJK} at a time) to ${paden.join(' and ')}`,
        `  answers                      ${[...telling].map(([wat, aantal]) => `${aantal}× ${wat}`).join(', ')}`,
        `  time to answer               median ${tijden[Math.floor(tijden.length / 2)]} ms, max ${tijden[tijden.length - 1]} ms (30 MB over loopback)`,
        `  overstap RSS (MB)            ${metingen.map((meting) => `${meting.moment}: ${meting.rss} (peak ${meting.piek})`).join('; ')}`,
        `  growth over the last ${AANTAL * 2} POSTs  ${groei >= 0 ? '+' : ''}${groei} MB   limit +${MAX_GROEI_MB}: ${groei <= MAX_GROEI_MB ? 'ok' : 'EXCEEDED'}`,
      ].join('\n') + '\n',
    );
    if (fout.length > 0) throw new Error(`${fout.length} answers were not a refusal`);
    if (groei > MAX_GROEI_MB) throw new Error(`RSS grew by ${groei} MB`);
  } finally {
    await overstap.stop();
    await dropSchemas(pool, [schema]);
    await pool.end();
    await deleteRunTopics(createKafka('bench-cleanup', brokers.split(',')), run.topicPrefix);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed${values.smoke ? ' (smoke)' : ''}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
