import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import type { CasusGebeurtenis } from '../../domain/casusprojectie';
import { ProjecteerCasussen } from './projecteer-casussen';

/** Kafka adapter: trajecten's case events, each run of one type in a chunk, in the inbox transaction that records them. */
@Controller()
export class ProjecteerCasussenMessage {
  constructor(private readonly projecteerCasussen: ProjecteerCasussen) {}

  @BatchEventPattern('trajecten.casus.geopend')
  geopend(@Payload() events: ParsedEvent<'trajecten.casus.geopend'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('trajecten.casus.status-gewijzigd')
  statusGewijzigd(@Payload() events: ParsedEvent<'trajecten.casus.status-gewijzigd'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('trajecten.casus.afgesloten')
  afgesloten(@Payload() events: ParsedEvent<'trajecten.casus.afgesloten'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('trajecten.casus.samengevoegd')
  samengevoegd(@Payload() events: ParsedEvent<'trajecten.casus.samengevoegd'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  async handle(events: CasusGebeurtenis[], context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.projecteerCasussen.execute({ input: { events }, correlationId: events[0].correlationId }, context.manager);
  }
}
