import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { LegRondeResultaatVastInvoer, RondeDeelnemerView } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { benaderrondeOngeldig } from '../../../contacten/domain/contacten.errors';
import { deelnemerMeldingen, RondeDeelnemer } from '../../../contacten/domain/benaderronde';
import { Command } from '../../../shared/command';
import { BenaderrondesRepository } from '../../database/benaderrondes.repository';
import { eisBenaderrondeToegang } from '../../domain/benaderronde-toegang';
import { benaderrondeConflict, benaderrondeNietGevonden, rondeDeelnemerNietGevonden } from '../../domain/benaderrondes.errors';
import { rondeDeelnemerView } from '../../queries/benaderrondes/benaderronde-view';

export type LegRondeResultaatVastCommand = Command<{ rmcRegio: string; rondeId: string; casusId: string } & LegRondeResultaatVastInvoer>;

/**
 * Use case: one young person's result in a running round (reaction, in beeld, handed to an organisation), checked by
 * the round's rules (contacten/domain/benaderronde.ts: in beeld only when reached, handed over only when in beeld).
 * The round row is locked, so no result lands in a round being closed.
 */
@Injectable()
export class LegRondeResultaatVast {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rondes: BenaderrondesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: LegRondeResultaatVastCommand): Promise<RondeDeelnemerView> {
    eisBenaderrondeToegang(command.actor, command.input.rmcRegio, 'uitvoeren');
    const resultaat: RondeDeelnemer = {
      reactie: command.input.reactie,
      inBeeld: command.input.inBeeld,
      ...(command.input.overgedragenAan !== undefined ? { overgedragenAan: command.input.overgedragenAan } : {}),
    };
    const meldingen = deelnemerMeldingen(resultaat, 0).map((m) => ({ ...m, field: m.field.replace(/^deelnemers\[0\]\./, '') }));
    if (meldingen.length > 0) throw benaderrondeOngeldig(meldingen);
    return this.dataSource.transaction((manager) => this.legVast(manager, command, resultaat));
  }

  private async legVast(
    manager: EntityManager,
    { input, actor }: LegRondeResultaatVastCommand,
    resultaat: RondeDeelnemer,
  ): Promise<RondeDeelnemerView> {
    const ronde = await this.rondes.vanId(manager, input.rmcRegio, input.rondeId, true);
    if (!ronde) throw benaderrondeNietGevonden();
    if (ronde.afgeslotenOp) throw benaderrondeConflict('benaderronde.afgesloten', 'Deze benaderronde is al afgesloten');
    const opgeslagen = await this.rondes.zetResultaat(manager, ronde.id, input.casusId, resultaat, actor.sub, this.clock.now());
    if (!opgeslagen) throw rondeDeelnemerNietGevonden();
    return rondeDeelnemerView(opgeslagen);
  }
}
