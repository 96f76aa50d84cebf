import type { VerzuimcijfersAntwoord } from '@sluitend/contracts';
import { exporttabel } from '../../../shared/export/exporteer';
import type { Exportrapport } from '../../../shared/export/rapport';

/** The verzuim figures as a report for CSV, XLSX and PDF: the API's three tables, as published. */
export function verzuimcijfersExport(antwoord: VerzuimcijfersAntwoord): Exportrapport {
  return {
    naam: `verzuim-${antwoord.schooljaar}`,
    titel: `Verzuimmeldingen ${antwoord.schooljaar}`,
    kenmerken: [`Meldingen met een startdatum in schooljaar ${antwoord.schooljaar}`],
    tabellen: [
      exporttabel('Meldingen per soort en status', antwoord.perSoortEnStatus),
      exporttabel('Meldingen per woongemeente', antwoord.perGemeente),
      exporttabel('Meldingen per school', antwoord.perSchool),
    ],
  };
}
