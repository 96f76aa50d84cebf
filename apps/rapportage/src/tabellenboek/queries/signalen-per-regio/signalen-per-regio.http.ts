import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { SignalenPerRegio, signalenPerRegioQuerySchema, signalenPerRegioSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { LeesSignalenPerRegio } from './signalen-per-regio';

class SignalenPerRegioQueryDto extends zodDto(signalenPerRegioQuerySchema) {}
class SignalenPerRegioDto extends zodDto(signalenPerRegioSchema) {}

/** HTTP adapter of LeesSignalenPerRegio. */
@ApiTags('tabellenboek')
@ApiBearerAuth()
@Controller('signalen')
export class LeesSignalenPerRegioHttp {
  constructor(private readonly leesSignalenPerRegio: LeesSignalenPerRegio) {}

  @Get()
  @ApiOperation({
    summary: 'Signalen per soort per RMC-regio in een schooljaar',
    description:
      "De signalen van overstap (vroege waarschuwing, aanmelding gemist, geen levende aanmelding, niet ingeschreven op 1 oktober, uitschrijving zonder startkwalificatie, geen herinschrijving, negatief bsa) per RMC-regio van de woongemeente. Een RMC-regio ziet haar eigen regio, ops alle regio's met kleine aantallen onderdrukt (null); anderen niet.",
  })
  @ZodResponse({ status: 200, type: SignalenPerRegioDto, description: 'De signalen per regio en soort' })
  @ApiProblems(400, 403)
  lees(@Query() query: SignalenPerRegioQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<SignalenPerRegio> {
    return this.leesSignalenPerRegio.execute({ input: query, actor, correlationId: String(request.id) });
  }
}
