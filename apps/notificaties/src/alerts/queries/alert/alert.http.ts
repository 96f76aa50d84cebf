import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { alertMetHistorieSchema, alertParamsSchema, alertSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeesAlert } from './lees-alert';

export class AlertParams extends zodDto(alertParamsSchema) {}
export class AlertDto extends zodDto(alertSchema) {}
class AlertMetHistorieDto extends zodDto(alertMetHistorieSchema) {}

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts/:id')
export class LeesAlertHttp {
  constructor(private readonly leesAlert: LeesAlert) {}

  @Get()
  @ApiOperation({ summary: 'Eén alert van de eigen organisatie, met zijn geschiedenis' })
  @ZodResponse({ status: 200, type: AlertMetHistorieDto })
  @ApiProblems(400, 403, 404)
  lees(@Param() params: AlertParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesAlert.execute({ input: { alertId: params.id }, actor, correlationId });
  }
}
