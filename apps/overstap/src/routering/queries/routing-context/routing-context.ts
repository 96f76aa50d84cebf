import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { EventContext } from '@sluitend/contracts';
import { localDateOf } from '@sluitend/domain-nl';
import { RouteringRepository } from '../../database/routering.repository';
import { Leeftijdsfeit, leeftijdsfeit, routingContext } from '../../domain/routing-context';

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

  async execute(query: RoutingContextQuery, tx?: EntityManager): Promise<EventContext> {
    return (await this.metLeeftijdsfeit(query, tx)).context;
  }

  /**
   * The routing context and, from the same read of the dossier, the age fact of statistical VSV: the last teldatum on
   * which the student is younger than 23, from the date of birth in the dossier — never the date of birth itself.
   */
  async metLeeftijdsfeit({ input }: RoutingContextQuery, tx?: EntityManager): Promise<{ context: EventContext; leeftijdsfeit: Leeftijdsfeit }> {
    const runner = tx ?? this.dataSource;
    const herkomst = await this.routering.herkomst(runner, input.jongereId, input.schooljaar);
    const context = routingContext(input.schooljaar, herkomst, localDateOf(input.op), await this.routering.mboWoongemeente(runner, input.jongereId));
    return { context, leeftijdsfeit: leeftijdsfeit(herkomst?.geboortedatum) };
  }
}
