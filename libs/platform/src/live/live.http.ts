import { Controller, Get, HttpCode, Inject, Post, Query, Req, Res, Type, UnauthorizedException } from '@nestjs/common';
import { ApiBearerAuth, ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { beslis, Claims, CurrentUser, Public, routeSleutel } from '@sluitend/auth';
import { DomainError } from '@sluitend/domain-nl';
import { ApiProblems } from '../http/api-problems';
import { zodDto } from '../http/zod-dto';
import { LIVE_OPTIONS, LiveBus, LiveMelding, LiveOptions } from './live-bus';
import { LIVE_TICKET_SECONDEN, LiveTickets } from './live-tickets';

const ticketSchema = z.object({
  ticket: z.string().describe(`eenmalig, ${LIVE_TICKET_SECONDEN} seconden geldig: GET deze stroom met ?ticket=…`),
  verlooptOp: z.iso.datetime(),
});
class LiveTicketDto extends zodDto(ticketSchema) {}

/** A heartbeat keeps proxies from closing an idle stream (the Ingress waits an hour, undici 5 minutes). */
const HARTSLAG_MS = 15_000;
/** A stream ends after this long; the portal then gets a new ticket with its current token (access checked again). */
export const LIVE_MAX_DUUR_MS = 15 * 60_000;

/**
 * A live stream of one service (ADR 0021) as server-sent events, per organisation: `POST live/<stroom>/ticket` (a
 * bearer token, the policy table as every route) gives a one-time ticket; `GET live/<stroom>?ticket=…` (EventSource)
 * redeems it, checks the ticket's claims against the stream's own entry in the policy table, and then sends an event
 * `<stroom>` each time the service committed a change for the caller's organisation — `{ "aantal": n }` or
 * `{ "herverbonden": true }`, never personal data: the portal then reads the data through the API, scoped and
 * audited as always.
 */
export function liveHttp(stroom: string): Type<unknown> {
  @ApiTags('live')
  @Controller(`live/${stroom}`)
  class LiveStroomHttp {
    constructor(
      private readonly tickets: LiveTickets,
      private readonly bus: LiveBus,
      @Inject(LIVE_OPTIONS) private readonly options: LiveOptions,
    ) {}

    @Post('ticket')
    @HttpCode(201)
    @ApiBearerAuth()
    @ApiOperation({ summary: `Een eenmalig ticket voor de live stroom ${stroom} (EventSource kan geen token meesturen)` })
    @ZodResponse({ status: 201, type: LiveTicketDto })
    @ApiProblems(403)
    async ticket(@CurrentUser() user: Claims) {
      const { ticket, verlooptOp } = await this.tickets.geef(stroom, user);
      return { ticket, verlooptOp: verlooptOp.toISOString() };
    }

    @Get()
    @Public()
    @ApiExcludeEndpoint()
    async stroom(@Query('ticket') ticket: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
      const houder = typeof ticket === 'string' && ticket.length <= 100 ? await this.tickets.wissel(stroom, ticket) : undefined;
      if (!houder) {
        throw new UnauthorizedException({ code: 'live.ticket-ongeldig', detail: 'geen geldig ticket: vraag een nieuw aan met POST …/ticket' });
      }
      const beslissing = beslis(routeSleutel('GET', `/api/${this.options.service}/live/${stroom}`), houder.org.type, houder.roles);
      if (!beslissing.toegestaan) throw DomainError.geenToegang(beslissing.code, beslissing.reden);

      response.status(200);
      response.setHeader('content-type', 'text/event-stream; charset=utf-8');
      response.setHeader('cache-control', 'no-store');
      // Tells nginx (and the Ingress) not to buffer this response.
      response.setHeader('x-accel-buffering', 'no');
      response.flushHeaders();
      request.socket.setNoDelay(true);
      const schrijf = (tekst: string) => {
        if (!response.writableEnded) response.write(tekst);
      };
      schrijf(`retry: 3000\nevent: verbonden\ndata: {}\n\n`);
      const stop = this.bus.volg(stroom, `${houder.org.type}:${houder.org.code}`, (melding: LiveMelding) => {
        const data = 'herverbonden' in melding ? { herverbonden: true } : { aantal: melding.aantal };
        schrijf(`event: ${stroom}\ndata: ${JSON.stringify(data)}\n\n`);
      });
      const hartslag = setInterval(() => schrijf(': hartslag\n\n'), HARTSLAG_MS);
      const einde = setTimeout(() => {
        schrijf('event: einde\ndata: {}\n\n');
        response.end();
      }, LIVE_MAX_DUUR_MS);
      const opruimen = () => {
        stop();
        clearInterval(hartslag);
        clearTimeout(einde);
      };
      request.on('close', opruimen);
      response.on('close', opruimen);
    }
  }
  return LiveStroomHttp;
}
