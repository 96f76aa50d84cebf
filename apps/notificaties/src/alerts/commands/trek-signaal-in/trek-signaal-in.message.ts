import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import { TrekSignaalIn } from './trek-signaal-in';

/**
 * Signals their source closed, each batch to TrekSignaalIn in the inbox transaction: verzuim.ziekteverzuim.ingetrokken
 * (a correction made the M@ZL signal void) and verzuim.verlof.besloten (the leerplichtambtenaar decided the request).
 */
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

  @BatchEventPattern('verzuim.verlof.besloten')
  async verlofBesloten(@Payload() events: ParsedEvent<'verzuim.verlof.besloten'>[], @Ctx() context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.trekSignaalIn.execute(
      {
        input: {
          ingetrokken: events.map((event) => ({
            signaalId: event.payload.signaalId,
            toelichting: `De leerplichtambtenaar heeft over de verlofaanvraag beslist: ${event.payload.besluit}.`,
            actie: 'verlof besloten',
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
