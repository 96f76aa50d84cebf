import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { regioRouteringOverzichtSchema, rmcRegioParamsSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeesRoutering } from './lees-routering';

export class RegioParams extends zodDto(rmcRegioParamsSchema) {}
export class RegioRouteringDto extends zodDto(regioRouteringOverzichtSchema) {}

@ApiTags('routering')
@ApiBearerAuth()
@Controller('routering/:rmcRegio')
export class LeesRouteringHttp {
  constructor(private readonly leesRoutering: LeesRoutering) {}

  @Get()
  @ApiOperation({ summary: 'Wie welk signaal krijgt in een RMC-regio (eigen regels of de standaard)' })
  @ZodResponse({ status: 200, type: RegioRouteringDto })
  @ApiProblems(400, 403)
  lees(@Param() params: RegioParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesRoutering.execute({ input: { rmcRegio: params.rmcRegio }, actor, correlationId });
  }
}
