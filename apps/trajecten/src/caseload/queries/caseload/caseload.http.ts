import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { casusRegelsParamsSchema, caseloadOverzichtSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeesCaseload } from './lees-caseload';

export class RegioParams extends zodDto(casusRegelsParamsSchema) {}
export class CaseloadDto extends zodDto(caseloadOverzichtSchema) {}

@ApiTags('caseload')
@ApiBearerAuth()
@Controller('caseload/:rmcRegio')
export class LeesCaseloadHttp {
  constructor(private readonly leesCaseload: LeesCaseload) {}

  @Get()
  @ApiOperation({ summary: 'Caseload van de regio: open casussen per casusregisseur tegen norm × fte (coördinator)' })
  @ZodResponse({ status: 200, type: CaseloadDto })
  @ApiProblems(400, 403)
  lees(@Param() params: RegioParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesCaseload.execute({ input: { rmcRegio: params.rmcRegio }, actor, correlationId });
  }
}
