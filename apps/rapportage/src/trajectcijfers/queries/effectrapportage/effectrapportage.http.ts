import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { EffectrapportageAntwoord, effectrapportageQuerySchema, effectrapportageSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { LeesEffectrapportage } from './effectrapportage';

class EffectrapportageQueryDto extends zodDto(effectrapportageQuerySchema) {}
class EffectrapportageDto extends zodDto(effectrapportageSchema) {}

/** HTTP adapter of LeesEffectrapportage. */
@ApiTags('trajectcijfers')
@ApiBearerAuth()
@Controller('effectrapportage')
export class LeesEffectrapportageHttp {
  constructor(private readonly leesEffectrapportage: LeesEffectrapportage) {}

  @Get()
  @ApiOperation({
    summary: 'De effectrapportage van een schooljaar: uitkomsten en tijdigheid per RMC-regio',
    description:
      "Casussen afgesloten in het schooljaar (1 augustus – 31 juli) per RMC-regio: uitkomstcategorie, tijd tot eerste contact en tot intake (< 4, 4–6, > 6 weken). Een samengevoegde (dubbele) casus telt niet. Een RMC-regio ziet haar eigen regio, ops alle regio's met kleine aantallen onderdrukt (null, de drie tabellen samen); anderen niet.",
  })
  @ZodResponse({ status: 200, type: EffectrapportageDto, description: 'De effectrapportage binnen het bereik van de organisatie' })
  @ApiProblems(400, 403)
  lees(@Query() query: EffectrapportageQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<EffectrapportageAntwoord> {
    return this.leesEffectrapportage.execute({ input: query, actor, correlationId: String(request.id) });
  }
}
