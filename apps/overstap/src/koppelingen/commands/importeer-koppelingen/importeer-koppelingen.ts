import { Injectable } from '@nestjs/common';
import type { Claims } from '@sluitend/auth';
import type { KoppelingImportResultaat } from '@sluitend/contracts';
import { assertMagKoppelen, KoppelPersoon } from '../koppel-persoon/koppel-persoon';
import { leesKoppelBestand, MAX_KOPPEL_RIJEN } from '../../domain/koppeling-csv';
import { KoppelingFout } from '../../domain/koppelingen.errors';

export type ImporteerKoppelingenCommand = { input: { tekst: string }; actor: Claims; correlationId: string };

/**
 * Use case: a CSV file in DUO's koppeling layout (`BSN;ONDERWIJSNUMMER`). Every line is checked first; a file with
 * any bad line (400, each issue with its line and column), more than MAX_KOPPEL_RIJEN rows (413) or an onderwijsnummer
 * linked to another BSN (409, per line) stores nothing. Otherwise KoppelPersoon links all lines in one transaction.
 */
@Injectable()
export class ImporteerKoppelingen {
  constructor(private readonly koppelPersoon: KoppelPersoon) {}

  async execute({ input, actor, correlationId }: ImporteerKoppelingenCommand): Promise<KoppelingImportResultaat> {
    assertMagKoppelen(actor);
    const bestand = leesKoppelBestand(input.tekst);
    if (bestand.aantalRijen > MAX_KOPPEL_RIJEN) throw KoppelingFout.teVeelRijen(bestand.aantalRijen, MAX_KOPPEL_RIJEN);
    if (bestand.issues.length > 0) throw KoppelingFout.ongeldigBestand(bestand.issues);
    if (bestand.rijen.length === 0) {
      throw KoppelingFout.ongeldigBestand([
        { row: 2, field: 'BSN', rule: 'rijen-verplicht', message: 'het bestand heeft geen rijen onder de kopregel' },
      ]);
    }
    const resultaten = await this.koppelPersoon.execute({ input: { regels: bestand.rijen }, actor, correlationId });
    const nieuw = resultaten.filter((r) => r.nieuw).length;
    return { rijen: bestand.aantalRijen, nieuw, alBekend: bestand.aantalRijen - nieuw };
  }
}
