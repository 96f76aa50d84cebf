import type { AlertcijfersAntwoord } from '@sluitend/contracts';
import { exporttabel } from '../../../shared/export/exporteer';
import type { Exportrapport } from '../../../shared/export/rapport';

/** The alert figures as a report for CSV, XLSX and PDF: the API's three tables, as published. */
export function alertcijfersExport(antwoord: AlertcijfersAntwoord): Exportrapport {
  const per = antwoord.dimensie === 'organisatie' ? 'per organisatie' : 'per soort signaal';
  return {
    naam: `alerts-${antwoord.schooljaar}`,
    titel: `Alerts ${antwoord.schooljaar}`,
    kenmerken: [`Alerts aangemaakt in schooljaar ${antwoord.schooljaar}, ${per}`],
    tabellen: [
      exporttabel(`Stand van de alerts ${per}`, antwoord.stand),
      exporttabel('Tijd tot oppakken', antwoord.opgepakt),
      exporttabel('Tijd tot afhandelen', antwoord.afgehandeld),
    ],
  };
}
