import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CaseloadOverzichtView } from '@sluitend/contracts';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { Command } from '../../../shared/command';
import { eisRegioBeheer } from '../../../toegang/domain/casus-toegang';
import { CaseloadRepository } from '../../database/caseload.repository';
import { caseloadOverzicht } from '../../domain/caseload';
import { stelCaseloadNormenVast } from '../../domain/caseload-norm';
import { tellingUitAantallen } from '../../domain/caseload-telling';

export type LeesCaseloadCommand = Command<{ rmcRegio: string }>;

/**
 * Use case: the coordinator's overview — the region's open cases per casusregisseur against norm × fte (fullest
 * first), the totals, the cases without a regisseur and regisseurs not on the team.
 */
@Injectable()
export class LeesCaseload {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caseload: CaseloadRepository,
    private readonly casussen: CasussenRepository,
  ) {}

  async execute({ input, actor }: LeesCaseloadCommand): Promise<CaseloadOverzichtView> {
    eisRegioBeheer(actor, input.rmcRegio);
    const [team, opgeslagen, aantallen] = await Promise.all([
      this.caseload.team(this.dataSource, input.rmcRegio),
      this.caseload.normen(this.dataSource, input.rmcRegio),
      this.casussen.openPerRegisseur(this.dataSource, input.rmcRegio),
    ]);
    const normen = stelCaseloadNormenVast(opgeslagen);
    const overzicht = caseloadOverzicht(team, tellingUitAantallen(aantallen), normen);
    return {
      rmcRegio: input.rmcRegio,
      normen: { ...normen },
      regels: overzicht.regels.map((regel) => ({ ...regel })),
      totaal: { ...overzicht.totaal },
      nietToegewezen: overzicht.nietToegewezen,
      onbekendeRegisseurs: [...overzicht.onbekendeRegisseurs],
    };
  }
}
