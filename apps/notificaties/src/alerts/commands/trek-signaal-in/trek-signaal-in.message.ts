import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { INTREKKINGSREDENEN, ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';
import { MELDING_AFGEROND, MeldingAfgerond, meldingAfgerond } from '../../domain/melding-afgerond';
import { TrekSignaalIn } from './trek-signaal-in';

/**
 * Signals their source closed, each batch to TrekSignaalIn in the inbox transaction: verzuim.ziekteverzuim.ingetrokken
 * (a correction made the M@ZL signal void), verzuim.verlof.besloten (the leerplichtambtenaar decided the request),
 * verzuim.melding.ingetrokken (a correction made the verzuimmelding void) and verzuim.melding.status-gewijzigd to a
 * final status (the melding was afgesloten, ter kennisgeving aangenomen or withdrawn by the school). A melding's alerts
 * carry the melding's id as signaalId.
 */
/** Why verzuim withdrew a melding or M@ZL signal, for the alert's history line. */
const VERVALLEN_DOOR: Record<(typeof INTREKKINGSREDENEN)[number], string> = {
  correctie: 'de school heeft de absentie gecorrigeerd.',
  samengevoegd: 'het stond dubbel, twee registraties van één leerling zijn samengevoegd.',
};

@Controller()
export class TrekSignaalInMessage {
  constructor(private readonly trekSignaalIn: TrekSignaalIn) {}

  @BatchEventPattern('verzuim.ziekteverzuim.ingetrokken')
  async ziekteverzuimIngetrokken(@Payload() events: ParsedEvent<'verzuim.ziekteverzuim.ingetrokken'>[], @Ctx() context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.trekSignaalIn.execute(
      {
        input: {
          ingetrokken: events.map((event) => ({
            signaalId: event.payload.signaalId,
            toelichting: `Zorgwekkend ziekteverzuim vervallen: ${VERVALLEN_DOOR[event.payload.reden]}`,
            eventId: event.id,
            correlationId: event.correlationId,
          })),
        },
        correlationId: events[0].correlationId,
      },
      context.manager,
    );
  }

  @BatchEventPattern('verzuim.melding.ingetrokken')
  async meldingIngetrokken(@Payload() events: ParsedEvent<'verzuim.melding.ingetrokken'>[], @Ctx() context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.trekSignaalIn.execute(
      {
        input: {
          ingetrokken: events.map((event) => ({
            signaalId: event.payload.meldingId,
            toelichting: `Verzuimmelding vervallen: ${VERVALLEN_DOOR[event.payload.reden]}`,
            eventId: event.id,
            correlationId: event.correlationId,
          })),
        },
        correlationId: events[0].correlationId,
      },
      context.manager,
    );
  }

  @BatchEventPattern('verzuim.melding.status-gewijzigd')
  async meldingStatusGewijzigd(@Payload() events: ParsedEvent<'verzuim.melding.status-gewijzigd'>[], @Ctx() context: InboxContext): Promise<void> {
    const afgerond = events.filter((event) => meldingAfgerond(event.payload.naarStatus));
    if (afgerond.length === 0) return;
    await this.trekSignaalIn.execute(
      {
        input: {
          ingetrokken: afgerond.map((event) => ({
            signaalId: event.payload.meldingId,
            toelichting: `De verzuimmelding is ${MELDING_AFGEROND[event.payload.naarStatus as MeldingAfgerond]} in de verzuimregistratie.`,
            actie: 'melding afgerond',
            eventId: event.id,
            correlationId: event.correlationId,
          })),
        },
        correlationId: events[0].correlationId,
      },
      context.manager,
    );
  }

  @BatchEventPattern('verzuim.verlof.besloten')
  async verlofBesloten(@Payload() events: ParsedEvent<'verzuim.verlof.besloten'>[], @Ctx() context: InboxContext): Promise<void> {
    if (events.length === 0) return;
    await this.trekSignaalIn.execute(
      {
        input: {
          ingetrokken: events.map((event) => ({
            signaalId: event.payload.signaalId,
            toelichting: `De leerplichtambtenaar heeft over de verlofaanvraag beslist: ${event.payload.besluit}.`,
            actie: 'verlof besloten',
            eventId: event.id,
            correlationId: event.correlationId,
          })),
        },
        correlationId: events[0].correlationId,
      },
      context.manager,
    );
  }
}
