import 'reflect-metadata';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { EVENT_CATALOG, SIGNAAL_TYPES } from '@sluitend/contracts';
import { bekendeWoongemeenten, RouteerNietRouteerbareMessage } from './routeer-niet-routeerbare.message';

describe('RouteerNietRouteerbareMessage', () => {
  it('listens to the overstap events about a student that are no signal (those route through MaakAlertsMessage)', () => {
    const prototype = RouteerNietRouteerbareMessage.prototype as unknown as Record<string, unknown>;
    const patterns = Object.getOwnPropertyNames(prototype)
      .filter((name) => name !== 'constructor')
      .flatMap((name) => (Reflect.getMetadata(PATTERN_METADATA, prototype[name] as object) as string[] | undefined) ?? []);
    expect(patterns.sort()).toEqual([
      'overstap.aanmelding.geregistreerd',
      'overstap.aanmelding.status-gewijzigd',
      'overstap.dossier.ingediend',
      'overstap.inschrijving.beeindigd',
      'overstap.inschrijving.geregistreerd',
    ]);
    for (const pattern of patterns) {
      expect(Object.keys(EVENT_CATALOG)).toContain(pattern);
      expect(SIGNAAL_TYPES as string[]).not.toContain(pattern);
    }
  });

  it('takes per student the last woongemeente that comes with an RMC-regio, and nothing from events without one', () => {
    const event = (jongereId: string | null, context: Record<string, string>, id = 'e') => ({ id, correlationId: 'c', jongereId, context });
    expect(
      bekendeWoongemeenten([
        event('a', { woongemeente: 'GM0014', rmcRegio: 'MC03' }),
        event('b', { schooljaar: '2026-2027' }),
        event('a', { woongemeente: 'GM0363', rmcRegio: 'MC21' }),
        event('c', { woongemeente: 'GM0363' }),
        event(null, { woongemeente: 'GM0363', rmcRegio: 'MC21' }),
      ]),
    ).toEqual([{ jongereId: 'a', woongemeente: 'GM0363' }]);
  });
});
