import 'reflect-metadata';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { SIGNAAL_SOORT_VAN_EVENT, VERZUIM_RMC_EVENT } from '../../domain/signaal-soort';
import { CASUS_SIGNAAL_EVENTS } from '../../domain/signaal-event';
import { VerwerkSignalenMessage } from './verwerk-signalen.message';

describe('VerwerkSignalenMessage', () => {
  it('consumes every signal event that maps to a case signal kind, and nothing else', () => {
    const prototype = VerwerkSignalenMessage.prototype as unknown as Record<string, unknown>;
    const patterns = Object.getOwnPropertyNames(prototype)
      .filter((name) => name !== 'constructor')
      .flatMap((name) => (Reflect.getMetadata(PATTERN_METADATA, prototype[name] as object) as string[] | undefined) ?? []);
    expect([...patterns].sort()).toEqual([...Object.keys(SIGNAAL_SOORT_VAN_EVENT), VERZUIM_RMC_EVENT].sort());
    expect([...CASUS_SIGNAAL_EVENTS].sort()).toEqual(Object.keys(SIGNAAL_SOORT_VAN_EVENT).sort());
  });
});
