import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { RegistreerScreeningInvoer, ScreeningView } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { isOpen } from '../../../casussen/domain/casus-status';
import { casusAfgesloten, casusNietGevonden } from '../../../casussen/domain/casussen.errors';
import { CasusToegang } from '../../../overdrachten/database/casus-toegang';
import { Command } from '../../../shared/command';
import { OpgeslagenScreening, ScreeningRepository } from '../../database/screening.repository';
import { knelpunten, valideerScreening } from '../../domain/screening';

export type RegistreerScreeningCommand = Command<{ casusId: string } & RegistreerScreeningInvoer>;

export const screeningView = (s: OpgeslagenScreening): ScreeningView => ({
  id: s.id,
  casusId: s.casusId,
  door: s.door,
  afgenomenOp: s.afgenomenOp.toISOString(),
  leefdomeinen: { ...s.leefdomeinen },
  vaardigheden: { ...s.vaardigheden },
  knelpunten: knelpunten(s),
  toelichting: s.toelichting,
});

/**
 * Use case: a screening on every life domain and the four skills, taken by the caller at `afgenomenOp` (default now,
 * never in the future), on an open case of the caller's region. Every screening is kept (the history shows the change);
 * a history line on the case names the problem domains. The status step (screening-starten) stays the professional's.
 */
@Injectable()
export class RegistreerScreening {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly toegang: CasusToegang,
    private readonly screenings: ScreeningRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: RegistreerScreeningCommand): Promise<ScreeningView> {
    return this.dataSource.transaction((manager) => this.registreer(manager, command));
  }

  private async registreer(manager: EntityManager, { input, actor }: RegistreerScreeningCommand): Promise<ScreeningView> {
    const casus = await this.casussen.vanId(manager, input.casusId, true);
    if (!casus) throw casusNietGevonden();
    await this.toegang.eis(manager, actor, casus, 'wijzigen');
    if (!isOpen(casus.status)) throw casusAfgesloten(casus.id);
    const now = this.clock.now();
    const screening = valideerScreening(
      {
        afgenomenOp: input.afgenomenOp ? new Date(input.afgenomenOp) : now,
        door: actor.sub,
        leefdomeinen: input.leefdomeinen,
        vaardigheden: input.vaardigheden,
      },
      now,
    );
    const opgeslagen = await this.screenings.voegToe(manager, randomUUID(), casus.id, screening, input.toelichting ?? null, now);
    const problemen = knelpunten(screening);
    await this.casussen.voegHistorieToe(manager, [
      {
        casusId: casus.id,
        actie: 'screening',
        vanStatus: null,
        naarStatus: null,
        door: actor.sub,
        op: now,
        toelichting: problemen.length === 0 ? 'geen knelpunten' : `knelpunten: ${problemen.join(', ')}`,
      },
    ]);
    return screeningView(opgeslagen);
  }
}
