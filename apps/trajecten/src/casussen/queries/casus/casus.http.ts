import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { casusMetHistorieSchema, casusParamsSchema, casusSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeesCasus } from './lees-casus';

export class CasusParams extends zodDto(casusParamsSchema) {}
export class CasusDto extends zodDto(casusSchema) {}
class CasusMetHistorieDto extends zodDto(casusMetHistorieSchema) {}

@ApiTags('casussen')
@ApiBearerAuth()
@Controller('casussen/:id')
export class LeesCasusHttp {
  constructor(private readonly leesCasus: LeesCasus) {}

  @Get()
  @ApiOperation({ summary: 'Eén casus van de eigen regio, met zijn signalen en geschiedenis' })
  @ZodResponse({ status: 200, type: CasusMetHistorieDto })
  @ApiProblems(400, 403, 404)
  lees(@Param() params: CasusParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesCasus.execute({ input: { casusId: params.id }, actor, correlationId });
  }
}
