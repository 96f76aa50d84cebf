import type { JikpFactsheetAntwoord } from '@sluitend/contracts';
import { exporttabel } from '../../../shared/export/exporteer';
import { VOORLOPIG, type Exportrapport } from '../../../shared/export/rapport';

/** The JiKP factsheet as a report for CSV, XLSX and PDF: its three tables as the API serves them, and the comparison. */
export function jikpFactsheetExport(antwoord: JikpFactsheetAntwoord): Exportrapport {
  const { vergelijking } = antwoord;
  const totaal = vergelijking.reeksen.find((r) => r.code === 'totaal');
  return {
    naam: `jikp-factsheet-${antwoord.peildatum}`,
    titel: `Jongeren in een kwetsbare positie — factsheet ${antwoord.peildatum}`,
    kenmerken: [
      ...(antwoord.voorlopig ? [VOORLOPIG] : []),
      `Doelgroep: ${antwoord.band.vanaf} tot ${antwoord.band.tot} jaar op ${antwoord.peildatum}, uit pro, vso, vmbo-bb of entree, zonder startkwalificatie`,
      `Gemeenten: ${antwoord.gemeenten.map((g) => g.naam).join(', ')}`,
      `Leeftijd onbekend (niet in de tabellen): ${antwoord.leeftijdOnbekend ?? '–'}`,
      `Totaal per peildatum: ${vergelijking.as.labels.map((label, i) => `${label} ${totaal?.waarden[i] ?? '–'}`).join('; ')}`,
    ],
    tabellen: [
      exporttabel('Achtergrond en participatie', antwoord.achtergrondEnParticipatie),
      exporttabel('Leeftijd en achtergrond', antwoord.leeftijdEnAchtergrond),
      exporttabel('Woongemeente en achtergrond', antwoord.gemeenteEnAchtergrond),
    ],
  };
}
