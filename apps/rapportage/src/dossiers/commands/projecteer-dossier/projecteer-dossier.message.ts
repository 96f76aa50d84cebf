import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import { ProjecteerOverstap } from '../../../tabellenboek/commands/projecteer-overstap/projecteer-overstap';
import { ProjecteerVsv } from '../../../vsv/commands/projecteer-vsv/projecteer-vsv';
import { ProjecteerDossier } from './projecteer-dossier';

/**
 * Kafka adapter: every consecutive overstap.dossier.ingediend of a chunk at once, in the inbox transaction that
 * records them (the transport skips an event id it already applied). The same events also go to the tabellenboek's
 * ProjecteerOverstap (every version of the dossier, for the choice as it stood on 1 April and at the end of the year):
 * and to the VSV projection (a VO enrolment in the dossier's school year): one handler per event type, all three
 * projections in the one transaction.
 */
@Controller()
export class ProjecteerDossierMessage {
  constructor(
    private readonly projecteerDossier: ProjecteerDossier,
    private readonly projecteerOverstap: ProjecteerOverstap,
    private readonly projecteerVsv: ProjecteerVsv,
  ) {}

  @BatchEventPattern('overstap.dossier.ingediend')
  async handle(@Payload() events: ParsedEvent<'overstap.dossier.ingediend'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.projecteerDossier.execute(
      // A projection publishes nothing; the chunk's first correlation id stands for the chunk in logs.
      { input: { ingediend: events.map((event) => event.payload) }, correlationId: events[0].correlationId },
      context.manager,
    );
    await this.projecteerOverstap.execute({ input: { events }, correlationId: events[0].correlationId }, context.manager);
    await this.projecteerVsv.execute({ input: { events }, correlationId: events[0].correlationId }, context.manager);
  }
}
