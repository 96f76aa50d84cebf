import { Grafiek, afgeleideReeks, grafiek, tellingreeks } from '../../grafieken/domain/grafiek';
import { onderdrukKruistabel } from '../../onthulling/domain/onderdruk-kruistabel';
import { ongefilterd } from '../../onthulling/domain/kruistabel';
import { OnthullingsBeleid } from '../../onthulling/domain/onthullingsbeleid';
import { percentage } from '../../onthulling/domain/verhouding';
import { GepubliceerdeVsvTabel, VsvTabel } from './vsv-cijfers';

/** The VSV table as it may leave the organisation (beleid given) or as shown inside it (null). */
export function publiceerVsv(tabel: VsvTabel, beleid: OnthullingsBeleid | null): GepubliceerdeVsvTabel {
  return {
    selectie: tabel.selectie,
    codes: tabel.codes,
    tabel: beleid === null ? ongefilterd(tabel.tabel) : onderdrukKruistabel(tabel.tabel, beleid),
  };
}

/**
 * VSV per row and in total: voortijdig schoolverlaters, deelnemers and the VSV percentage (two decimals, as the rates
 * are small). The last category is the total of the selection.
 */
export function vsvGrafiek(vsv: GepubliceerdeVsvTabel): Grafiek {
  const { tabel } = vsv;
  const vsvers = [...tabel.cellen.map((rij) => rij[0]), tabel.kolomtotalen[0]];
  const deelnemers = [...tabel.rijtotalen, tabel.totaal];
  const pct = vsvers.map((v, i) => percentage(v, deelnemers[i], 2));
  return grafiek(
    `vsv.${vsv.selectie.dimensie}`,
    `Voortijdig schoolverlaters ${vsv.selectie.schooljaar}`,
    vsv.selectie.dimensie,
    [...vsv.codes.map((code, i) => ({ code, label: tabel.rijen[i] })), { code: 'totaal', label: 'totaal' }],
    [
      tellingreeks('vsv', 'voortijdig schoolverlaters', vsvers),
      tellingreeks('deelnemers', 'deelnemers', deelnemers),
      afgeleideReeks(
        'vsv-percentage',
        'vsv-percentage',
        'percentage',
        pct,
        pct.map((p, i) => p === null && deelnemers[i] !== 0),
      ),
    ],
    tabel.drempel,
  );
}
