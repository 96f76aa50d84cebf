import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createKafka } from '@sluitend/messaging';
import { BSN_SCAN_DIR_ENV, BsnTreffer, maskeer, scanTopics, TopicScan, vindBsns } from '@sluitend/testing';

/**
 * The BSN scan of a test run (issue 11 §7), run by `./sluitend test` after the e2e tier: the Kafka messages of the run
 * (scanned by each e2e file just before it deletes its topics, left in BSN_SCAN_DIR; plus test topics still on the
 * broker) and every log file written since the run started (.local/test-logs, .local/logs). A 9-digit number passing
 * the 11-proef is a hit; expecting none. Prints messages, files and hits (masked, with where), exits 1 on a hit.
 *
 *   node dist/tests/support/bsn-scan.js --since <epoch ms> [--results file.json] [--logs dir,dir]
 */
const ROOT = join(__dirname, '../../..');
const { values } = parseArgs({ options: { since: { type: 'string' }, results: { type: 'string' }, logs: { type: 'string' } } });
const since = Number(values.since ?? 0);
const logDirs = (values.logs ?? `${join(ROOT, '.local/test-logs')},${join(ROOT, '.local/logs')}`).split(',');

function* bestanden(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const pad = join(dir, entry.name);
    if (entry.isDirectory()) yield* bestanden(pad);
    else if (entry.isFile() && statSync(pad).mtimeMs >= since) yield pad;
  }
}

async function main(): Promise<void> {
  const treffers: BsnTreffer[] = [];
  let berichten = 0;
  let topics = 0;

  const scanDir = process.env[BSN_SCAN_DIR_ENV];
  if (scanDir && existsSync(scanDir)) {
    for (const bestand of readdirSync(scanDir).filter((naam) => naam.endsWith('.json'))) {
      const scan = JSON.parse(readFileSync(join(scanDir, bestand), 'utf8')) as TopicScan;
      berichten += scan.berichten;
      topics += scan.topics;
      treffers.push(...scan.treffers);
    }
  }
  if (process.env.KAFKA_BROKERS) {
    const kafka = createKafka('bsn-scan', process.env.KAFKA_BROKERS.split(','));
    const admin = kafka.admin();
    await admin.connect();
    const over = (await admin.listTopics()).filter((topic) => topic.startsWith('t-'));
    await admin.disconnect();
    const scan = await scanTopics(kafka, over);
    berichten += scan.berichten;
    topics += scan.topics;
    treffers.push(...scan.treffers);
  }

  let bestandenGescand = 0;
  let regels = 0;
  for (const dir of logDirs) {
    for (const pad of bestanden(dir)) {
      bestandenGescand += 1;
      readFileSync(pad, 'utf8')
        .split('\n')
        .forEach((regel, index) => {
          regels += 1;
          for (const bsn of vindBsns(regel)) treffers.push({ waar: `${relative(ROOT, pad)}:${index + 1}`, gemaskeerd: maskeer(bsn) });
        });
    }
  }

  console.log(`bsn-scan: ${berichten} Kafka messages in ${topics} topics, ${bestandenGescand} log files (${regels} lines), ${treffers.length} hits`);
  for (const treffer of treffers.slice(0, 50)) console.log(`  BSN-like number ${treffer.gemaskeerd} in ${treffer.waar}`);
  if (values.results) {
    writeFileSync(
      values.results,
      JSON.stringify({ numPassedTests: treffers.length === 0 ? 1 : 0, numFailedTests: treffers.length === 0 ? 0 : 1, numRuntimeErrorTestSuites: 0 }),
    );
  }
  process.exitCode = treffers.length === 0 ? 0 : 1;
}

main().catch((error: Error) => {
  console.error(`bsn-scan failed: ${error.message}`);
  process.exitCode = 1;
});
