import type { VerzuimcijfersAntwoord } from '@sluitend/contracts';
import { exporttabel } from '../../../shared/export/exporteer';
import type { Exportrapport } from '../../../shared/export/rapport';

const dagen = (mediaan: number | null): string => (mediaan === null ? '–' : `${mediaan} dagen`);

/** The verzuim figures as a report for CSV, XLSX and PDF: the API's tables and medians, as published. */
export function verzuimcijfersExport(antwoord: VerzuimcijfersAntwoord): Exportrapport {
  return {
    naam: `verzuim-${antwoord.schooljaar}`,
    titel: `Verzuimmeldingen ${antwoord.schooljaar}`,
    kenmerken: [
      `Meldingen met een startdatum in schooljaar ${antwoord.schooljaar}`,
      'Tijd tot behandeling in kalenderdagen vanaf de registratie (de dag zelf is dag 0)',
      ...antwoord.mediaanDagen.map(
        (m) => `Mediaan ${m.soort}: tot in behandeling ${dagen(m.totInBehandeling.mediaan)}, tot afgesloten ${dagen(m.totAfgesloten.mediaan)}`,
      ),
    ],
    tabellen: [
      exporttabel('Meldingen per soort en status', antwoord.perSoortEnStatus),
      exporttabel('Meldingen per woongemeente', antwoord.perGemeente),
      exporttabel('Meldingen per school', antwoord.perSchool),
      ...(antwoord.perGemeenteEnStatus ? [exporttabel('Meldingen per woongemeente en status', antwoord.perGemeenteEnStatus)] : []),
      ...(antwoord.perSchoolEnStatus ? [exporttabel('Meldingen per school en status', antwoord.perSchoolEnStatus)] : []),
      exporttabel('Tijd tot in behandeling per soort', antwoord.totInBehandeling),
      exporttabel('Tijd tot afgesloten per soort', antwoord.totAfgesloten),
    ],
  };
}
