import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { assertActsFor } from '@sluitend/auth';
import type { CasusView, OpenCasusInvoer } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { Command } from '../../../shared/command';
import { Persoonsnummers } from '../../../shared/persoonsnummers';
import { CasussenRepository } from '../../database/casussen.repository';
import { alOpen, persoonOngelijk } from '../../domain/casussen.errors';
import { besluitHandmatigOpenen } from '../../domain/een-open-casus';
import { casusView } from '../../queries/casus/casus-view';

export type OpenCasusCommand = Command<OpenCasusInvoer>;

/**
 * Use case: RMC staff open a case by hand in their own region (a young person walks in, a school, partner or parents
 * ask). Refused with casus.al-open (409, naming the case) when the person already has an open case there — also when
 * another opener wins the race (the partial unique index). Signals about the person that stayed alerts only attach
 * to the new case. Publishes trajecten.casus.geopend (and signaal-gekoppeld for those signals).
 */
@Injectable()
export class OpenCasus {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly persoonsnummers: Persoonsnummers,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: OpenCasusCommand): Promise<CasusView> {
    assertActsFor(actor, 'rmc-regio', actor.org.code, ['trajectbegeleider', 'rmc-coordinator']);
    const rmcRegio = actor.org.code;
    const vanNummer = input.persoonsnummer === undefined ? undefined : this.persoonsnummers.jongereId(input.persoonsnummer);
    if (vanNummer !== undefined && input.jongereId !== undefined && vanNummer !== input.jongereId) throw persoonOngelijk();
    const jongereId = (vanNummer ?? input.jongereId) as string;
    return this.dataSource.transaction((manager) => this.open(manager, { rmcRegio, jongereId, input, door: actor.sub, correlationId }));
  }

  private async open(
    manager: EntityManager,
    {
      rmcRegio,
      jongereId,
      input,
      door,
      correlationId,
    }: { rmcRegio: string; jongereId: string; input: OpenCasusInvoer; door: string; correlationId: string },
  ): Promise<CasusView> {
    const now = this.clock.now();
    const bestaand = await this.casussen.openVan(manager, rmcRegio, jongereId);
    besluitHandmatigOpenen(bestaand && { casusId: bestaand.id, status: bestaand.status });
    const id = randomUUID();
    if (!(await this.casussen.open(manager, { id, rmcRegio, jongereId, aanleiding: 'handmatig', handmatigeAanleiding: input.aanleiding, op: now }))) {
      const winnaar = await this.casussen.openVan(manager, rmcRegio, jongereId);
      throw alOpen(winnaar?.id ?? 'onbekend');
    }
    const losse = await this.casussen.koppelLosseSignalen(manager, id, rmcRegio, jongereId);
    await this.casussen.voegHistorieToe(manager, [
      {
        casusId: id,
        actie: 'geopend',
        vanStatus: null,
        naarStatus: 'aangemeld',
        door,
        op: now,
        toelichting: [input.aanleiding, input.toelichting].filter(Boolean).join(': '),
      },
      ...losse.map((s) => ({
        casusId: id,
        actie: 'signaal-gekoppeld',
        vanStatus: null,
        naarStatus: null,
        door: null,
        op: now,
        toelichting: s.signaalSoort,
      })),
    ]);
    const context = { rmcRegio };
    await this.outbox.append(manager, [
      {
        type: 'trajecten.casus.geopend',
        jongereId,
        aggregateId: id,
        context,
        correlationId,
        payload: { casusId: id, rmcRegio, aanleiding: 'handmatig', signaalEventId: null, signaalSoort: null, geopendOp: now.toISOString() },
      } satisfies NewEvent<'trajecten.casus.geopend'>,
      ...losse.map((s): NewEvent<'trajecten.casus.signaal-gekoppeld'> => ({
        type: 'trajecten.casus.signaal-gekoppeld',
        jongereId,
        aggregateId: id,
        context,
        correlationId,
        causationId: s.eventId,
        payload: {
          casusId: id,
          rmcRegio,
          signaalEventId: s.eventId,
          signaalSoort: s.signaalSoort as NewEvent<'trajecten.casus.signaal-gekoppeld'>['payload']['signaalSoort'],
          gekoppeldOp: now.toISOString(),
        },
      })),
    ]);
    const casus = await this.casussen.vanId(manager, id);
    if (!casus) throw new Error(`casus ${id} is na het openen niet te lezen`);
    return casusView(casus);
  }
}
