import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import { RouteerNietRouteerbare } from './routeer-niet-routeerbare';

type MetWoongemeente = Pick<ParsedEvent, 'id' | 'jongereId' | 'context' | 'correlationId'>;

/**
 * Events that say where a student lives (an inschrijving or uitschrijving with the woongemeente the mbo gave, a
 * dossier, an aanmelding of a student overstap can route): the student's signals waiting in the "niet te routeren"
 * list are routed now, in the inbox transaction.
 */
@Controller()
export class RouteerNietRouteerbareMessage {
  constructor(private readonly routeer: RouteerNietRouteerbare) {}

  @BatchEventPattern('overstap.inschrijving.geregistreerd')
  async ingeschreven(@Payload() events: ParsedEvent<'overstap.inschrijving.geregistreerd'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('overstap.inschrijving.beeindigd')
  async beeindigd(@Payload() events: ParsedEvent<'overstap.inschrijving.beeindigd'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('overstap.aanmelding.geregistreerd')
  async aangemeld(@Payload() events: ParsedEvent<'overstap.aanmelding.geregistreerd'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('overstap.aanmelding.status-gewijzigd')
  async aanmeldingGewijzigd(@Payload() events: ParsedEvent<'overstap.aanmelding.status-gewijzigd'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  @BatchEventPattern('overstap.dossier.ingediend')
  async dossier(@Payload() events: ParsedEvent<'overstap.dossier.ingediend'>[], @Ctx() context: InboxContext): Promise<void> {
    await this.dispatch(events, context);
  }

  private async dispatch(events: MetWoongemeente[], context: InboxContext): Promise<void> {
    const woongemeenten = bekendeWoongemeenten(events);
    if (woongemeenten.length === 0) return;
    await this.routeer.execute(
      { input: { woongemeenten, door: `event:${events[events.length - 1].id}` }, correlationId: events[0].correlationId },
      context.manager,
    );
  }
}

/** Per student the last woongemeente (with an RMC-regio) the events carry, in log order. */
export function bekendeWoongemeenten(events: readonly MetWoongemeente[]): Array<{ jongereId: string; woongemeente: string }> {
  const per = new Map<string, string>();
  for (const event of events) {
    if (event.jongereId && event.context.woongemeente && event.context.rmcRegio) per.set(event.jongereId, event.context.woongemeente);
  }
  return [...per].map(([jongereId, woongemeente]) => ({ jongereId, woongemeente }));
}
