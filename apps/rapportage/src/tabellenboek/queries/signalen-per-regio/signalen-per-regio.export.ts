import type { SignalenPerRegio } from '@sluitend/contracts';
import { exporttabel } from '../../../shared/export/exporteer';
import type { Exportrapport } from '../../../shared/export/rapport';

/** The signals per RMC-regio as a report for CSV, XLSX and PDF: the API's table, as published. */
export function signalenPerRegioExport(antwoord: SignalenPerRegio): Exportrapport {
  return {
    naam: `signalen-per-regio-${antwoord.schooljaar}`,
    titel: `Signalen per RMC-regio ${antwoord.schooljaar}`,
    kenmerken: [`Signalen van overstap in schooljaar ${antwoord.schooljaar}`, `RMC-regio's: ${antwoord.tabel.rijen.join(', ') || 'geen'}`],
    tabellen: [exporttabel('Signalen per RMC-regio en soort', antwoord.tabel)],
  };
}
