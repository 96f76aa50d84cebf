import { serviceEvents } from '../define-event';
import { meldingGeregistreerdPayloadSchema, meldingIngetrokkenPayloadSchema } from './melding.events';

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
      'Een verzuimmelding die na een correctie van de absentie niet meer verschuldigd is, is ingetrokken (zolang niemand haar behandelde).',
    payload: meldingIngetrokkenPayloadSchema,
  },
} as const);
