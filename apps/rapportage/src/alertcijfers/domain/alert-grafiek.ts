import { Grafiek } from '../../grafieken/domain/grafiek';
import { alsCategorieen, kruistabelGrafiek } from '../../grafieken/domain/kruistabel-grafiek';
import { GepubliceerdeKruistabel } from '../../onthulling/domain/kruistabel';
import { ALERT_STANDEN, REACTIETIJD_KLASSEN } from './alertcijfers';

export function alertStandGrafiek(dimensie: 'organisatie' | 'signaaltype', tabel: GepubliceerdeKruistabel): Grafiek {
  return kruistabelGrafiek(
    `alerts.stand.${dimensie}`,
    'Alerts: open, opgepakt, afgehandeld en geëscaleerd',
    dimensie,
    alsCategorieen(tabel.rijen),
    ALERT_STANDEN,
    tabel,
  );
}

export function reactietijdGrafiek(
  stap: 'opgepakt' | 'afgehandeld',
  dimensie: 'organisatie' | 'signaaltype',
  tabel: GepubliceerdeKruistabel,
): Grafiek {
  const titel = stap === 'opgepakt' ? 'Tijd tot oppakken' : 'Tijd tot afhandelen';
  return kruistabelGrafiek(`alerts.${stap}.${dimensie}`, titel, dimensie, alsCategorieen(tabel.rijen), REACTIETIJD_KLASSEN, tabel);
}
