import type { UitschrijvingenAntwoord } from '@sluitend/contracts';
import { exporttabel } from '../../../shared/export/exporteer';
import type { Exportrapport } from '../../../shared/export/rapport';

const PER: Readonly<Record<UitschrijvingenAntwoord['dimensie'], string>> = { instelling: 'mbo-instelling', opleiding: 'opleiding' };
const KEUZE: Readonly<Record<NonNullable<UitschrijvingenAntwoord['regio']>['keuze'], string>> = {
  gevraagd: 'gekozen',
  'eigen-regio': 'de eigen regio',
  'meeste-studenten': 'de woonregio van de meeste studenten',
};

const pct = (w: number | null | undefined) => (w === null || w === undefined ? '–' : `${String(w).replace('.', ',')}%`);

/**
 * The uitschrijving & switch figures as a report for CSV, XLSX and PDF: the API's table as published (rows: the
 * dimension; columns: DUO reasons 1–9, switch, not ended; row totals: the inschrijvingen in the year), the region's row
 * as a second table, and the chart's rates per category as lines under the title.
 */
export function uitschrijvingscijfersExport(antwoord: UitschrijvingenAntwoord): Exportrapport {
  const reeks = (code: string) => antwoord.grafiek.reeksen.find((r) => r.code === code)?.waarden ?? [];
  const [uit, val, sw] = ['uitschrijving-percentage', 'uitval-percentage', 'switch-percentage'].map(reeks);
  const { regio } = antwoord;
  return {
    naam: `uitschrijvingen-${antwoord.dimensie}-${antwoord.schooljaar}`,
    titel: `Uitschrijving en switch ${antwoord.schooljaar} per ${PER[antwoord.dimensie]}`,
    kenmerken: [
      `Inschrijvingen die liepen in het schooljaar (begonnen op of voor ${antwoord.periode.laatsteDag}, niet geëindigd voor ${antwoord.periode.eersteDag}); uitschrijving met DUO-reden of switch binnen het schooljaar`,
      regio === null
        ? 'Geen vergelijkingsregio'
        : `Vergelijking: alle mbo-inschrijvingen van de jongeren die wonen in RMC-regio ${regio.naam} (${regio.code}, ${KEUZE[regio.keuze]}), bij alle instellingen`,
      'Percentages van de inschrijvingen: uitgeschreven / uitgevallen (zonder reden 8) / geswitcht',
      ...antwoord.grafiek.as.labels.map((label, i) => `${label}: ${pct(uit[i])} / ${pct(val[i])} / ${pct(sw[i])}`),
    ],
    tabellen: [
      exporttabel(`Uitschrijving en switch per ${PER[antwoord.dimensie]}`, antwoord.tabel),
      ...(regio === null ? [] : [exporttabel(`Regio ${regio.naam}`, regio.tabel)]),
    ],
  };
}
