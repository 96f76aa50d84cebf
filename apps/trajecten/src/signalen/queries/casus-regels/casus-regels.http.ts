import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { casusRegelsOverzichtSchema, casusRegelsParamsSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeesCasusRegels } from './lees-casus-regels';

export class CasusRegelsParams extends zodDto(casusRegelsParamsSchema) {}
export class CasusRegelsDto extends zodDto(casusRegelsOverzichtSchema) {}

@ApiTags('casusregels')
@ApiBearerAuth()
@Controller('casusregels/:rmcRegio')
export class LeesCasusRegelsHttp {
  constructor(private readonly leesCasusRegels: LeesCasusRegels) {}

  @Get()
  @ApiOperation({ summary: 'De regeltabel van de eigen RMC-regio: per signaalsoort opent of koppelt, en de bron (vast, regio, standaard)' })
  @ZodResponse({ status: 200, type: CasusRegelsDto })
  @ApiProblems(400, 403)
  lees(@Param() params: CasusRegelsParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesCasusRegels.execute({ input: { rmcRegio: params.rmcRegio }, actor, correlationId });
  }
}
