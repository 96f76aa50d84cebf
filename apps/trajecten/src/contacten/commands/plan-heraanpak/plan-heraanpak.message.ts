import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import { PlanHeraanpak } from './plan-heraanpak';

/** trajecten's own trajecten.casus.status-gewijzigd: a case that now rests (afgewezen, onbereikbaar) gets its timers. */
@Controller()
export class PlanHeraanpakMessage {
  constructor(private readonly planHeraanpak: PlanHeraanpak) {}

  @BatchEventPattern('trajecten.casus.status-gewijzigd')
  async handle(@Payload() events: ParsedEvent<'trajecten.casus.status-gewijzigd'>[], @Ctx() context: InboxContext): Promise<void> {
    const inRust = events.filter((event) => event.payload.naarStatus === 'afgewezen' || event.payload.naarStatus === 'onbereikbaar');
    if (inRust.length === 0) return;
    await this.planHeraanpak.execute(
      { input: { casusIds: inRust.map((event) => event.payload.casusId) }, correlationId: inRust[0].correlationId },
      context.manager,
    );
  }
}
