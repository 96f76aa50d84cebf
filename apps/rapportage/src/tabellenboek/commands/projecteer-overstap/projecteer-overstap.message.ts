import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import type { OverstapGebeurtenis } from '../../domain/overstapprojectie';
import { ProjecteerVsv } from '../../../vsv/commands/projecteer-vsv/projecteer-vsv';
import { VSV_GEBEURTENISTYPEN, VsvGebeurtenis } from '../../../vsv/domain/vsvprojectie';
import { ProjecteerOverstap } from './projecteer-overstap';

/**
 * Kafka adapter: overstap's aanmelding, inschrijving and signal events, each run of one type in a chunk at once, in
 * the inbox transaction that records them (the transport skips an event id it already applied).
 * overstap.dossier.ingediend reaches ProjecteerOverstap through the dossiers capability's adapter (one handler per type).
 * The inschrijving events also go to the VSV projection (ProjecteerVsv), in the same transaction.
 */
const VSV = new Set<string>(VSV_GEBEURTENISTYPEN);

@Controller()
export class ProjecteerOverstapMessage {
  constructor(
    private readonly projecteerOverstap: ProjecteerOverstap,
    private readonly projecteerVsv: ProjecteerVsv,
  ) {}

  @BatchEventPattern('overstap.aanmelding.geregistreerd')
  aanmeldingGeregistreerd(@Payload() events: ParsedEvent<'overstap.aanmelding.geregistreerd'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('overstap.aanmelding.status-gewijzigd')
  aanmeldingStatusGewijzigd(@Payload() events: ParsedEvent<'overstap.aanmelding.status-gewijzigd'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('overstap.inschrijving.geregistreerd')
  inschrijvingGeregistreerd(@Payload() events: ParsedEvent<'overstap.inschrijving.geregistreerd'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('overstap.inschrijving.beeindigd')
  inschrijvingBeeindigd(@Payload() events: ParsedEvent<'overstap.inschrijving.beeindigd'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('overstap.signaal.vroege-waarschuwing')
  signaalVroegeWaarschuwing(@Payload() events: ParsedEvent<'overstap.signaal.vroege-waarschuwing'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('overstap.deadline.aanmelding-gemist')
  deadlineAanmeldingGemist(@Payload() events: ParsedEvent<'overstap.deadline.aanmelding-gemist'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('overstap.signaal.geen-levende-aanmelding')
  signaalGeenLevendeAanmelding(
    @Payload() events: ParsedEvent<'overstap.signaal.geen-levende-aanmelding'>[],
    @Ctx() context: InboxContext,
  ): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('overstap.deadline.niet-ingeschreven-teldatum')
  deadlineNietIngeschrevenTeldatum(
    @Payload() events: ParsedEvent<'overstap.deadline.niet-ingeschreven-teldatum'>[],
    @Ctx() context: InboxContext,
  ): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('overstap.signaal.uitschrijving-zonder-startkwalificatie')
  signaalUitschrijvingZonderStartkwalificatie(
    @Payload() events: ParsedEvent<'overstap.signaal.uitschrijving-zonder-startkwalificatie'>[],
    @Ctx() context: InboxContext,
  ): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('overstap.deadline.geen-herinschrijving')
  deadlineGeenHerinschrijving(
    @Payload() events: ParsedEvent<'overstap.deadline.geen-herinschrijving'>[],
    @Ctx() context: InboxContext,
  ): Promise<void> {
    return this.handle(events, context);
  }

  @BatchEventPattern('overstap.signaal.negatief-bsa')
  signaalNegatiefBsa(@Payload() events: ParsedEvent<'overstap.signaal.negatief-bsa'>[], @Ctx() context: InboxContext): Promise<void> {
    return this.handle(events, context);
  }

  /** Applies one run of events in the inbox transaction. */
  async handle(events: OverstapGebeurtenis[], context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.projecteerOverstap.execute({ input: { events }, correlationId: events[0].correlationId }, context.manager);
    // A run is of one type: the inschrijving runs go to the VSV projection as well.
    if (VSV.has(events[0].type)) {
      await this.projecteerVsv.execute({ input: { events: events as VsvGebeurtenis[] }, correlationId: events[0].correlationId }, context.manager);
    }
  }
}
