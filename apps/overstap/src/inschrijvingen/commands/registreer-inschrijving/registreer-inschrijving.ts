import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { InschrijvingResultaat, RegistreerInschrijving as InschrijvingInvoer } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { assertEigenLocatie } from '../../../shared/eigen-locatie';
import { Persoonsnummers } from '../../../shared/persoonsnummers';
import { SchrijfIn } from './schrijf-in';
import { BepaalJongereIds } from '../../../koppelingen/queries/jongere-ids/jongere-ids';

export type RegistreerInschrijvingCommand = { input: InschrijvingInvoer; actor: Claims; correlationId: string };

/** Use case: the mbo enrolls a student (also a re-enrolment after an uitschrijving). */
@Injectable()
export class RegistreerInschrijving {
  constructor(
    private readonly dataSource: DataSource,
    private readonly schrijfIn: SchrijfIn,
    private readonly persoonsnummers: Persoonsnummers,
    private readonly jongereIds: BepaalJongereIds,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: RegistreerInschrijvingCommand): Promise<InschrijvingResultaat> {
    assertOrgType(actor, ['mbo-instelling']);
    assertEigenLocatie(actor, input.locatie);
    // A linked onderwijsnummer is recorded under its BSN's pseudonym (koppelingen, ADR 0018).
    const jongereId = await this.jongereIds.een(this.persoonsnummers.jongereId(input.persoonsnummer));
    const inschrijvingId = await this.dataSource.transaction((manager) =>
      this.schrijfIn.execute(
        {
          input: {
            jongereId,
            schooljaar: input.schooljaar,
            mboBrin: actor.org.code,
            locatie: input.locatie,
            crebo: input.crebo,
            niveau: input.niveau,
            ingeschrevenPer: input.ingeschrevenPer,
            switchVan: null,
            woongemeente: input.woongemeente ?? null,
            op: this.clock.now(),
          },
          correlationId,
        },
        manager,
      ),
    );
    return { inschrijvingId };
  }
}
