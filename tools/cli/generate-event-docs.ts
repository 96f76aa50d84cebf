import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { envelopeSchema, EVENT_CATALOG, topicNames } from '@sluitend/contracts';

/**
 * Writes docs/events.md and docs/asyncapi.json from the event catalog in libs/contracts (the single source).
 * `./sluitend docs`; the unit suite fails when the committed files differ from what the catalog gives.
 */
export function renderEventDocs(): { markdown: string; asyncapi: string } {
  const lines = [
    '# Events',
    '',
    'Generated from `libs/contracts/src/event-catalog.ts` by `./sluitend docs`; do not edit by hand.',
    '',
    'Every event travels in the envelope below on `sluitend.<producer>.events`, keyed as listed. Consumers parse with the',
    "catalog; an event that does not parse goes to the consumer's dead-letter topic `sluitend.<consumer>.dlq`.",
    '',
    '## Envelope',
    '',
    '```json',
    JSON.stringify(z.toJSONSchema(envelopeSchema), null, 2),
    '```',
    '',
  ];
  const channels: Record<string, unknown> = {};
  for (const [type, definition] of Object.entries(EVENT_CATALOG)) {
    const schema = z.toJSONSchema(definition.payload);
    lines.push(
      `## \`${type}\` (v${definition.version})`,
      '',
      definition.description,
      '',
      `- producer: ${definition.producer}; topic: \`${topicNames('sluitend', definition.producer).events}\`; key: ${definition.key}`,
      '',
      '```json',
      JSON.stringify(schema, null, 2),
      '```',
      '',
    );
    channels[type] = {
      address: topicNames('sluitend', definition.producer).events,
      messages: { [type]: { name: type, summary: definition.description, payload: schema } },
    };
  }
  const asyncapi = { asyncapi: '3.0.0', info: { title: 'Sluitend events', version: '1' }, channels };
  return { markdown: `${lines.join('\n')}`, asyncapi: `${JSON.stringify(asyncapi, null, 2)}\n` };
}

if (require.main === module) {
  const root = join(__dirname, '../../..');
  const { markdown, asyncapi } = renderEventDocs();
  writeFileSync(join(root, 'docs/events.md'), markdown);
  writeFileSync(join(root, 'docs/asyncapi.json'), asyncapi);
  process.stdout.write('wrote docs/events.md and docs/asyncapi.json\n');
}
