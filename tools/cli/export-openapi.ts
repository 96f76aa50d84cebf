import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { toegangMarkdown } from '@sluitend/auth';
import { SERVICES } from '@sluitend/contracts';
import { recordServices } from '@sluitend/platform';

const ROOT = join(__dirname, '../../..');
const DOCS = join(ROOT, 'docs/openapi');
const USAGE = `usage: export-openapi [--check]
  writes docs/openapi/<service>.json for every service, made offline (no database or broker needed), and
  docs/access.md from the policy table (libs/auth TOEGANGSBELEID);
  --check: writes nothing and fails when a committed document differs (run ./sluitend docs after an API change)`;

/**
 * The settings a service's modules are built with: the machine's (.local/sluitend.env), with every address pointing
 * nowhere (port 9, discard) — the documents are made in Nest's preview mode, which connects to nothing.
 */
function offlineEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'development',
    DEMO_MODE: 'true',
    LOG_LEVEL: 'silent',
    DATABASE_URL: 'postgres://openapi.invalid:5432/offline',
    KAFKA_BROKERS: 'openapi.invalid:9092',
    AUTH_ISSUER: 'http://127.0.0.1:9/offline',
    AUTH_JWKS_URL: 'http://127.0.0.1:9/offline/jwks',
  };
}

const render = (document: unknown): string => `${JSON.stringify(document, null, 2)}\n`;
const read = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  // Each service's compiled main calls runService, which records the service instead of starting it.
  const recorded = await recordServices(async () => {
    for (const service of SERVICES) await import(join(__dirname, '../../apps', service, 'src/main.js'));
  });
  const missing = SERVICES.filter((service) => !recorded.some((entry) => entry.service === service));
  if (missing.length > 0) throw new Error(`no runService(…) found in the main of ${missing.join(', ')}`);

  const env = offlineEnv();
  const stale: string[] = [];
  mkdirSync(DOCS, { recursive: true });
  for (const { service, openApiDocument } of recorded) {
    const file = join(DOCS, `${service}.json`);
    const document = render(await openApiDocument(env));
    if (read(file) === document) continue;
    if (values.check) stale.push(relative(ROOT, file));
    else writeFileSync(file, document);
  }
  const access = join(ROOT, 'docs/access.md');
  if (read(access) !== toegangMarkdown()) {
    if (values.check) stale.push(relative(ROOT, access));
    else writeFileSync(access, toegangMarkdown());
  }
  if (values.check) {
    if (stale.length > 0) throw new Error(`out of date: ${stale.join(', ')} — the API changed; run ./sluitend docs and commit the result`);
    process.stderr.write(`openapi: docs/openapi/ matches the ${recorded.length} services\n`);
  } else {
    process.stdout.write(`wrote docs/openapi/{${recorded.map((entry) => entry.service).join(',')}}.json and docs/access.md\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`export-openapi: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
