import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { AlertcijfersAntwoord, alertcijfersQuerySchema, alertcijfersSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { LeesAlertcijfers } from './alertcijfers';

class AlertcijfersQueryDto extends zodDto(alertcijfersQuerySchema) {}
class AlertcijfersDto extends zodDto(alertcijfersSchema) {}

/** HTTP adapter of LeesAlertcijfers. */
@ApiTags('alertcijfers')
@ApiBearerAuth()
@Controller('alerts')
export class LeesAlertcijfersHttp {
  constructor(private readonly leesAlertcijfers: LeesAlertcijfers) {}

  @Get()
  @ApiOperation({
    summary: 'Alerts van een schooljaar: stand, tijd tot oppakken en tot afhandelen',
    description:
      'Alerts aangemaakt in het schooljaar per organisatie of per soort signaal: open, opgepakt of afgehandeld (met en zonder escalatie), en de tijd tot oppakken en tot afhandelen in klassen (< 4 uur, 4–24 uur, 1–3 dagen, > 3 dagen, nog niet). Een organisatie ziet haar eigen alerts, ops alle organisaties met kleine aantallen onderdrukt (null, de drie tabellen samen); een partner niet.',
  })
  @ZodResponse({ status: 200, type: AlertcijfersDto, description: 'De alertcijfers binnen het bereik van de organisatie' })
  @ApiProblems(400, 403)
  lees(@Query() query: AlertcijfersQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<AlertcijfersAntwoord> {
    return this.leesAlertcijfers.execute({ input: query, actor, correlationId: String(request.id) });
  }
}
