import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEventDocs } from './generate-event-docs';

describe('generated event docs', () => {
  it('match the event catalog (run ./sluitend docs after changing it)', () => {
    const { markdown, asyncapi } = renderEventDocs();
    expect(readFileSync(join(__dirname, '../../docs/events.md'), 'utf8')).toBe(markdown);
    expect(readFileSync(join(__dirname, '../../docs/asyncapi.json'), 'utf8')).toBe(asyncapi);
  });
});
