import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import { TrekSignaalIn } from './trek-signaal-in';

/** verzuim.ziekteverzuim.ingetrokken, each batch to TrekSignaalIn in the inbox transaction. */
@Controller()
export class TrekSignaalInMessage {
  constructor(private readonly trekSignaalIn: TrekSignaalIn) {}

  @BatchEventPattern('verzuim.ziekteverzuim.ingetrokken')
  async ziekteverzuimIngetrokken(@Payload() events: ParsedEvent<'verzuim.ziekteverzuim.ingetrokken'>[], @Ctx() context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.trekSignaalIn.execute(
      {
        input: {
          ingetrokken: events.map((event) => ({
            signaalId: event.payload.signaalId,
            toelichting: 'Zorgwekkend ziekteverzuim vervallen: de school heeft de absentie gecorrigeerd.',
            eventId: event.id,
            correlationId: event.correlationId,
          })),
        },
        correlationId: events[0].correlationId,
      },
      context.manager,
    );
  }
}
