import { DEAD_LETTER_HEADERS as H, DeadLetterListing } from '@sluitend/messaging';
import { alsDoodBericht } from './dode-berichten.http';

const letter = (overrides: Partial<DeadLetterListing> = {}): DeadLetterListing => ({
  partition: 2,
  offset: '17',
  ref: '2:17',
  replayed: false,
  key: 'jongere-pseudoniem',
  value: Buffer.from(JSON.stringify({ payload: { voornamen: 'Sam', persoonsnummer: '123456782' } })),
  headers: {
    [H.originalTopic]: 'sluitend.overstap.events',
    [H.errorCode]: 'envelope.invalid',
    [H.attempts]: '1',
  },
  eventId: 'e-1',
  eventType: 'overstap.deadline.aanmelding-gemist',
  error: 'EventContractError: payload.brin: verplicht\n    at parseEvent (contracts.js:1:1)',
  failedAt: '2027-04-02T08:00:00.000Z',
  ...overrides,
});

describe('a dead letter as ops sees it', () => {
  it('names where and why it failed, with a ref for the URL, and never its key or payload', () => {
    const bericht = alsDoodBericht(letter());
    expect(bericht).toEqual({
      ref: '2-17',
      status: 'wacht',
      mislukt: '2027-04-02T08:00:00.000Z',
      topic: 'sluitend.overstap.events',
      eventType: 'overstap.deadline.aanmelding-gemist',
      eventId: 'e-1',
      code: 'envelope.invalid',
      reden: 'EventContractError: payload.brin: verplicht',
      pogingen: 1,
    });
    expect(JSON.stringify(bericht)).not.toMatch(/Sam|123456782|jongere-pseudoniem/);
  });

  it('shortens a long reason to its first line of at most 300 characters, and marks a replayed one', () => {
    const bericht = alsDoodBericht(letter({ error: 'x'.repeat(1000), replayed: true, headers: {} }));
    expect(bericht.reden).toHaveLength(300);
    expect(bericht).toMatchObject({ status: 'opnieuw-aangeboden', topic: null, code: null, pogingen: null });
  });
});
