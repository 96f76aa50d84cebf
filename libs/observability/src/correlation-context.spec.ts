import { currentCorrelation, eventsScope, withCorrelation } from './correlation-context';

describe('correlation context', () => {
  it('follows the work across awaits and timers, and is gone outside it', async () => {
    expect(currentCorrelation()).toBeUndefined();
    const seen = await withCorrelation({ correlationId: 'c-1' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const inner = await Promise.resolve().then(() => currentCorrelation()?.correlationId);
      return [currentCorrelation()?.correlationId, inner];
    });
    expect(seen).toEqual(['c-1', 'c-1']);
    expect(currentCorrelation()).toBeUndefined();
  });

  it('keeps concurrent work apart', async () => {
    const run = (id: string, delay: number) =>
      withCorrelation({ correlationId: id }, async () => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        return currentCorrelation()?.correlationId;
      });
    expect(await Promise.all([run('a', 10), run('b', 1)])).toEqual(['a', 'b']);
  });

  it('names one event, a batch of one correlation, or the correlations of a mixed batch', () => {
    const event = (id: string, correlationId: string) => ({ id, type: 't', correlationId });
    expect(eventsScope([event('e1', 'c1')])).toEqual({ correlationId: 'c1', eventId: 'e1', eventType: 't' });
    expect(eventsScope([event('e1', 'c1'), event('e2', 'c1')])).toEqual({ correlationId: 'c1', eventType: 't' });
    expect(eventsScope([event('e1', 'c1'), event('e2', 'c2'), event('e3', 'c1')])).toEqual({ correlationIds: ['c1', 'c2'], eventType: 't' });
  });
});
