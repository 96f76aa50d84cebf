import { serviceEvents } from '../define-event';
import { aanmeldingGeregistreerdPayloadSchema, aanmeldingStatusGewijzigdPayloadSchema } from './aanmelding.events';
import { dossierIngediendPayloadSchema } from './dossier-ingediend.event';
import {
  geenHerinschrijvingPayloadSchema,
  inschrijvingBeeindigdPayloadSchema,
  inschrijvingGeregistreerdPayloadSchema,
  negatiefBsaPayloadSchema,
  uitschrijvingZonderStartkwalificatiePayloadSchema,
} from './inschrijving.events';
import { persoonGekoppeldPayloadSchema } from './persoon.events';
import {
  aanmeldingGemistPayloadSchema,
  geenLevendeAanmeldingPayloadSchema,
  nietIngeschrevenTeldatumPayloadSchema,
  vroegeWaarschuwingPayloadSchema,
} from './signaal.events';

/** The events overstap produces, on `sluitend.overstap.events` (merged into EVENT_CATALOG in ../../event-catalog.ts). */
export const OVERSTAP_EVENTS = serviceEvents('overstap', {
  'overstap.dossier.ingediend': {
    producer: 'overstap',
    version: 2,
    key: 'jongereId',
    description:
      'Een VO-school heeft een (nieuwe versie van een) digitaal doorstroomdossier ingediend. Alleen codes en categorieën, geen persoonsgegevens. v2: de laatste teldatum waarop de jongere nog geen 23 is (in plaats van de geboortedatum).',
    payload: dossierIngediendPayloadSchema,
  },
  'overstap.aanmelding.geregistreerd': {
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description: 'Een mbo-instelling heeft een aanmelding van een leerling geregistreerd (opleiding, locatie, moment van aanmelden).',
    payload: aanmeldingGeregistreerdPayloadSchema,
  },
  'overstap.aanmelding.status-gewijzigd': {
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description: 'Een aanmelding kreeg een nieuwe status (intake, toelating, onderwijsovereenkomst, inschrijving, afwijzing, intrekking).',
    payload: aanmeldingStatusGewijzigdPayloadSchema,
  },
  'overstap.deadline.aanmelding-gemist': {
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description:
      'Signaal: een leerling uit het cohort met bestemming mbo had aan het eind van 1 april (Europe/Amsterdam) geen aanmelding. Voor de RMC van de woonregio en de decaan; eenmaal per leerling per schooljaar.',
    payload: aanmeldingGemistPayloadSchema,
  },
  'overstap.signaal.geen-levende-aanmelding': {
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description:
      'Signaal: de laatste levende aanmelding van een leerling eindigde (afgewezen, leidt niet tot inschrijving, ingetrokken). Voor de decaan en de RMC van de woonregio; eenmaal per leerling per schooljaar.',
    payload: geenLevendeAanmeldingPayloadSchema,
  },
  'overstap.inschrijving.geregistreerd': {
    producer: 'overstap',
    version: 2,
    key: 'jongereId',
    description:
      'Een mbo-instelling heeft een leerling ingeschreven (ook de nieuwe inschrijving na een switch). v2: de laatste teldatum waarop de jongere nog geen 23 is, als overstap die kent (in plaats van de geboortedatum).',
    payload: inschrijvingGeregistreerdPayloadSchema,
  },
  'overstap.inschrijving.beeindigd': {
    producer: 'overstap',
    version: 2,
    key: 'jongereId',
    description:
      'Een inschrijving eindigde: uitschrijving (met DUO-reden 1–9) of switch naar een andere opleiding. v2: bij een uitschrijving of de student een startkwalificatie had, en de laatste teldatum waarop de jongere nog geen 23 is.',
    payload: inschrijvingBeeindigdPayloadSchema,
  },
  'overstap.signaal.uitschrijving-zonder-startkwalificatie': {
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description:
      'Signaal: een jongere onder 23 zonder startkwalificatie is uitgeschreven. Direct naar de RMC van de woonregio; eenmaal per leerling per schooljaar.',
    payload: uitschrijvingZonderStartkwalificatiePayloadSchema,
  },
  'overstap.deadline.geen-herinschrijving': {
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description:
      'Signaal: na een uitschrijving zonder startkwalificatie verliep de herinschrijvingstermijn zonder nieuwe inschrijving of switch; een traject hoort te openen.',
    payload: geenHerinschrijvingPayloadSchema,
  },
  'overstap.signaal.negatief-bsa': {
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description: 'Signaal: een negatief bindend studieadvies; de leerling gaat naar de RMC.',
    payload: negatiefBsaPayloadSchema,
  },
  'overstap.deadline.niet-ingeschreven-teldatum': {
    producer: 'overstap',
    version: 1,
    key: 'jongereId',
    description:
      'Signaal: een leerling uit het cohort met bestemming mbo stond op de teldatum (1 oktober na het verlaten van het VO) nergens ingeschreven (VSV-risico). Voor de RMC van de woonregio; eenmaal per leerling per schooljaar.',
    payload: nietIngeschrevenTeldatumPayloadSchema,
  },
  'overstap.signaal.vroege-waarschuwing': {
    producer: 'overstap',
    version: 1,
    key: 'aggregateId',
    description:
      'Signaal: op een ingestelde datum vóór 1 april, per VO-vestiging, de leerlingen met bestemming mbo die nog geen aanmelding hebben (dossier-ids). Voor de decaan.',
    payload: vroegeWaarschuwingPayloadSchema,
  },
  // Keyed by `van` (the aggregate id): on the partition of the onderwijsnummer's events, after all of them, so every
  // consumer has applied what it knows under `van` before it merges (ADR 0018).
  'overstap.persoon.gekoppeld': {
    producer: 'overstap',
    version: 1,
    key: 'aggregateId',
    description:
      'Een onderwijsnummer is gekoppeld aan een BSN (DUO-koppeling): alles wat een dienst onder het pseudoniem van het onderwijsnummer (van) bijhoudt, hoort voortaan bij het pseudoniem van het BSN (naar). Alleen de twee pseudoniemen; de context routeert de samengevoegde persoon. Kafka-sleutel: van, zodat de koppeling na alle eerdere events van het onderwijsnummer komt. Eenmaal per nieuwe koppeling.',
    payload: persoonGekoppeldPayloadSchema,
  },
} as const);
