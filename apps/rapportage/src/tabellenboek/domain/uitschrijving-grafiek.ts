import { Grafiek, afgeleideReeks, grafiek } from '../../grafieken/domain/grafiek';
import { GepubliceerdeKruistabel } from '../../onthulling/domain/kruistabel';
import { percentage } from '../../onthulling/domain/verhouding';
import { KOLOM_SWITCH, Opleiding, UITVAL_REDENEN } from './uitschrijving-switch';

const UITVAL = UITVAL_REDENEN.map((reden) => reden - 1);
const SWITCH = KOLOM_SWITCH;

/** A sum of published cells: hidden when any of them is. */
function som(rij: readonly (number | null)[], kolommen: readonly number[]): number | null {
  let totaal = 0;
  for (const k of kolommen) {
    const waarde = rij[k];
    if (waarde === null) return null;
    totaal += waarde;
  }
  return totaal;
}

/**
 * Uitval and switch per programme of one institution as a percentage of its cohort, beside the region's percentage
 * (the other institutions) for the programme's level. Both from published tables: a hidden count hides its rate.
 */
export function uitstroomBenchmarkGrafiek(
  opleidingen: readonly Opleiding[],
  instelling: GepubliceerdeKruistabel,
  regio: GepubliceerdeKruistabel,
): Grafiek {
  const reeks = (code: string, naam: string, tabel: GepubliceerdeKruistabel, rijVan: (r: number) => number, kolommen: readonly number[]) => {
    const waarden = instelling.rijen.map((_, r) => {
      const i = rijVan(r);
      return percentage(som(tabel.cellen[i], kolommen), tabel.rijtotalen[i]);
    });
    return afgeleideReeks(
      code,
      naam,
      'percentage',
      waarden,
      waarden.map((w, r) => w === null && tabel.rijtotalen[rijVan(r)] !== 0),
    );
  };
  const eigen = (r: number) => r;
  const regioRij = (r: number) => opleidingen[r].niveau - 1;
  return grafiek(
    'uitstroom.benchmark',
    'Uitval en switch per opleiding, met de regio',
    'opleiding',
    opleidingen.map((o, r) => ({ code: `${o.crebo}-${o.niveau}`, label: instelling.rijen[r] })),
    [
      reeks('uitval', '% uitgevallen (zonder reden 8)', instelling, eigen, UITVAL),
      reeks('switch', '% geswitcht', instelling, eigen, [SWITCH]),
      reeks('regio-uitval', '% uitgevallen, regio (zelfde niveau)', regio, regioRij, UITVAL),
      reeks('regio-switch', '% geswitcht, regio (zelfde niveau)', regio, regioRij, [SWITCH]),
    ],
    instelling.drempel,
  );
}
