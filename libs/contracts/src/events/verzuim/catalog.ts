import { serviceEvents } from '../define-event';
import { meldingGeregistreerdPayloadSchema, meldingIngetrokkenPayloadSchema, meldingStatusGewijzigdPayloadSchema } from './melding.events';
import { verlofAangevraagdPayloadSchema, verlofBeslotenPayloadSchema } from './verlof.events';
import { ziekteverzuimIngetrokkenPayloadSchema, ziekteverzuimZorgwekkendPayloadSchema } from './ziekteverzuim.events';

/** The events verzuim produces, on `sluitend.verzuim.events` (merged into EVENT_CATALOG in ../../event-catalog.ts). */
export const VERZUIM_EVENTS = serviceEvents('verzuim', {
  'verzuim.melding.voor-leerplicht': {
    producer: 'verzuim',
    version: 1,
    key: 'jongereId',
    description:
      'Signaal: een verzuimmelding (16 uur in 4 weken, langdurig relatief, luxe of overig) voor de leerplichtambtenaar van de woongemeente (leerplicht of kwalificatieplicht, onder 18). Alleen pseudoniem, codes, soort en data.',
    payload: meldingGeregistreerdPayloadSchema,
  },
  'verzuim.melding.voor-rmc': {
    producer: 'verzuim',
    version: 1,
    key: 'jongereId',
    description:
      'Signaal: een verzuimmelding (RMC-verzuim, of 16 uur in 4 weken bij regionale afspraak) voor de RMC van de woonregio (18 tot 23 zonder startkwalificatie). Alleen pseudoniem, codes, soort en data.',
    payload: meldingGeregistreerdPayloadSchema,
  },
  'verzuim.melding.ingetrokken': {
    producer: 'verzuim',
    version: 1,
    key: 'jongereId',
    description:
      'Een verzuimmelding die na een correctie van de absentie niet meer verschuldigd is, is ingetrokken (zolang niemand haar behandelde), of een melding die na het samenvoegen van twee pseudoniemen van één leerling dubbel stond (reden samengevoegd).',
    payload: meldingIngetrokkenPayloadSchema,
  },
  'verzuim.melding.status-gewijzigd': {
    producer: 'verzuim',
    version: 1,
    key: 'jongereId',
    description:
      'Een stap in de levensloop zette de verzuimmelding in een andere DUO-status: in behandeling, afgesloten (met de DUO-sluitreden), ter kennisgeving aangenomen, of ingetrokken door de school. Met de MAS-fase en -route op dat moment. Alleen pseudoniem en codes; geen toelichting, geen behandelaar.',
    payload: meldingStatusGewijzigdPayloadSchema,
  },
  'verzuim.ziekteverzuim.zorgwekkend': {
    producer: 'verzuim',
    version: 1,
    key: 'jongereId',
    description:
      'Signaal: zorgwekkend ziekteverzuim (M@ZL: de 4e ziekmelding binnen 12 schoolweken of de 7e aaneengesloten schooldag ziek) voor de zorgrol van de school en de jeugdarts (GGD) van de woongemeente. Geen verzuimmelding. Alleen pseudoniem, codes, grond en data.',
    payload: ziekteverzuimZorgwekkendPayloadSchema,
  },
  'verzuim.ziekteverzuim.ingetrokken': {
    producer: 'verzuim',
    version: 1,
    key: 'jongereId',
    description:
      'Een M@ZL-signaal dat na een correctie van de absentie niet meer geldt, of dat na het samenvoegen van twee pseudoniemen van één leerling dubbel stond (reden samengevoegd), is ingetrokken.',
    payload: ziekteverzuimIngetrokkenPayloadSchema,
  },
  'verzuim.verlof.aangevraagd': {
    producer: 'verzuim',
    version: 1,
    key: 'jongereId',
    description:
      'Signaal: een verlofaanvraag van meer dan 10 schooldagen per schooljaar (gewichtige omstandigheden, Leerplichtwet art. 14) waarover de leerplichtambtenaar van de woongemeente beslist. Alleen pseudoniem, codes (soort, reden), periode en aantal lesdagen; geen namen of toelichting.',
    payload: verlofAangevraagdPayloadSchema,
  },
  'verzuim.verlof.besloten': {
    producer: 'verzuim',
    version: 1,
    key: 'jongereId',
    description:
      'De leerplichtambtenaar heeft over een verlofaanvraag van meer dan 10 schooldagen beslist (verleend of geweigerd); sluit het signaal van verzuim.verlof.aangevraagd af.',
    payload: verlofBeslotenPayloadSchema,
  },
} as const);
