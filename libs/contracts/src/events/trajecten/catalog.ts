import { serviceEvents } from '../define-event';
import {
  casusAfgeslotenPayloadSchema,
  casusGeopendPayloadSchema,
  casusHeraanpakNodigPayloadSchema,
  casusOverdrachtBeeindigdPayloadSchema,
  casusOverdrachtGeescaleerdPayloadSchema,
  casusOverdrachtVoorgesteldPayloadSchema,
  casusOvergedragenPayloadSchema,
  casusSamengevoegdPayloadSchema,
  casusSignaalGekoppeldPayloadSchema,
  casusStatusGewijzigdPayloadSchema,
} from './casus.events';
import {
  casusNazorgcontroleNodigPayloadSchema,
  casusNazorgcontroleVastgelegdPayloadSchema,
  programmaDeelnameBeeindigdPayloadSchema,
  programmaDeelnameGestartPayloadSchema,
  benaderrondeAfgeslotenPayloadSchema,
} from './programma.events';

/** The events trajecten produces, on `sluitend.trajecten.events` (merged into EVENT_CATALOG in ../../event-catalog.ts). */
export const TRAJECTEN_EVENTS = serviceEvents('trajecten', {
  'trajecten.casus.geopend': {
    producer: 'trajecten',
    version: 1,
    key: 'jongereId',
    description:
      'Een casus ging open in een RMC-regio, door een signaal (volgens de regeltabel van de regio) of met de hand. Eén open casus per jongere per regio. Geen persoonsgegevens.',
    payload: casusGeopendPayloadSchema,
  },
  'trajecten.casus.signaal-gekoppeld': {
    producer: 'trajecten',
    version: 1,
    key: 'jongereId',
    description:
      'Een signaal over de jongere hoort bij de casus (het signaal dat hem opende, of een later signaal). De alerts van dat signaal worden door de casus behandeld. Eenmaal per signaal.',
    payload: casusSignaalGekoppeldPayloadSchema,
  },
  'trajecten.casus.status-gewijzigd': {
    producer: 'trajecten',
    version: 1,
    key: 'jongereId',
    description: 'Een stap zette de casus in een andere (open) status: contact, screening, netwerkoverleg, traject, nazorg, afgewezen, onbereikbaar.',
    payload: casusStatusGewijzigdPayloadSchema,
  },
  'trajecten.casus.afgesloten': {
    producer: 'trajecten',
    version: 2,
    key: 'jongereId',
    description:
      'De casus is afgesloten met een uitkomst in de categorieën van de effectrapportage (zonder toelichting); v2: bij werk zonder startkwalificatie de inkomensklasse per maand, als die bekend is.',
    payload: casusAfgeslotenPayloadSchema,
  },
  'trajecten.casus.samengevoegd': {
    producer: 'trajecten',
    version: 1,
    key: 'jongereId',
    description:
      'Na een persoonskoppeling (overstap.persoon.gekoppeld) had één jongere twee open casussen in de regio: de later geopende is als dubbel gesloten en opgegaan in de andere (in), met haar signalen en contactpogingen. Geen uitkomst voor de effectrapportage.',
    payload: casusSamengevoegdPayloadSchema,
  },
  'trajecten.casus.heraanpak-nodig': {
    producer: 'trajecten',
    version: 1,
    key: 'jongereId',
    description:
      'Een jongere die afwees of onbereikbaar bleef, moet opnieuw benaderd worden (het n-de ingestelde moment na het begin van de rust, standaard 3 en 6 maanden). Eenmaal per moment.',
    payload: casusHeraanpakNodigPayloadSchema,
  },
  'trajecten.casus.overdracht-voorgesteld': {
    producer: 'trajecten',
    version: 1,
    key: 'jongereId',
    description:
      'De houder van een casus stelt een warme overdracht voor aan een andere organisatie; zonder acceptatie binnen de termijn (werkdagen) volgt trajecten.casus.overdracht-geescaleerd. Alleen codes.',
    payload: casusOverdrachtVoorgesteldPayloadSchema,
  },
  'trajecten.casus.overgedragen': {
    producer: 'trajecten',
    version: 1,
    key: 'jongereId',
    description: 'De ontvanger accepteerde de warme overdracht na een gesprek (telefonisch of persoonlijk) en heeft de casus nu.',
    payload: casusOvergedragenPayloadSchema,
  },
  'trajecten.casus.overdracht-beeindigd': {
    producer: 'trajecten',
    version: 1,
    key: 'jongereId',
    description: 'Een overdracht is geweigerd, ingetrokken of de casus is teruggegeven (zonder de reden als tekst).',
    payload: casusOverdrachtBeeindigdPayloadSchema,
  },
  'trajecten.casus.overdracht-geescaleerd': {
    producer: 'trajecten',
    version: 1,
    key: 'jongereId',
    description:
      'Een voorgestelde overdracht is niet binnen het ingestelde aantal werkdagen geaccepteerd: voor notificaties om bij het RMC van de regio te escaleren. Eenmaal per overdracht.',
    payload: casusOverdrachtGeescaleerdPayloadSchema,
  },
  'trajecten.programma.deelname-gestart': {
    producer: 'trajecten',
    version: 1,
    key: 'jongereId',
    description: 'Een casus doet mee aan een programma van de regio (sollicitatieclub, oriëntatietraining …). Alleen ids en codes.',
    payload: programmaDeelnameGestartPayloadSchema,
  },
  'trajecten.programma.deelname-beeindigd': {
    producer: 'trajecten',
    version: 1,
    key: 'jongereId',
    description:
      'Een deelnemer verliet het programma met een resultaat (opleiding, werk, bbl, voortijdig gestopt …), zonder de toelichting. Eenmaal per deelname.',
    payload: programmaDeelnameBeeindigdPayloadSchema,
  },
  'trajecten.casus.nazorgcontrole-nodig': {
    producer: 'trajecten',
    version: 1,
    key: 'jongereId',
    description:
      'De nazorgcontrole van een casus is aan de beurt (het ingestelde aantal maanden na het begin van de nazorg of na afsluiten met een plek): de casus staat op de lijst van de casusregisseur. Eenmaal per casus.',
    payload: casusNazorgcontroleNodigPayloadSchema,
  },
  'trajecten.casus.nazorgcontrole-vastgelegd': {
    producer: 'trajecten',
    version: 1,
    key: 'jongereId',
    description: 'Het resultaat van de nazorgcontrole: plek behouden, uitgevallen of niet bereikt (zonder toelichting).',
    payload: casusNazorgcontroleVastgelegdPayloadSchema,
  },
  'trajecten.benaderronde.afgesloten': {
    producer: 'trajecten',
    version: 1,
    key: 'aggregateId',
    description:
      "Een benaderronde van de regio (bijvoorbeeld de oud-VSV'ers van een DUO-lijst) is afgesloten, met de totalen: aangeschreven, zelf gereageerd, telefonisch of anders bereikt, niet bereikt, in beeld en per organisatie overgedragen. Geen ids van jongeren of casussen.",
    payload: benaderrondeAfgeslotenPayloadSchema,
  },
} as const);
