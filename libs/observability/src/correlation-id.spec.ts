import type { IncomingMessage } from 'node:http';
import { correlationIdOf, isAcceptableCorrelationId, newCorrelationId } from './correlation-id';

const request = (value?: string | string[]) => ({ headers: value === undefined ? {} : { 'x-correlation-id': value } }) as unknown as IncomingMessage;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('correlation ids', () => {
  it('keeps a caller UUID (any version, any case) or ULID', () => {
    for (const id of [
      '3b241101-e2bb-4255-8caf-4136c566a962',
      '01890A5D-AC96-774B-BCCE-B302099A8057',
      '01ARZ3NDEKTSV4RRFFQ69G5FAV',
      '01arz3ndektsv4rrffq69g5fav',
    ]) {
      expect(correlationIdOf(request(id))).toBe(id);
    }
    expect(correlationIdOf(request(['3b241101-e2bb-4255-8caf-4136c566a962', 'x']))).toBe('3b241101-e2bb-4255-8caf-4136c566a962');
  });

  it('replaces anything else with a fresh UUID: BSN-shaped values with or without dashes, free text, near-misses', () => {
    const refused = [
      '999605999',
      '999-605-999',
      '9996-05999',
      'bsn:999605999',
      'e2e-run-1',
      'Sam de Vries',
      '3b241101e2bb42558caf4136c566a962',
      '3b241101-e2bb-4255-8caf-4136c566a96',
      '{3b241101-e2bb-4255-8caf-4136c566a962}',
      '81ARZ3NDEKTSV4RRFFQ69G5FAV',
      '01ARZ3NDEKTSV4RRFFQ69G5FAU',
      '',
    ];
    for (const value of refused) {
      const id = correlationIdOf(request(value));
      expect({ value, id: UUID.test(id) && id !== value }).toEqual({ value, id: true });
    }
    expect(UUID.test(correlationIdOf(request()))).toBe(true);
  });

  it('refuses a UUID or ULID that carries a BSN in its digits', () => {
    expect(isAcceptableCorrelationId('3b241101-e2bb-4255-8caf-999605999000')).toBe(false);
    expect(isAcceptableCorrelationId('3b241101-e2bb-4255-8caf-99960599a999')).toBe(true);
    expect(isAcceptableCorrelationId('01ARZ3NDEK999605999FQ69G5F')).toBe(false);
  });

  it('makes fresh ids that are acceptable themselves', () => {
    for (let i = 0; i < 1000; i += 1) expect(isAcceptableCorrelationId(newCorrelationId())).toBe(true);
  });
});
