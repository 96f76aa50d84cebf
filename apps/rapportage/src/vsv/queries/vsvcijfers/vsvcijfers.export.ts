import type { VsvAntwoord } from '@sluitend/contracts';
import { exporttabel } from '../../../shared/export/exporteer';
import { VOORLOPIG, type Exportrapport } from '../../../shared/export/rapport';

const DIMENSIE_NAMEN: Readonly<Record<VsvAntwoord['dimensie'], string>> = {
  'rmc-regio': 'RMC-regio',
  gemeente: 'woongemeente',
  school: 'school (BRIN)',
  niveau: 'niveau',
};

/**
 * The VSV figures as a report for CSV, XLSX and PDF: the API's table as published (rows: the dimension; columns: vsv /
 * geen vsv; row totals: the deelnemers), and the VSV percentage per row as a second table of the chart's series.
 */
export function vsvcijfersExport(antwoord: VsvAntwoord): Exportrapport {
  const pct = antwoord.grafiek.reeksen.find((r) => r.code === 'vsv-percentage');
  const percentages = pct === undefined ? [] : pct.waarden;
  return {
    naam: `vsv-${antwoord.dimensie}-${antwoord.schooljaar}`,
    titel: `Voortijdig schoolverlaters ${antwoord.schooljaar} per ${DIMENSIE_NAMEN[antwoord.dimensie]}`,
    kenmerken: [
      ...(antwoord.voorlopig ? [VOORLOPIG] : []),
      `Deelnemers: ingeschreven op ${antwoord.teldatum} en jonger dan 23 op ${antwoord.volgendeTeldatum}`,
      `Voortijdig schoolverlater: op ${antwoord.volgendeTeldatum} nergens ingeschreven en geen startkwalificatie`,
      `VSV-percentage: ${antwoord.grafiek.as.labels.map((label, i) => `${label} ${percentages[i] === null || percentages[i] === undefined ? '–' : `${percentages[i]}%`}`).join('; ')}`,
    ],
    tabellen: [exporttabel(`VSV per ${DIMENSIE_NAMEN[antwoord.dimensie]}`, antwoord.tabel)],
  };
}
