import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import { CasusSignaalEvent } from '../../domain/signaal-event';
import { VerwerkSignalen } from './verwerk-signalen';

/**
 * overstap's signals about a person (SIGNAAL_SOORT_VAN_EVENT's keys) and verzuim's meldingen for the RMC (RMC-verzuim,
 * langdurig relatief verzuim), each batch to VerwerkSignalen in the inbox transaction.
 */
@Controller()
export class VerwerkSignalenMessage {
  constructor(private readonly verwerkSignalen: VerwerkSignalen) {}

  @BatchEventPattern('overstap.deadline.geen-herinschrijving')
  async geenHerinschrijving(@Payload() events: ParsedEvent<'overstap.deadline.geen-herinschrijving'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('overstap.deadline.niet-ingeschreven-teldatum')
  async nietIngeschrevenTeldatum(
    @Payload() events: ParsedEvent<'overstap.deadline.niet-ingeschreven-teldatum'>[],
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('overstap.signaal.negatief-bsa')
  async negatiefBsa(@Payload() events: ParsedEvent<'overstap.signaal.negatief-bsa'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('overstap.deadline.aanmelding-gemist')
  async aanmeldingGemist(@Payload() events: ParsedEvent<'overstap.deadline.aanmelding-gemist'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('overstap.signaal.geen-levende-aanmelding')
  async geenLevendeAanmelding(
    @Payload() events: ParsedEvent<'overstap.signaal.geen-levende-aanmelding'>[],
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

  @BatchEventPattern('verzuim.melding.voor-rmc')
  async verzuimVoorRmc(@Payload() events: ParsedEvent<'verzuim.melding.voor-rmc'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  async dispatch(signalen: CasusSignaalEvent[], context: InboxContext): Promise<void> {
    if (signalen.length === 0) return;
    await this.verwerkSignalen.execute({ input: { signalen }, correlationId: signalen[0].correlationId }, context.manager);
  }
}
