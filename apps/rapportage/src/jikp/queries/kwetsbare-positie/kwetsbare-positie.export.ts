import type { KwetsbarePositieAntwoord } from '@sluitend/contracts';
import { exporttabel } from '../../../shared/export/exporteer';
import { VOORLOPIG, type Exportrapport } from '../../../shared/export/rapport';

/** The kwetsbare-positie table as a report for CSV, XLSX and PDF, as the API serves it. */
export function kwetsbarePositieExport(antwoord: KwetsbarePositieAntwoord): Exportrapport {
  return {
    naam: `kwetsbare-positie-${antwoord.schooljaar}`,
    titel: `Jongeren in een kwetsbare positie ${antwoord.schooljaar}`,
    kenmerken: [
      ...(antwoord.voorlopig ? [VOORLOPIG] : []),
      `${antwoord.band.vanaf} tot ${antwoord.band.tot} jaar en zonder startkwalificatie op ${antwoord.peildatum}; elke jongere in de eerste categorie die past`,
      `Gemeenten: ${antwoord.gemeenten.map((g) => g.naam).join(', ')}`,
    ],
    tabellen: [exporttabel('Jongeren in een kwetsbare positie per gemeente', antwoord.tabel)],
  };
}
