import { DomainIssue } from '@sluitend/domain-nl';
import { maandenLater } from '../../shared/maanden-later';
import { nazorgInstellingenOngeldig } from './uitkomsten.errors';

/**
 * When a case enters nazorg (the young person has a place), the casusregisseur checks after a period whether the
 * place holds ("vinger aan de pols", seed 003; the effectrapportage asks for the nazorg period). The period is a
 * regional choice: 3 months by default (our choice — no seed names a number), 1 to 12.
 */
export interface NazorgInstellingen {
  readonly nazorgMaanden: number;
}

export const STANDAARD_NAZORG: NazorgInstellingen = { nazorgMaanden: 3 };

export function controleerNazorgInstellingen(instellingen: NazorgInstellingen): NazorgInstellingen {
  const { nazorgMaanden } = instellingen;
  if (!Number.isInteger(nazorgMaanden) || nazorgMaanden < 1 || nazorgMaanden > 12) {
    const issue: DomainIssue = { field: 'nazorgMaanden', rule: 'nazorg.1-12-maanden', message: 'de nazorgtermijn is 1 tot en met 12 maanden' };
    throw nazorgInstellingenOngeldig([issue]);
  }
  return instellingen;
}

/** The moment the nazorg check of a case that entered nazorg at `nazorgVanaf` falls due (Amsterdam wall clock). */
export function nazorgControleMoment(nazorgVanaf: Date, instellingen: NazorgInstellingen = STANDAARD_NAZORG): Date {
  return maandenLater(nazorgVanaf, controleerNazorgInstellingen(instellingen).nazorgMaanden);
}
