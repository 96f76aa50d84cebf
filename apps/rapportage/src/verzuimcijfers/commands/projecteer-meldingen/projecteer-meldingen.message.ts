import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import type { MeldingGebeurtenis } from '../../domain/meldingprojectie';
import { ProjecteerMeldingen } from './projecteer-meldingen';

/**
 * Kafka adapter: verzuim's melding events (registered for the leerplichtambtenaar or the RMC, withdrawn, status
 * changed), each run of them in a chunk (a melding's events interleave in its partition) in one call, in the inbox
 * transaction that records them.
 */
@Controller()
export class ProjecteerMeldingenMessage {
  constructor(private readonly projecteerMeldingen: ProjecteerMeldingen) {}

  @BatchEventPattern('verzuim.melding.voor-leerplicht', 'verzuim.melding.voor-rmc', 'verzuim.melding.ingetrokken', 'verzuim.melding.status-gewijzigd')
  async handle(@Payload() events: MeldingGebeurtenis[], @Ctx() context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.projecteerMeldingen.execute({ input: { events }, correlationId: events[0].correlationId }, context.manager);
  }
}
