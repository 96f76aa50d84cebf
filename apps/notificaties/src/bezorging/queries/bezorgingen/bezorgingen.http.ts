import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { bezorgingenQuerySchema, bezorgingenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { OrganisatieParams } from '../../../shared/http/organisatie-params.dto';
import { LeesBezorgingen } from './lees-bezorgingen';

class BezorgingenQuery extends zodDto(bezorgingenQuerySchema) {}
class BezorgingenDto extends zodDto(bezorgingenSchema) {}

@ApiTags('kanalen')
@ApiBearerAuth()
@Controller('organisaties/:type/:code/bezorgingen')
export class LeesBezorgingenHttp {
  constructor(private readonly leesBezorgingen: LeesBezorgingen) {}

  @Get()
  @ApiOperation({ summary: 'Het bezorglog van een organisatie: e-mails en webhookaanroepen met elke poging' })
  @ZodResponse({ status: 200, type: BezorgingenDto })
  @ApiProblems(400, 403)
  lees(
    @Param() organisatie: OrganisatieParams,
    @Query() query: BezorgingenQuery,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ) {
    return this.leesBezorgingen.execute({ input: { organisatie, limiet: query.limiet }, actor, correlationId });
  }
}
