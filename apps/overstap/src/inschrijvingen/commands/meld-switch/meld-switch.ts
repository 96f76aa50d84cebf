import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import { MeldSwitch } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { routingContext } from '../../../aanmeldingen/routing-context';
import { schrijfIn } from '../../schrijf-in';
import { eigenInschrijving, nietMeerIngeschreven } from '../eigen-inschrijving';
import { assertEigenLocatie } from '../../../shared/eigen-locatie';

/** Use case: a student switches to another programme at the same institution: the old inschrijving ends, a new one starts. */
@Injectable()
export class MeldSwitchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(id: string, input: MeldSwitch, user: Claims, correlationId: string) {
    assertOrgType(user, ['mbo-instelling']);
    assertEigenLocatie(user, input.locatie);
    return this.dataSource.transaction(async (manager) => {
      const oud = await eigenInschrijving(manager, id, user);
      if (oud.status !== 'ingeschreven') throw new ConflictException(nietMeerIngeschreven(oud));
      const now = this.clock.now();
      await manager.query(`UPDATE inschrijving SET status = 'geswitcht', uitgeschreven_per = $2 WHERE id = $1`, [id, input.per]);
      await this.outbox.append(manager, [
        {
          type: 'overstap.inschrijving.beeindigd',
          jongereId: oud.jongereId,
          aggregateId: id,
          correlationId,
          context: await routingContext(manager, oud.jongereId, oud.schooljaar, now),
          payload: { inschrijvingId: id, schooljaar: oud.schooljaar, mboBrin: oud.mboBrin, soort: 'switch', per: input.per, reden: null },
        },
      ]);
      const nieuw = await schrijfIn(
        manager,
        this.outbox,
        { jongereId: oud.jongereId, schooljaar: oud.schooljaar, mboBrin: oud.mboBrin, locatie: input.locatie, crebo: input.crebo, niveau: input.niveau, ingeschrevenPer: input.per, switchVan: id },
        now,
        correlationId,
      );
      return { inschrijvingId: nieuw, switchVan: id };
    });
  }
}
