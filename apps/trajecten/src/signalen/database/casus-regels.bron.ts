import { Injectable } from '@nestjs/common';
import { Runner } from '@sluitend/persistence';
import { RegioCasusRegels, STANDAARD_CASUS_REGELS, stelCasusRegelsVast } from '../domain/casus-regels';
import { casusRegelsOverzicht, CasusRegelsOverzicht } from '../domain/casus-regels-overzicht';
import { SignalenRepository } from './signalen.repository';

/** A region's complete rule table from its stored lines (the defaults where it has none). */
@Injectable()
export class CasusRegelsBron {
  constructor(private readonly signalen: SignalenRepository) {}

  async perRegio(runner: Runner, regios: readonly string[]): Promise<Map<string, RegioCasusRegels>> {
    const afwijkingen = await this.signalen.afwijkingen(runner, regios);
    return new Map([...afwijkingen].map(([regio, regels]) => [regio, regels.length === 0 ? STANDAARD_CASUS_REGELS : stelCasusRegelsVast(regels)]));
  }

  async overzicht(runner: Runner, rmcRegio: string): Promise<CasusRegelsOverzicht> {
    const afwijkingen = (await this.signalen.afwijkingen(runner, [rmcRegio])).get(rmcRegio) ?? [];
    return casusRegelsOverzicht(rmcRegio, afwijkingen.length === 0 ? STANDAARD_CASUS_REGELS : stelCasusRegelsVast(afwijkingen), afwijkingen);
  }
}
