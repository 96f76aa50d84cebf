import { type AanmeldingStatus, isLevendeAanmelding } from '@sluitend/contracts';

/**
 * Which status may follow which (DOMAIN.md "Overstap"). An aanmelding ends in ingeschreven, leidt niet tot
 * inschrijving, ingetrokken or afgewezen; until then, and when it reached ingeschreven, it is "levend"
 * (`isLevendeAanmelding`, the one definition, in the contracts). The legal VVA path is
 * aangemeld → onderwijsovereenkomst aangeboden → ingeschreven; the monitor's intake and toelating steps lie between.
 */
export const AANMELDING_OVERGANGEN: Record<AanmeldingStatus, readonly AanmeldingStatus[]> = {
  ontvangen: ['aangemeld', 'ingetrokken'],
  aangemeld: ['intake-gepland', 'toegelaten', 'afgewezen', 'onderwijsovereenkomst-aangeboden', 'leidt-niet-tot-inschrijving', 'ingetrokken'],
  'intake-gepland': ['intake-gedaan', 'leidt-niet-tot-inschrijving', 'ingetrokken'],
  'intake-gedaan': ['toegelaten', 'afgewezen', 'leidt-niet-tot-inschrijving', 'ingetrokken'],
  toegelaten: ['onderwijsovereenkomst-aangeboden', 'leidt-niet-tot-inschrijving', 'ingetrokken'],
  'onderwijsovereenkomst-aangeboden': ['ingeschreven', 'leidt-niet-tot-inschrijving', 'ingetrokken'],
  ingeschreven: [],
  afgewezen: [],
  'leidt-niet-tot-inschrijving': [],
  ingetrokken: [],
};

export const toegestaneOvergangen = (van: AanmeldingStatus): readonly AanmeldingStatus[] => AANMELDING_OVERGANGEN[van];

export const magOvergaan = (van: AanmeldingStatus, naar: AanmeldingStatus): boolean => AANMELDING_OVERGANGEN[van].includes(naar);

/** An aanmelding that can still lead to an inschrijving (or did). */
export const isLevend = (status: AanmeldingStatus): boolean => isLevendeAanmelding(status);
