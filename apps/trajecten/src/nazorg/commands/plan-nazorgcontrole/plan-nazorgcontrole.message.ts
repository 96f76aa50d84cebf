import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import { PlanNazorgcontrole } from './plan-nazorgcontrole';

/** trajecten's own trajecten.casus.afgesloten: a case closed with a place gets its nazorg check. */
@Controller()
export class PlanNazorgcontroleMessage {
  constructor(private readonly planNazorgcontrole: PlanNazorgcontrole) {}

  @BatchEventPattern('trajecten.casus.afgesloten')
  async handle(@Payload() events: ParsedEvent<'trajecten.casus.afgesloten'>[], @Ctx() context: InboxContext): Promise<void> {
    const aanleidingen = events.map((event) => ({
      casusId: event.payload.casusId,
      rmcRegio: event.payload.rmcRegio,
      op: new Date(event.payload.afgeslotenOp),
      uitkomst: event.payload.uitkomst,
    }));
    await this.planNazorgcontrole.execute({ input: { aanleidingen }, correlationId: events[0].correlationId }, context.manager);
  }
}
