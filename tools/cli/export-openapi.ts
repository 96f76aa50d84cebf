import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICES } from '@sluitend/contracts';

const base = Number(process.env.SLUITEND_PORT_BASE ?? 3100);
const PORTS: Record<string, number> = { overstap: base + 1, verzuim: base + 2, trajecten: base + 3, notificaties: base + 4, rapportage: base + 5 };

/** Fetches each running service's OpenAPI document and writes docs/openapi/<service>.json (committed for review). */
async function main(): Promise<void> {
  const dir = join(__dirname, '../../../docs/openapi');
  mkdirSync(dir, { recursive: true });
  for (const service of SERVICES) {
    const response = await fetch(`http://127.0.0.1:${PORTS[service]}/api/${service}/docs/openapi.json`);
    if (!response.ok) throw new Error(`${service}: ${response.status}; is it running (./sluitend up)?`);
    writeFileSync(join(dir, `${service}.json`), `${JSON.stringify(await response.json(), null, 2)}\n`);
  }
  process.stdout.write(`wrote docs/openapi/{${SERVICES.join(',')}}.json\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
