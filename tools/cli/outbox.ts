import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { SERVICES, ServiceName } from '@sluitend/contracts';
import { listParked, outboxStatus, Query, retryParked } from '@sluitend/messaging';

const USAGE = `usage: sluitend outbox list <service> [--schema <schema>]
       sluitend outbox retry <service> (--all | --id <outbox id|event id> [--id …]) [--schema <schema>]
  services: ${SERVICES.join(', ')}; the schema defaults to the service's name (DB_SCHEMA)`;

/**
 * Ops CLI for a service's outbox: list the rows Kafka refused for good (parked, with Kafka's reason) and what still
 * waits; hand parked rows back to the relay once the cause is fixed (e.g. the topic's max.message.bytes raised).
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { all: { type: 'boolean', default: false }, id: { type: 'string', multiple: true }, schema: { type: 'string' } },
  });
  const [action, service] = positionals;
  if (!['list', 'retry'].includes(action) || !SERVICES.includes(service as ServiceName)) throw new Error(USAGE);
  const schema = values.schema ?? process.env.DB_SCHEMA ?? (service as ServiceName);
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set (./sluitend outbox … reads it from .local/sluitend.env)');
  const client = new Client({ connectionString: databaseUrl, application_name: 'sluitend-outbox-cli' });
  await client.connect();
  const query: Query = async (sql, parameters) => (await client.query(sql, parameters)).rows;
  try {
    if (action === 'list') {
      for (const row of await listParked(query, schema)) {
        process.stdout.write(`${row.id}\t${row.parkedAt}\t${row.eventType}\t${row.eventId}\t${row.sizeBytes} bytes\t${row.reason}\n`);
      }
      const status = await outboxStatus(query, schema);
      process.stdout.write(
        `${status.parked} parked row(s); ${status.pending} waiting to be published (oldest ${Math.round(status.oldestPendingSeconds)} s)\n`,
      );
      return;
    }
    if (!values.all && !values.id?.length) throw new Error(USAGE);
    const retried = await retryParked(query, schema, values.all ? { all: true } : { ids: values.id ?? [] });
    process.stdout.write(`${retried.length} parked row(s) handed back to the relay${retried.length ? `: ${retried.join(', ')}` : ''}\n`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
