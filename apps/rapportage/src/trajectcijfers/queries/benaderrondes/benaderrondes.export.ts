import type { BenaderrondecijfersAntwoord } from '@sluitend/contracts';
import { exporttabel } from '../../../shared/export/exporteer';
import type { Exportrapport } from '../../../shared/export/rapport';

/** The outreach rounds as a report for CSV, XLSX and PDF: the API's two tables as published, and the rounds per row. */
export function benaderrondesExport(antwoord: BenaderrondecijfersAntwoord): Exportrapport {
  const per = antwoord.dimensie === 'ronde' ? 'benaderronde' : 'RMC-regio';
  return {
    naam: `benaderrondes-${antwoord.dimensie}-${antwoord.schooljaar}`,
    titel: `Benaderrondes ${antwoord.schooljaar} per ${per}`,
    kenmerken: [
      `Benaderrondes afgesloten in schooljaar ${antwoord.schooljaar} (1 augustus – 31 juli)`,
      `Rondes: ${antwoord.reacties.rijen.map((rij, i) => `${rij} ${antwoord.rondes[i]}`).join('; ') || 'geen'}`,
    ],
    tabellen: [exporttabel(`Reactie per ${per}`, antwoord.reacties), exporttabel(`In beeld en overgedragen per ${per}`, antwoord.overdracht)],
  };
}
