import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import { MeldBsa } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { routingContext } from '../../../aanmeldingen/routing-context';
import { registreerSignaal } from '../../../signalen/registreer-signaal';
import { eigenInschrijving } from '../eigen-inschrijving';

export const NEGATIEF_BSA = 'negatief-bsa';

/** Use case: the mbo records a bindend studieadvies; a negative one is signalled to the RMC (signal 6). */
@Injectable()
export class MeldBsaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(id: string, input: MeldBsa, user: Claims, correlationId: string) {
    assertOrgType(user, ['mbo-instelling']);
    return this.dataSource.transaction(async (manager) => {
      const inschrijving = await eigenInschrijving(manager, id, user);
      await manager.query('INSERT INTO bsa (id, jongere_id, schooljaar, inschrijving_id, negatief, gegeven_op) VALUES ($1, $2, $3, $4, $5, $6)', [
        randomUUID(),
        inschrijving.jongereId,
        inschrijving.schooljaar,
        id,
        input.negatief,
        input.gegevenOp,
      ]);
      if (!input.negatief) return { inschrijvingId: id, signaal: false };
      const signaal = await registreerSignaal(manager, NEGATIEF_BSA, inschrijving.jongereId, inschrijving.schooljaar, this.clock.now());
      if (signaal) {
        await this.outbox.append(manager, [
          {
            type: 'overstap.signaal.negatief-bsa',
            jongereId: inschrijving.jongereId,
            aggregateId: signaal.signaalId,
            correlationId,
            context: await routingContext(manager, inschrijving.jongereId, inschrijving.schooljaar, this.clock.now()),
            payload: { signaalId: signaal.signaalId, schooljaar: inschrijving.schooljaar, inschrijvingId: id, mboBrin: inschrijving.mboBrin, gegevenOp: input.gegevenOp },
          },
        ]);
      }
      return { inschrijvingId: id, signaal: signaal !== null };
    });
  }
}
