import 'reflect-metadata';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { SIGNAAL_TYPES } from '@sluitend/contracts';
import { MaakAlertsMessage } from './maak-alerts.message';

describe('MaakAlertsMessage', () => {
  it('consumes every signal type that has a routing default, and nothing else', () => {
    const prototype = MaakAlertsMessage.prototype as unknown as Record<string, unknown>;
    const patterns = Object.getOwnPropertyNames(prototype)
      .filter((name) => name !== 'constructor')
      .flatMap((name) => (Reflect.getMetadata(PATTERN_METADATA, prototype[name] as object) as string[] | undefined) ?? []);
    expect([...patterns].sort()).toEqual([...SIGNAAL_TYPES].sort());
  });
});
