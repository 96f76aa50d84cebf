import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { EventContext } from '@sluitend/contracts';
import { localDateOf } from '@sluitend/domain-nl';
import { RouteringRepository } from '../../database/routering.repository';
import { routingContext } from '../../domain/routing-context';

export type RoutingContextQuery = { input: { jongereId: string; schooljaar: string; op: Date } };

/**
 * The routing context of an event about a student in a schooljaar, from the woongemeente the mbo gave last and the
 * dossier their VO school submitted; read in the caller's transaction when it has one.
 */
@Injectable()
export class BepaalRoutingContext {
  constructor(
    private readonly dataSource: DataSource,
    private readonly routering: RouteringRepository,
  ) {}

  async execute({ input }: RoutingContextQuery, tx?: EntityManager): Promise<EventContext> {
    const runner = tx ?? this.dataSource;
    const herkomst = await this.routering.herkomst(runner, input.jongereId, input.schooljaar);
    return routingContext(input.schooljaar, herkomst, localDateOf(input.op), await this.routering.mboWoongemeente(runner, input.jongereId));
  }
}
