import { serviceEvents } from '../define-event';
import {
  alertAangemaaktPayloadSchema,
  alertAfgehandeldPayloadSchema,
  alertGeescaleerdPayloadSchema,
  alertOpgepaktPayloadSchema,
} from './alert.events';

/** The events notificaties produces, on `sluitend.notificaties.events` (merged into EVENT_CATALOG in ../../event-catalog.ts). */
export const NOTIFICATIES_EVENTS = serviceEvents('notificaties', {
  'notificaties.alert.aangemaakt': {
    producer: 'notificaties',
    version: 1,
    key: 'aggregateId',
    description: 'Een signaal werd een alert in de inbox van een organisatie (eenmaal per signaal en organisatie). Geen persoonsgegevens.',
    payload: alertAangemaaktPayloadSchema,
  },
  'notificaties.alert.opgepakt': {
    producer: 'notificaties',
    version: 1,
    key: 'aggregateId',
    description: 'Een medewerker van de organisatie heeft de alert opgepakt (toegewezen aan een benoemde gebruiker).',
    payload: alertOpgepaktPayloadSchema,
  },
  'notificaties.alert.afgehandeld': {
    producer: 'notificaties',
    version: 1,
    key: 'aggregateId',
    description: 'De alert is afgehandeld met een uitkomst.',
    payload: alertAfgehandeldPayloadSchema,
  },
  'notificaties.alert.geescaleerd': {
    producer: 'notificaties',
    version: 1,
    key: 'aggregateId',
    description: 'Niemand pakte de alert op binnen de termijn (standaard 5 werkdagen); hij ging naar de coördinator van de regio. Eenmaal per alert.',
    payload: alertGeescaleerdPayloadSchema,
  },
} as const);
