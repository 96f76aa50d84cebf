import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import type { MeldingGebeurtenis } from '../../domain/meldingprojectie';
import { ProjecteerMeldingen } from './projecteer-meldingen';

/** Kafka adapter: verzuim's melding events (registered, withdrawn, status changed), each run of one type in a chunk, in the inbox transaction that records them. */
@Controller()
export class ProjecteerMeldingenMessage {
  constructor(private readonly projecteerMeldingen: ProjecteerMeldingen) {}

  @BatchEventPattern('verzuim.melding.voor-leerplicht')
  voorLeerplicht(@Payload() events: ParsedEvent<'verzuim.melding.voor-leerplicht'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('verzuim.melding.voor-rmc')
  voorRmc(@Payload() events: ParsedEvent<'verzuim.melding.voor-rmc'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('verzuim.melding.ingetrokken')
  ingetrokken(@Payload() events: ParsedEvent<'verzuim.melding.ingetrokken'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('verzuim.melding.status-gewijzigd')
  statusGewijzigd(@Payload() events: ParsedEvent<'verzuim.melding.status-gewijzigd'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  async handle(events: MeldingGebeurtenis[], context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.projecteerMeldingen.execute({ input: { events }, correlationId: events[0].correlationId }, context.manager);
  }
}
