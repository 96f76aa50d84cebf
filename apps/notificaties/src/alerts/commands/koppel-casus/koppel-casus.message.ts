import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import { KoppelCasus } from './koppel-casus';

/** trajecten.casus.signaal-gekoppeld, each batch to KoppelCasus in the inbox transaction. */
@Controller()
export class KoppelCasusMessage {
  constructor(private readonly koppelCasus: KoppelCasus) {}

  @BatchEventPattern('trajecten.casus.signaal-gekoppeld')
  async handle(@Payload() events: ParsedEvent<'trajecten.casus.signaal-gekoppeld'>[], @Ctx() context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.koppelCasus.execute(
      { input: { gekoppeld: events.map((event) => event.payload) }, correlationId: events[0].correlationId },
      context.manager,
    );
  }
}
