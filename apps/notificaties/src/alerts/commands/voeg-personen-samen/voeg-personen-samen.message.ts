import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import { VoegPersonenSamen } from './voeg-personen-samen';

/** overstap.persoon.gekoppeld: each link merges the two pseudonyms, in log order, in the inbox transaction. */
@Controller()
export class VoegPersonenSamenMessage {
  constructor(private readonly voegPersonenSamen: VoegPersonenSamen) {}

  @BatchEventPattern('overstap.persoon.gekoppeld')
  async gekoppeld(@Payload() events: ParsedEvent<'overstap.persoon.gekoppeld'>[], @Ctx() context: InboxContext): Promise<void> {
    for (const event of events) {
      await this.voegPersonenSamen.execute(
        { input: { ...event.payload, context: event.context, eventId: event.id }, correlationId: event.correlationId },
        context.manager,
      );
    }
  }
}
