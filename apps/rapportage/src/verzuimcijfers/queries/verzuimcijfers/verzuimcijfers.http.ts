import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { VerzuimcijfersAntwoord, verzuimcijfersQuerySchema, verzuimcijfersSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { LeesVerzuimcijfers } from './verzuimcijfers';

class VerzuimcijfersQueryDto extends zodDto(verzuimcijfersQuerySchema) {}
class VerzuimcijfersDto extends zodDto(verzuimcijfersSchema) {}

/** HTTP adapter of LeesVerzuimcijfers. */
@ApiTags('verzuimcijfers')
@ApiBearerAuth()
@Controller('verzuim')
export class LeesVerzuimcijfersHttp {
  constructor(private readonly leesVerzuimcijfers: LeesVerzuimcijfers) {}

  @Get()
  @ApiOperation({
    summary: 'Verzuimmeldingen van een schooljaar per soort en status, per gemeente en per school',
    description:
      'Meldingen met een startdatum in het schooljaar: per soort × geregistreerd/ingetrokken, per woongemeente × soort en per school × soort. Een school ziet haar eigen meldingen, een gemeente die over haar inwoners, een RMC-regio die over de inwoners van haar regio, ops alles met kleine aantallen onderdrukt (null, de drie tabellen samen); een partner niet.',
  })
  @ZodResponse({ status: 200, type: VerzuimcijfersDto, description: 'De verzuimcijfers binnen het bereik van de organisatie' })
  @ApiProblems(400, 403)
  lees(@Query() query: VerzuimcijfersQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<VerzuimcijfersAntwoord> {
    return this.leesVerzuimcijfers.execute({ input: query, actor, correlationId: String(request.id) });
  }
}
