import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { MeldSwitch as SwitchInvoer, SwitchResultaat } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { BepaalRoutingContext } from '../../../routering/queries/routing-context/routing-context';
import { assertEigenLocatie } from '../../../shared/eigen-locatie';
import { InschrijvingenRepository } from '../../database/inschrijvingen.repository';
import { InschrijvingFout } from '../../domain/inschrijvingen.errors';
import { SchrijfIn } from '../registreer-inschrijving/schrijf-in';

export type MeldSwitchCommand = { input: SwitchInvoer & { inschrijvingId: string }; actor: Claims; correlationId: string };

/** Use case: a student switches to another programme at the same institution: the old inschrijving ends, a new one starts. */
@Injectable()
export class MeldSwitch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly inschrijvingen: InschrijvingenRepository,
    private readonly routingContext: BepaalRoutingContext,
    private readonly schrijfIn: SchrijfIn,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: MeldSwitchCommand): Promise<SwitchResultaat> {
    assertOrgType(actor, ['mbo-instelling']);
    assertEigenLocatie(actor, input.locatie);
    const { inschrijvingId: id } = input;
    return this.dataSource.transaction(async (manager) => {
      const oud = await this.inschrijvingen.lockEigen(manager, id, actor.org.code);
      if (!oud) throw InschrijvingFout.nietGevonden(id, actor.org.code);
      if (oud.status !== 'ingeschreven') throw InschrijvingFout.beeindigd(oud);
      const now = this.clock.now();
      await this.inschrijvingen.beeindig(manager, id, { status: 'geswitcht', per: input.per, reden: null });
      await this.outbox.append(manager, [
        {
          type: 'overstap.inschrijving.beeindigd',
          jongereId: oud.jongereId,
          aggregateId: id,
          correlationId,
          context: await this.routingContext.execute({ input: { jongereId: oud.jongereId, schooljaar: oud.schooljaar, op: now } }, manager),
          payload: { inschrijvingId: id, schooljaar: oud.schooljaar, mboBrin: oud.mboBrin, soort: 'switch', per: input.per, reden: null },
        },
      ]);
      const nieuw = await this.schrijfIn.execute(
        {
          input: {
            jongereId: oud.jongereId,
            schooljaar: oud.schooljaar,
            mboBrin: oud.mboBrin,
            locatie: input.locatie,
            crebo: input.crebo,
            niveau: input.niveau,
            ingeschrevenPer: input.per,
            switchVan: id,
            woongemeente: oud.woongemeente,
            op: now,
          },
          correlationId,
        },
        manager,
      );
      return { inschrijvingId: nieuw, switchVan: id };
    });
  }
}
