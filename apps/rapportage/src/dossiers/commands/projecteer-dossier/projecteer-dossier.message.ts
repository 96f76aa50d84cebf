import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import { ProjecteerDossier } from './projecteer-dossier';

/**
 * Kafka adapter: every consecutive overstap.dossier.ingediend of a chunk at once, in the inbox transaction that
 * records them (the transport skips an event id it already applied).
 */
@Controller()
export class ProjecteerDossierMessage {
  constructor(private readonly projecteerDossier: ProjecteerDossier) {}

  @BatchEventPattern('overstap.dossier.ingediend')
  async handle(@Payload() events: ParsedEvent<'overstap.dossier.ingediend'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.projecteerDossier.execute(
      // A projection publishes nothing; the chunk's first correlation id stands for the chunk in logs.
      { input: { ingediend: events.map((event) => event.payload) }, correlationId: events[0].correlationId },
      context.manager,
    );
  }
}
