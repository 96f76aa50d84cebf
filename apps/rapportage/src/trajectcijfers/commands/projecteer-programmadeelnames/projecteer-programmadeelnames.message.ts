import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import type { DeelnameGebeurtenis } from '../../domain/deelnameprojectie';
import { ProjecteerProgrammadeelnames } from './projecteer-programmadeelnames';

/**
 * Kafka adapter: trajecten's programme participation events (started, ended — interleaved in a case's partition), a
 * run of them in one call, in the inbox transaction that records them.
 */
@Controller()
export class ProjecteerProgrammadeelnamesMessage {
  constructor(private readonly projecteerProgrammadeelnames: ProjecteerProgrammadeelnames) {}

  @BatchEventPattern('trajecten.programma.deelname-gestart', 'trajecten.programma.deelname-beeindigd')
  async handle(@Payload() events: DeelnameGebeurtenis[], @Ctx() context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.projecteerProgrammadeelnames.execute({ input: { events }, correlationId: events[0].correlationId }, context.manager);
  }
}
