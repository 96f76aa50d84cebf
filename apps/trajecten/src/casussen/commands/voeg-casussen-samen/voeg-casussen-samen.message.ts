import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import { VoegCasussenSamen } from './voeg-casussen-samen';

/** overstap.persoon.gekoppeld: each link merges the person's cases, in log order, in the inbox transaction. */
@Controller()
export class VoegCasussenSamenMessage {
  constructor(private readonly voegCasussenSamen: VoegCasussenSamen) {}

  @BatchEventPattern('overstap.persoon.gekoppeld')
  async gekoppeld(@Payload() events: ParsedEvent<'overstap.persoon.gekoppeld'>[], @Ctx() context: InboxContext): Promise<void> {
    for (const event of events) {
      await this.voegCasussenSamen.execute({ input: { ...event.payload, eventId: event.id }, correlationId: event.correlationId }, context.manager);
    }
  }
}
