import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import { ProjecteerJikp } from '../../../jikp/commands/projecteer-jikp/projecteer-jikp';
import type { JikpGebeurtenis } from '../../../jikp/domain/jikpprojectie';
import type { CasusGebeurtenis } from '../../domain/casusprojectie';
import { ProjecteerCasussen } from './projecteer-casussen';

/**
 * Kafka adapter: trajecten's case events, each run of them in a chunk (a case's opened, status changes and closed
 * interleave in its partition) in one call, in the inbox transaction that records them. The closed cases also go to
 * the JiKP projection (participation and income class), in the same transaction.
 */
@Controller()
export class ProjecteerCasussenMessage {
  constructor(
    private readonly projecteerCasussen: ProjecteerCasussen,
    private readonly projecteerJikp: ProjecteerJikp,
  ) {}

  @BatchEventPattern('trajecten.casus.geopend', 'trajecten.casus.status-gewijzigd', 'trajecten.casus.afgesloten', 'trajecten.casus.samengevoegd')
  async handle(@Payload() events: CasusGebeurtenis[], @Ctx() context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.projecteerCasussen.execute({ input: { events }, correlationId: events[0].correlationId }, context.manager);
    const afgesloten = events.filter((e): e is JikpGebeurtenis & CasusGebeurtenis => e.type === 'trajecten.casus.afgesloten');
    if (afgesloten.length > 0) {
      await this.projecteerJikp.execute({ input: { events: afgesloten }, correlationId: events[0].correlationId }, context.manager);
    }
  }
}
