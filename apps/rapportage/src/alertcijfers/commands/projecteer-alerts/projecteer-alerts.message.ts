import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import type { AlertGebeurtenis } from '../../domain/alertprojectie';
import { ProjecteerAlerts } from './projecteer-alerts';

/**
 * Kafka adapter: notificaties' alert events, each run of them in a chunk (an alert's created, picked up, handled and
 * escalated interleave in its partition) in one call, in the inbox transaction that records them.
 */
@Controller()
export class ProjecteerAlertsMessage {
  constructor(private readonly projecteerAlerts: ProjecteerAlerts) {}

  @BatchEventPattern(
    'notificaties.alert.aangemaakt',
    'notificaties.alert.opgepakt',
    'notificaties.alert.afgehandeld',
    'notificaties.alert.geescaleerd',
  )
  async handle(@Payload() events: AlertGebeurtenis[], @Ctx() context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.projecteerAlerts.execute({ input: { events }, correlationId: events[0].correlationId }, context.manager);
  }
}
