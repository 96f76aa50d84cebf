import { WEKEN_KLASSEN } from '../../doorlooptijden/domain/weken-klasse';
import { Grafiek, grafiek, tellingreeks, afgeleideReeks } from '../../grafieken/domain/grafiek';
import { alsCategorieen, kruistabelGrafiek } from '../../grafieken/domain/kruistabel-grafiek';
import { GepubliceerdeKruistabel } from '../../onthulling/domain/kruistabel';
import { BENADER_UITKOMSTEN } from './benaderrondes';
import { Caseload } from './caseload';
import { PROGRAMMA_KOLOMMEN } from './effectrapportage';
import { SIGNAALBRONNEN, UITKOMSTEN } from './trajectgebeurtenis';

export function uitkomstenGrafiek(tabel: GepubliceerdeKruistabel): Grafiek {
  return kruistabelGrafiek(
    'trajecten.uitkomsten',
    'Uitkomsten van afgesloten trajecten per gemeente',
    'gemeente',
    alsCategorieen(tabel.rijen),
    UITKOMSTEN,
    tabel,
  );
}

export function tijdigheidGrafiek(stap: 'eerste-contact' | 'intake', tabel: GepubliceerdeKruistabel): Grafiek {
  const titel = stap === 'eerste-contact' ? 'Tijd van signaal tot eerste contact' : 'Tijd van signaal of DUO-melding tot intake';
  return kruistabelGrafiek(`trajecten.tijdigheid.${stap}`, titel, 'bron', SIGNAALBRONNEN, WEKEN_KLASSEN, tabel);
}

export function programmaGrafiek(tabel: GepubliceerdeKruistabel): Grafiek {
  return kruistabelGrafiek('trajecten.programmas', 'Resultaten per programma', 'programma', alsCategorieen(tabel.rijen), PROGRAMMA_KOLOMMEN, tabel);
}

export function benaderrondesGrafiek(tabel: GepubliceerdeKruistabel): Grafiek {
  return kruistabelGrafiek(
    'trajecten.benaderrondes',
    'Benaderrondes: aangeschreven, in beeld en overgedragen',
    'ronde',
    alsCategorieen(tabel.rijen),
    BENADER_UITKOMSTEN,
    tabel,
  );
}

/** Caseload per casusregisseur against the norm (inside the organisation only). */
export function caseloadGrafiek(load: Caseload): Grafiek {
  const waarden = load.regels.map((r) => r.perFte);
  return grafiek(
    'trajecten.caseload',
    'Caseload per casusregisseur',
    'casusregisseur',
    load.regels.map((r) => ({ code: r.medewerkerId, label: r.medewerkerId })),
    [
      tellingreeks(
        'open',
        'open trajecten',
        load.regels.map((r) => r.open),
      ),
      afgeleideReeks(
        'per-fte',
        'per fte',
        'per-fte',
        waarden,
        waarden.map(() => false),
      ),
      afgeleideReeks(
        'norm',
        'norm per fte',
        'per-fte',
        load.regels.map(() => load.norm),
        load.regels.map(() => false),
      ),
    ],
    null,
  );
}
