import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import type { CasusGebeurtenis } from '../../domain/casusprojectie';
import { ProjecteerCasussen } from './projecteer-casussen';

/**
 * Kafka adapter: trajecten's case events, each run of them in a chunk (a case's opened, status changes and closed
 * interleave in its partition) in one call, in the inbox transaction that records them.
 */
@Controller()
export class ProjecteerCasussenMessage {
  constructor(private readonly projecteerCasussen: ProjecteerCasussen) {}

  @BatchEventPattern('trajecten.casus.geopend', 'trajecten.casus.status-gewijzigd', 'trajecten.casus.afgesloten', 'trajecten.casus.samengevoegd')
  async handle(@Payload() events: CasusGebeurtenis[], @Ctx() context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.projecteerCasussen.execute({ input: { events }, correlationId: events[0].correlationId }, context.manager);
  }
}
