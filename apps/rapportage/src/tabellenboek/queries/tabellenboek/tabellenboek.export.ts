import type { TabellenboekAntwoord } from '@sluitend/contracts';
import { exporttabel } from '../../../shared/export/exporteer';
import type { Exportrapport } from '../../../shared/export/rapport';

/** The tabellenboek as a report for XLSX and PDF: its two tables and the signals (one column), as published. */
export function tabellenboekExport(boek: TabellenboekAntwoord): Exportrapport {
  const s = boek.signalen;
  return {
    naam: `tabellenboek-${boek.brin}-${boek.schooljaar}`,
    titel: `Tabellenboek ${boek.brin}${boek.vestiging ? ` vestiging ${boek.vestiging}` : ''} ${boek.schooljaar}`,
    kenmerken: [`Schooljaar ${boek.schooljaar}`, boek.rmcRegio ? `Inwoners van RMC-regio ${boek.rmcRegio}` : 'Alle leerlingen van de school'],
    tabellen: [
      exporttabel('Keuze op 1 april × aanmelding', boek.keuze1AprilEnAanmelding),
      exporttabel('Keuze einde schooljaar × bestemming 1 oktober', boek.keuzeEnWerkelijk),
      exporttabel('Signalen per soort', {
        rijen: s.categorieen,
        kolommen: ['aantal'],
        cellen: s.waarden.map((w) => [w]),
        rijtotalen: s.waarden,
        kolomtotalen: [s.totaal],
        totaal: s.totaal,
        drempel: s.drempel,
      }),
    ],
  };
}
