import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import type { RondeGebeurtenis } from '../../domain/rondeprojectie';
import { ProjecteerBenaderrondes } from './projecteer-benaderrondes';

/** Kafka adapter: trajecten's closed outreach rounds, a run of them in one call, in the inbox transaction that records them. */
@Controller()
export class ProjecteerBenaderrondesMessage {
  constructor(private readonly projecteerBenaderrondes: ProjecteerBenaderrondes) {}

  @BatchEventPattern('trajecten.benaderronde.afgesloten')
  async handle(@Payload() events: RondeGebeurtenis[], @Ctx() context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.projecteerBenaderrondes.execute({ input: { events }, correlationId: events[0].correlationId }, context.manager);
  }
}
