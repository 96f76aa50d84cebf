import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import type { AlertGebeurtenis } from '../../domain/alertprojectie';
import { ProjecteerAlerts } from './projecteer-alerts';

/** Kafka adapter: notificaties' alert events, each run of one type in a chunk, in the inbox transaction that records them. */
@Controller()
export class ProjecteerAlertsMessage {
  constructor(private readonly projecteerAlerts: ProjecteerAlerts) {}

  @BatchEventPattern('notificaties.alert.aangemaakt')
  aangemaakt(@Payload() events: ParsedEvent<'notificaties.alert.aangemaakt'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('notificaties.alert.opgepakt')
  opgepakt(@Payload() events: ParsedEvent<'notificaties.alert.opgepakt'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('notificaties.alert.afgehandeld')
  afgehandeld(@Payload() events: ParsedEvent<'notificaties.alert.afgehandeld'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('notificaties.alert.geescaleerd')
  geescaleerd(@Payload() events: ParsedEvent<'notificaties.alert.geescaleerd'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  async handle(events: AlertGebeurtenis[], context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.projecteerAlerts.execute({ input: { events }, correlationId: events[0].correlationId }, context.manager);
  }
}
