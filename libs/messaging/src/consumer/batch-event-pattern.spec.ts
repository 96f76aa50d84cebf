import { EventPattern } from '@nestjs/microservices';
import { PATTERN_EXTRAS_METADATA, PATTERN_METADATA } from '@nestjs/microservices/constants';
import { BatchEventPattern, batchKeyOf } from './batch-event-pattern.decorator';
import { runsOf } from './runs-of';

class Handlers {
  @BatchEventPattern('notificaties.alert.aangemaakt', 'notificaties.alert.opgepakt')
  alerts(): void {}

  @BatchEventPattern('trajecten.casus.geopend')
  geopend(): void {}

  @EventPattern('verzuim.melding.voor-rmc')
  los(): void {}
}

const metadata = (method: keyof Handlers) => ({
  patterns: Reflect.getMetadata(PATTERN_METADATA, Handlers.prototype[method]) as string[],
  extras: Reflect.getMetadata(PATTERN_EXTRAS_METADATA, Handlers.prototype[method]) as Record<string, unknown>,
});

describe('BatchEventPattern', () => {
  it('registers every given type and groups consecutive events of any of them into one run; others stay apart', () => {
    const handlers = new Map<string, Record<string, unknown>>();
    for (const method of ['alerts', 'geopend', 'los'] as const) {
      const { patterns, extras } = metadata(method);
      for (const pattern of patterns) handlers.set(pattern, extras);
    }
    expect([...handlers.keys()]).toEqual([
      'notificaties.alert.aangemaakt',
      'notificaties.alert.opgepakt',
      'trajecten.casus.geopend',
      'verzuim.melding.voor-rmc',
    ]);
    const log = [
      'notificaties.alert.aangemaakt',
      'notificaties.alert.opgepakt',
      'notificaties.alert.aangemaakt',
      'trajecten.casus.geopend',
      'trajecten.casus.geopend',
      'verzuim.melding.voor-rmc',
      'verzuim.melding.voor-rmc',
      'notificaties.alert.opgepakt',
    ];
    expect(runsOf(log, (type) => batchKeyOf(type, handlers.get(type))).map((run) => run.length)).toEqual([3, 2, 1, 1, 1]);
  });
});
