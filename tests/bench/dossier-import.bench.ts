import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { alleRmcRegios } from '@sluitend/domain-nl';
import { createKafka } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, generateCohort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { peakRssMb, perSecond } from './measure';
import { alsCsv } from '../support/school-export';
import { benchEnv } from './bench-env';

/**
 * CSV import of one school's export (`--rijen`, default the maximum of 50,000) as a job, alles-of-niets: upload →
 * voltooid, rows/s, and overstap's peak RSS (VmHWM) against the 200 MB target. The rows are a national cohort's
 * leavers written as one school's Dutch Excel export (BOM, `;`, CRLF, DD-MM-JJJJ, ja/nee).
 */
const ROOT = join(__dirname, '../../..');
const { values } = parseArgs({
  options: {
    rijen: { type: 'string', default: '50000' },
    modus: { type: 'string', default: 'alles-of-niets' },
    smoke: { type: 'boolean', default: false },
  },
});
const RIJEN = Number(values.smoke ? 3000 : values.rijen);
const TARGET_RSS_MB = 200;

async function main(): Promise<void> {
  const run = uniqueRun('csvb');
  const schema = run.schema('overstap');
  const { databaseUrl, brokers, token, env } = await benchEnv(run.topicPrefix);
  const logs = join(ROOT, '.local/bench');
  mkdirSync(logs, { recursive: true });
  const overstap = new ServiceUnderTest(
    'overstap',
    await freePort(),
    ROOT,
    { ...env, DB_SCHEMA: schema, LOG_LEVEL: 'info' },
    join(logs, `${run.id}-overstap.log`),
    { production: true },
  );
  const pool = testPool(databaseUrl);
  try {
    const cohort = generateCohort({
      seed: 5,
      regios: alleRmcRegios().map((regio) => regio.code),
      schooljaar: '2026-2027',
      fraction: (RIJEN / 160_000) * 1.1,
    });
    if (cohort.dossiers.length < RIJEN) throw new Error(`the cohort has only ${cohort.dossiers.length} dossiers`);
    const school = cohort.dossiers[0].school;
    const rijen = cohort.dossiers.slice(0, RIJEN).map((dossier) => ({ ...dossier, school }));
    const csv = alsCsv(rijen);
    const bearer = await token({ type: 'vo-school', code: school.brin }, ['schooladministratie']);

    await overstap.start();
    const pid = overstap.process.pid;
    const rustRss = peakRssMb(pid);
    const perFase: Record<string, number> = {};
    let fase = 'upload';
    const sampler = setInterval(() => {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) perFase[fase] = Math.max(perFase[fase] ?? 0, Math.round(Number(match[1]) / 1024));
    }, 50);
    const start = Date.now();
    const response = await fetch(`${overstap.url}/api/overstap/dossiers/imports?modus=${values.modus}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv; charset=utf-8', authorization: `Bearer ${bearer}` },
      body: csv,
    });
    if (response.status !== 202) throw new Error(`upload: ${response.status} ${await response.text()}`);
    const acceptedMs = Date.now() - start;
    const location = response.headers.get('location') as string;
    const klaar = await waitFor(
      'the import',
      async () => {
        const body = (await (await fetch(`${overstap.url}${location}`, { headers: { authorization: `Bearer ${bearer}` } })).json()) as Record<
          string,
          unknown
        >;
        fase = (body.fase as string | null) ?? fase;
        return ['wachtend', 'bezig'].includes(body.status as string) ? undefined : body;
      },
      600_000,
      200,
    );
    const doneMs = Date.now() - start;
    clearInterval(sampler);
    const piek = peakRssMb(pid);
    const opgeslagen = (await pool.query(`SELECT count(*)::int AS n FROM "${schema}".dossier`)).rows[0].n as number;
    const fouten: string[] = [];
    if (klaar.status !== 'voltooid' || klaar.aangemaakt !== RIJEN)
      fouten.push(`job ended ${klaar.status}, ${klaar.aangemaakt} aangemaakt: ${JSON.stringify(klaar).slice(0, 500)}`);
    if (opgeslagen !== RIJEN) fouten.push(`${opgeslagen} dossiers stored, expected ${RIJEN}`);
    const figures = {
      rijen: RIJEN,
      csvMb: Number((Buffer.byteLength(csv) / 1024 / 1024).toFixed(1)),
      acceptedMs,
      doneMs,
      rowsPerSecond: perSecond(RIJEN, doneMs),
      rssAtRestMb: rustRss,
      peakRssMb: piek,
      rssPerPhaseMb: perFase,
      fouten,
    };
    const mark = (ok: boolean) => (values.smoke ? '(smoke: not judged)' : ok ? 'met' : 'NOT met');
    process.stdout.write(
      [
        `CSV import bench: ${RIJEN} rows (${figures.csvMb} MB) of one school, ${values.modus}`,
        `  upload → 202                 ${acceptedMs} ms`,
        `  upload → voltooid            ${(doneMs / 1000).toFixed(1)} s = ${figures.rowsPerSecond} rows/s`,
        `  overstap RSS                 ${rustRss} MB at rest, peak ${piek} MB (by phase: ${Object.entries(perFase)
          .map(([f, mb]) => `${f} ${mb}`)
          .join(', ')})   target ≤ ${TARGET_RSS_MB}: ${mark((piek ?? Infinity) <= TARGET_RSS_MB)}`,
        `  counts                       ${fouten.length === 0 ? `${RIJEN} stored, voltooid` : fouten.join('; ')}`,
      ].join('\n') + '\n',
    );
    writeFileSync(join(logs, `dossier-import-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(figures, null, 2));
    const timings = readFileSync(join(logs, `${run.id}-overstap.log`), 'utf8')
      .split('\n')
      .filter((line) => line.includes('valideren'));
    if (timings.length > 0) process.stdout.write(`  ${timings[timings.length - 1].slice(0, 400)}\n`);
    if (fouten.length > 0) throw new Error(fouten.join('; '));
  } finally {
    await overstap.stop();
    await dropSchemas(pool, [schema, `${schema}_jobs`]);
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
