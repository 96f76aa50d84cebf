import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import type { ZiekteverzuimGebeurtenis } from '../../domain/ziekteverzuimprojectie';
import { ProjecteerZiekteverzuim } from './projecteer-ziekteverzuim';

/**
 * Kafka adapter: verzuim's M@ZL events (zorgwekkend ziekteverzuim, its withdrawal), each run of them in a chunk in one
 * call, in the inbox transaction that records them.
 */
@Controller()
export class ProjecteerZiekteverzuimMessage {
  constructor(private readonly projecteerZiekteverzuim: ProjecteerZiekteverzuim) {}

  @BatchEventPattern('verzuim.ziekteverzuim.zorgwekkend', 'verzuim.ziekteverzuim.ingetrokken')
  async handle(@Payload() events: ZiekteverzuimGebeurtenis[], @Ctx() context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.projecteerZiekteverzuim.execute({ input: { events }, correlationId: events[0].correlationId }, context.manager);
  }
}
