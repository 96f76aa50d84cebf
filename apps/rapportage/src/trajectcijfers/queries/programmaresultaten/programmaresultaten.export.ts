import type { ProgrammaresultatenAntwoord } from '@sluitend/contracts';
import { exporttabel } from '../../../shared/export/exporteer';
import type { Exportrapport } from '../../../shared/export/rapport';

/** The programme results as a report for CSV, XLSX and PDF: the API's two tables as published. */
export function programmaresultatenExport(antwoord: ProgrammaresultatenAntwoord): Exportrapport {
  return {
    naam: `programmas-${antwoord.schooljaar}`,
    titel: `Programmaresultaten ${antwoord.schooljaar}`,
    kenmerken: [
      `Deelnames aan programma's van de regio, gestart of beëindigd in schooljaar ${antwoord.schooljaar} (1 augustus – 31 juli)`,
      'Rijen: RMC-regio · begin van het id van het programma',
    ],
    tabellen: [
      exporttabel('Deelnames gestart, naar resultaat', antwoord.gestart),
      exporttabel('Deelnames beëindigd, naar resultaat', antwoord.beeindigd),
    ],
  };
}
