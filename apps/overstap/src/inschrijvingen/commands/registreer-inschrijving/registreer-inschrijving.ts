import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import { RegistreerInschrijving } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { Persoonsnummers } from '../../../shared/persoonsnummers';
import { schrijfIn } from '../../schrijf-in';
import { assertEigenLocatie } from '../../../shared/eigen-locatie';

/** Use case: the mbo enrolls a student (also a re-enrolment after an uitschrijving). */
@Injectable()
export class RegistreerInschrijvingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly persoonsnummers: Persoonsnummers,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(input: RegistreerInschrijving, user: Claims, correlationId: string): Promise<{ inschrijvingId: string }> {
    assertOrgType(user, ['mbo-instelling']);
    assertEigenLocatie(user, input.locatie);
    const jongereId = this.persoonsnummers.jongereId(input.persoonsnummer);
    const inschrijvingId = await this.dataSource.transaction((manager) =>
      schrijfIn(
        manager,
        this.outbox,
        { jongereId, schooljaar: input.schooljaar, mboBrin: user.org.code, locatie: input.locatie, crebo: input.crebo, niveau: input.niveau, ingeschrevenPer: input.ingeschrevenPer, switchVan: null },
        this.clock.now(),
        correlationId,
      ),
    );
    return { inschrijvingId };
  }
}
