import type { ZiekteverzuimcijfersAntwoord } from '@sluitend/contracts';
import { exporttabel } from '../../../shared/export/exporteer';
import type { Exportrapport } from '../../../shared/export/rapport';

/** The M@ZL figures as a report for CSV, XLSX and PDF: the API's two tables, as published. */
export function ziekteverzuimcijfersExport(antwoord: ZiekteverzuimcijfersAntwoord): Exportrapport {
  return {
    naam: `ziekteverzuim-${antwoord.schooljaar}`,
    titel: `Zorgwekkend ziekteverzuim (M@ZL) ${antwoord.schooljaar}`,
    kenmerken: [
      `Signalen van zorgwekkend ziekteverzuim in schooljaar ${antwoord.schooljaar}: 4 ziekmeldingen in 12 schoolweken of de 7e aaneengesloten schooldag ziek`,
      'Ingetrokken signalen (correctie van de absentie of samengevoegde leerling) staan apart',
    ],
    tabellen: [
      exporttabel('Zorgwekkend ziekteverzuim per school', antwoord.perSchool),
      exporttabel('Zorgwekkend ziekteverzuim per woongemeente', antwoord.perGemeente),
    ],
  };
}
