import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { BenaderrondeView, StartBenaderrondeInvoer } from '@sluitend/contracts';
import { Clock, CLOCK, DomainError } from '@sluitend/domain-nl';
import { Command } from '../../../shared/command';
import { BenaderrondesRepository } from '../../database/benaderrondes.repository';
import { eisBenaderrondeToegang } from '../../domain/benaderronde-toegang';
import { benaderrondeConflict } from '../../domain/benaderrondes.errors';
import { benaderrondeView } from '../../queries/benaderrondes/benaderronde-view';

export type StartBenaderrondeCommand = Command<{ rmcRegio: string } & StartBenaderrondeInvoer>;

/**
 * Use case: the region's RMC staff start an outreach round over the cases of an imported DUO list of the region (its
 * rows linked to a case), a chosen set of the region's cases, or both. Everyone on it is written to: each starts
 * `nog-open`. A case id that is not the region's is a 400 naming it; nothing is stored then.
 */
@Injectable()
export class StartBenaderronde {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rondes: BenaderrondesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: StartBenaderrondeCommand): Promise<BenaderrondeView> {
    eisBenaderrondeToegang(command.actor, command.input.rmcRegio, 'uitvoeren');
    return this.dataSource.transaction((manager) => this.start(manager, command));
  }

  private async start(manager: EntityManager, { input, actor }: StartBenaderrondeCommand): Promise<BenaderrondeView> {
    const uitLijst: string[] = [];
    if (input.duoLijstId !== undefined) {
      const regio = await this.rondes.regioVanLijst(manager, input.duoLijstId);
      if (regio !== input.rmcRegio) {
        throw DomainError.nietGevonden('benaderronde.geen-duo-lijst', 'Deze DUO-lijst bestaat niet in deze regio');
      }
      uitLijst.push(...(await this.rondes.casussenVanRegio(manager, input.rmcRegio, await this.rondes.casussenVanLijst(manager, input.duoLijstId))));
    }
    const gevraagd = [...new Set(input.casusIds ?? [])];
    const bekend = new Set(await this.rondes.casussenVanRegio(manager, input.rmcRegio, gevraagd));
    const onbekend = (input.casusIds ?? []).map((id, i) => ({ id, i })).filter(({ id }) => !bekend.has(id));
    if (onbekend.length > 0) {
      throw DomainError.ongeldig(
        'benaderronde.ongeldig',
        'De benaderronde noemt casussen die niet van deze regio zijn',
        onbekend.map(({ i }) => ({ field: `casusIds[${i}]`, rule: 'casus.niet-in-regio', message: 'deze casus is niet van deze regio' })),
      );
    }
    const casusIds = [...new Set([...uitLijst, ...gevraagd])];
    if (casusIds.length === 0) throw benaderrondeConflict('benaderronde.lege-lijst', 'Op deze lijst staat geen casus om te benaderen');
    const ronde = await this.rondes.voegToe(
      manager,
      { id: randomUUID(), rmcRegio: input.rmcRegio, naam: input.naam, duoLijstId: input.duoLijstId ?? null },
      casusIds,
      actor.sub,
      this.clock.now(),
    );
    return benaderrondeView(ronde, await this.rondes.deelnemersVan(manager, [ronde.id]), true);
  }
}
