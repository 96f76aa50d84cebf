import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import { SignaalEvent } from '../../domain/signaal-event';
import { bekendeWoongemeenten } from '../routeer-niet-routeerbare/routeer-niet-routeerbare.message';
import { RouteerNietRouteerbare } from '../routeer-niet-routeerbare/routeer-niet-routeerbare';
import { MaakAlerts } from './maak-alerts';

/**
 * Every signal notificaties routes (STANDAARD_ROUTERING's keys), each batch to MaakAlerts in the inbox transaction;
 * a signal that carries the woonregio routes the student's signals waiting in the "niet te routeren" list too.
 */
@Controller()
export class MaakAlertsMessage {
  constructor(
    private readonly maakAlerts: MaakAlerts,
    private readonly routeerNietRouteerbare: RouteerNietRouteerbare,
  ) {}

  @BatchEventPattern('overstap.deadline.aanmelding-gemist')
  async aanmeldingGemist(@Payload() events: ParsedEvent<'overstap.deadline.aanmelding-gemist'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('overstap.signaal.vroege-waarschuwing')
  async vroegeWaarschuwing(@Payload() events: ParsedEvent<'overstap.signaal.vroege-waarschuwing'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('overstap.signaal.geen-levende-aanmelding')
  async geenLevendeAanmelding(
    @Payload() events: ParsedEvent<'overstap.signaal.geen-levende-aanmelding'>[],
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('overstap.deadline.niet-ingeschreven-teldatum')
  async nietIngeschrevenTeldatum(
    @Payload() events: ParsedEvent<'overstap.deadline.niet-ingeschreven-teldatum'>[],
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('overstap.signaal.uitschrijving-zonder-startkwalificatie')
  async uitschrijving(
    @Payload() events: ParsedEvent<'overstap.signaal.uitschrijving-zonder-startkwalificatie'>[],
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('overstap.deadline.geen-herinschrijving')
  async geenHerinschrijving(@Payload() events: ParsedEvent<'overstap.deadline.geen-herinschrijving'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('overstap.signaal.negatief-bsa')
  async negatiefBsa(@Payload() events: ParsedEvent<'overstap.signaal.negatief-bsa'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('verzuim.melding.voor-leerplicht')
  async verzuimVoorLeerplicht(@Payload() events: ParsedEvent<'verzuim.melding.voor-leerplicht'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('verzuim.melding.voor-rmc')
  async verzuimVoorRmc(@Payload() events: ParsedEvent<'verzuim.melding.voor-rmc'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('verzuim.ziekteverzuim.zorgwekkend')
  async ziekteverzuimZorgwekkend(@Payload() events: ParsedEvent<'verzuim.ziekteverzuim.zorgwekkend'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('verzuim.verlof.aangevraagd')
  async verlofAangevraagd(@Payload() events: ParsedEvent<'verzuim.verlof.aangevraagd'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('trajecten.casus.overdracht-geescaleerd')
  async overdrachtGeescaleerd(
    @Payload() events: ParsedEvent<'trajecten.casus.overdracht-geescaleerd'>[],
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.dispatch(events, context);
  }

  private async dispatch(signalen: SignaalEvent[], context: InboxContext): Promise<void> {
    if (signalen.length === 0) return;
    await this.maakAlerts.execute({ input: { signalen }, correlationId: signalen[0].correlationId }, context.manager);
    // A signal that knows the woonregio also routes the student's earlier signals still waiting in the list.
    const woongemeenten = bekendeWoongemeenten(signalen);
    if (woongemeenten.length === 0) return;
    await this.routeerNietRouteerbare.execute(
      { input: { woongemeenten, door: `event:${signalen[signalen.length - 1].id}` }, correlationId: signalen[0].correlationId },
      context.manager,
    );
  }
}
