import { Grafiek } from '../../grafieken/domain/grafiek';
import { alsCategorieen, kruistabelGrafiek } from '../../grafieken/domain/kruistabel-grafiek';
import { GepubliceerdeKruistabel } from '../../onthulling/domain/kruistabel';
import { BEHANDELTIJD_KLASSEN } from './verzuimcijfers';
import { MELDINGSTATUSSEN, VERZUIMSOORTEN, ZIEKTEVERZUIM_GRONDEN } from './verzuimgebeurtenis';

export function meldingenGrafiek(tabel: GepubliceerdeKruistabel): Grafiek {
  return kruistabelGrafiek('verzuim.meldingen', 'Verzuimmeldingen per soort en status', 'soort', VERZUIMSOORTEN, MELDINGSTATUSSEN, tabel);
}

export function meldingenPerGrafiek(dimensie: 'school' | 'gemeente', tabel: GepubliceerdeKruistabel): Grafiek {
  return kruistabelGrafiek(
    `verzuim.meldingen.${dimensie}`,
    `Verzuimmeldingen per ${dimensie}`,
    dimensie,
    alsCategorieen(tabel.rijen),
    VERZUIMSOORTEN,
    tabel,
  );
}

export function ziekteverzuimGrafiek(tabel: GepubliceerdeKruistabel): Grafiek {
  return kruistabelGrafiek(
    'verzuim.mazl',
    'Zorgwekkend ziekteverzuim (M@ZL) per school',
    'school',
    alsCategorieen(tabel.rijen),
    ZIEKTEVERZUIM_GRONDEN,
    tabel,
  );
}

export function behandeltijdGrafiek(tabel: GepubliceerdeKruistabel): Grafiek {
  return kruistabelGrafiek('verzuim.behandeltijd', 'Tijd tot behandeling per soort', 'soort', VERZUIMSOORTEN, BEHANDELTIJD_KLASSEN, tabel);
}
