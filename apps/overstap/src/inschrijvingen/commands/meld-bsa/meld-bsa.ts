import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { BsaResultaat, MeldBsa as BsaInvoer } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { RegistreerSignaal } from '../../../signalen/commands/registreer-signaal/registreer-signaal';
import { InschrijvingenRepository } from '../../database/inschrijvingen.repository';
import { NEGATIEF_BSA } from '../../domain/inschrijving-signalen';
import { InschrijvingFout } from '../../domain/inschrijvingen.errors';

export type MeldBsaCommand = { input: BsaInvoer & { inschrijvingId: string }; actor: Claims; correlationId: string };

/** Use case: the mbo records a bindend studieadvies; a negative one is signalled to the RMC (signal 6). */
@Injectable()
export class MeldBsa {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inschrijvingen: InschrijvingenRepository,
    private readonly registreerSignaal: RegistreerSignaal,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: MeldBsaCommand): Promise<BsaResultaat> {
    assertOrgType(actor, ['mbo-instelling']);
    const { inschrijvingId: id } = input;
    return this.dataSource.transaction(async (manager) => {
      const inschrijving = await this.inschrijvingen.lockEigen(manager, id, actor.org.code);
      if (!inschrijving) throw InschrijvingFout.nietGevonden(id, actor.org.code);
      const { jongereId, schooljaar, mboBrin } = inschrijving;
      await this.inschrijvingen.registreerBsa(manager, {
        id: randomUUID(),
        jongereId,
        schooljaar,
        inschrijvingId: id,
        negatief: input.negatief,
        gegevenOp: input.gegevenOp,
      });
      if (!input.negatief) return { inschrijvingId: id, signaal: false };
      const signaal = await this.registreerSignaal.execute(
        {
          input: {
            regel: NEGATIEF_BSA,
            // Per inschrijving: the advice repeated for it is the same one; a negative BSA in another programme is new.
            aanleiding: id,
            jongereId,
            schooljaar,
            op: this.clock.now(),
            event: 'overstap.signaal.negatief-bsa',
            payload: ({ signaalId }) => ({ signaalId, schooljaar, inschrijvingId: id, mboBrin, gegevenOp: input.gegevenOp }),
          },
          correlationId,
        },
        manager,
      );
      return { inschrijvingId: id, signaal: signaal !== null };
    });
  }
}
