import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import { ProjecteerJikp } from '../../../jikp/commands/projecteer-jikp/projecteer-jikp';
import { ProjecteerVsv } from '../../../vsv/commands/projecteer-vsv/projecteer-vsv';
import { VoegPersonenSamen } from './voeg-personen-samen';

/** overstap.persoon.gekoppeld: the batch's links, in log order, in the inbox transaction (the tabellenboek's, VSV's and JiKP's). */
@Controller()
export class VoegPersonenSamenMessage {
  constructor(
    private readonly voegPersonenSamen: VoegPersonenSamen,
    private readonly projecteerVsv: ProjecteerVsv,
    private readonly projecteerJikp: ProjecteerJikp,
  ) {}

  @BatchEventPattern('overstap.persoon.gekoppeld')
  async gekoppeld(@Payload() events: ParsedEvent<'overstap.persoon.gekoppeld'>[], @Ctx() context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.voegPersonenSamen.execute(
      { input: { koppelingen: events.map((e) => e.payload) }, correlationId: events[0].correlationId },
      context.manager,
    );
    await this.projecteerVsv.execute({ input: { events }, correlationId: events[0].correlationId }, context.manager);
    await this.projecteerJikp.execute({ input: { events }, correlationId: events[0].correlationId }, context.manager);
  }
}
