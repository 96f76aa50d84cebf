import { z } from 'zod';
import { aanmeldingGeregistreerdPayloadSchema, aanmeldingStatusGewijzigdPayloadSchema } from './events/overstap/aanmelding.events';
import { dossierIngediendPayloadSchema } from './events/overstap/dossier-ingediend.event';
import {
  geenHerinschrijvingPayloadSchema,
  inschrijvingBeeindigdPayloadSchema,
  inschrijvingGeregistreerdPayloadSchema,
  negatiefBsaPayloadSchema,
  uitschrijvingZonderStartkwalificatiePayloadSchema,
} from './events/overstap/inschrijving.events';
import {
  aanmeldingGemistPayloadSchema,
  geenLevendeAanmeldingPayloadSchema,
  nietIngeschrevenTeldatumPayloadSchema,
  vroegeWaarschuwingPayloadSchema,
} from './events/overstap/signaal.events';
import {
  alertAangemaaktPayloadSchema,
  alertAfgehandeldPayloadSchema,
  alertGeescaleerdPayloadSchema,
  alertOpgepaktPayloadSchema,
} from './events/notificaties/alert.events';
import type { ServiceName } from './topics';

export type EventDefinition<S extends z.ZodType = z.ZodType> = {
  producer: ServiceName;
  version: number;
  description: string;
  /** What the Kafka key is: the person (per-person order) or the aggregate id. */
  key: 'jongereId' | 'aggregateId';
  payload: S;
};

const defineEvent = <S extends z.ZodType>(definition: EventDefinition<S>) => definition;

/**
 * The single source of truth for events: type → producer, schema version, key and payload schema.
 * Consumers parse with it; docs/events.md is generated from it (tools/generate-event-docs.ts).
 */
export const EVENT_CATALOG = {
  'overstap.dossier.ingediend': defineEvent({
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description:
      'Een VO-school heeft een (nieuwe versie van een) digitaal doorstroomdossier ingediend. Alleen codes en categorieën, geen persoonsgegevens.',
    payload: dossierIngediendPayloadSchema,
  }),
  'overstap.aanmelding.geregistreerd': defineEvent({
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description: 'Een mbo-instelling heeft een aanmelding van een leerling geregistreerd (opleiding, locatie, moment van aanmelden).',
    payload: aanmeldingGeregistreerdPayloadSchema,
  }),
  'overstap.aanmelding.status-gewijzigd': defineEvent({
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description: 'Een aanmelding kreeg een nieuwe status (intake, toelating, onderwijsovereenkomst, inschrijving, afwijzing, intrekking).',
    payload: aanmeldingStatusGewijzigdPayloadSchema,
  }),
  'overstap.deadline.aanmelding-gemist': defineEvent({
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description:
      'Signaal: een leerling uit het cohort met bestemming mbo had aan het eind van 1 april (Europe/Amsterdam) geen aanmelding. Voor de RMC van de woonregio en de decaan; eenmaal per leerling per schooljaar.',
    payload: aanmeldingGemistPayloadSchema,
  }),
  'overstap.signaal.geen-levende-aanmelding': defineEvent({
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description:
      'Signaal: de laatste levende aanmelding van een leerling eindigde (afgewezen, leidt niet tot inschrijving, ingetrokken). Voor de decaan en de RMC van de woonregio; eenmaal per leerling per schooljaar.',
    payload: geenLevendeAanmeldingPayloadSchema,
  }),
  'overstap.inschrijving.geregistreerd': defineEvent({
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description: 'Een mbo-instelling heeft een leerling ingeschreven (ook de nieuwe inschrijving na een switch).',
    payload: inschrijvingGeregistreerdPayloadSchema,
  }),
  'overstap.inschrijving.beeindigd': defineEvent({
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description: 'Een inschrijving eindigde: uitschrijving (met DUO-reden 1–9) of switch naar een andere opleiding.',
    payload: inschrijvingBeeindigdPayloadSchema,
  }),
  'overstap.signaal.uitschrijving-zonder-startkwalificatie': defineEvent({
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description:
      'Signaal: een jongere onder 23 zonder startkwalificatie is uitgeschreven. Direct naar de RMC van de woonregio; eenmaal per leerling per schooljaar.',
    payload: uitschrijvingZonderStartkwalificatiePayloadSchema,
  }),
  'overstap.deadline.geen-herinschrijving': defineEvent({
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description:
      'Signaal: na een uitschrijving zonder startkwalificatie verliep de herinschrijvingstermijn zonder nieuwe inschrijving of switch; een traject hoort te openen.',
    payload: geenHerinschrijvingPayloadSchema,
  }),
  'overstap.signaal.negatief-bsa': defineEvent({
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description: 'Signaal: een negatief bindend studieadvies; de leerling gaat naar de RMC.',
    payload: negatiefBsaPayloadSchema,
  }),
  'overstap.deadline.niet-ingeschreven-teldatum': defineEvent({
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description:
      'Signaal: een leerling uit het cohort met bestemming mbo stond op de teldatum (1 oktober na het verlaten van het VO) nergens ingeschreven (VSV-risico). Voor de RMC van de woonregio; eenmaal per leerling per schooljaar.',
    payload: nietIngeschrevenTeldatumPayloadSchema,
  }),
  'overstap.signaal.vroege-waarschuwing': defineEvent({
    producer: 'overstap',
    version: 1,
    key: 'aggregateId',
    description:
      'Signaal: op een ingestelde datum vóór 1 april, per VO-vestiging, de leerlingen met bestemming mbo die nog geen aanmelding hebben (dossier-ids). Voor de decaan.',
    payload: vroegeWaarschuwingPayloadSchema,
  }),
  'notificaties.alert.aangemaakt': defineEvent({
    producer: 'notificaties',
    version: 1,
    key: 'aggregateId',
    description: 'Een signaal werd een alert in de inbox van een organisatie (eenmaal per signaal en organisatie). Geen persoonsgegevens.',
    payload: alertAangemaaktPayloadSchema,
  }),
  'notificaties.alert.opgepakt': defineEvent({
    producer: 'notificaties',
    version: 1,
    key: 'aggregateId',
    description: 'Een medewerker van de organisatie heeft de alert opgepakt (toegewezen aan een benoemde gebruiker).',
    payload: alertOpgepaktPayloadSchema,
  }),
  'notificaties.alert.afgehandeld': defineEvent({
    producer: 'notificaties',
    version: 1,
    key: 'aggregateId',
    description: 'De alert is afgehandeld met een uitkomst.',
    payload: alertAfgehandeldPayloadSchema,
  }),
  'notificaties.alert.geescaleerd': defineEvent({
    producer: 'notificaties',
    version: 1,
    key: 'aggregateId',
    description: 'Niemand pakte de alert op binnen de termijn (standaard 5 werkdagen); hij ging naar de coördinator van de regio. Eenmaal per alert.',
    payload: alertGeescaleerdPayloadSchema,
  }),
} as const;

export type EventType = keyof typeof EVENT_CATALOG;
export type EventPayload<T extends EventType> = z.infer<(typeof EVENT_CATALOG)[T]['payload']>;

export const isKnownEventType = (type: string): type is EventType => Object.hasOwn(EVENT_CATALOG, type);
