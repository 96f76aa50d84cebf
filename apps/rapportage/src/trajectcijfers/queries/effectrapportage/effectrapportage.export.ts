import type { EffectrapportageAntwoord } from '@sluitend/contracts';
import { exporttabel } from '../../../shared/export/exporteer';
import type { Exportrapport } from '../../../shared/export/rapport';

/** The effectrapportage as a report for CSV, XLSX and PDF: the API's three tables, as published. */
export function effectrapportageExport(antwoord: EffectrapportageAntwoord): Exportrapport {
  return {
    naam: `effectrapportage-${antwoord.schooljaar}`,
    titel: `Effectrapportage ${antwoord.schooljaar}`,
    kenmerken: [
      `Casussen afgesloten in schooljaar ${antwoord.schooljaar} (1 augustus – 31 juli)`,
      `RMC-regio's: ${antwoord.uitkomsten.rijen.join(', ') || 'geen'}`,
    ],
    tabellen: [
      exporttabel('Uitkomsten per RMC-regio', antwoord.uitkomsten),
      exporttabel('Tijd tot eerste contact', antwoord.eersteContact),
      exporttabel('Tijd tot intake', antwoord.intake),
    ],
  };
}
