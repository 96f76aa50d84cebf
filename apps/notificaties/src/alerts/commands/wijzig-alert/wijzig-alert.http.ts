import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { handelAlertAfSchema, pakAlertOpSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeegDto } from '../../../shared/http/leeg.dto';
import { AlertDto, AlertParams } from '../../queries/alert/alert.http';
import { WijzigAlert } from './wijzig-alert';

class PakOpDto extends zodDto(pakAlertOpSchema) {}
class HandelAfDto extends zodDto(handelAlertAfSchema) {}

/** The lifecycle of an alert: one use case (WijzigAlert), one route per step. */
@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts/:id')
export class WijzigAlertHttp {
  constructor(private readonly wijzigAlert: WijzigAlert) {}

  @Post('gezien')
  @ApiOperation({ summary: 'Alert als gezien markeren (nogmaals gezien verandert niets)' })
  @ZodResponse({ status: 200, type: AlertDto })
  @ApiProblems(400, 403, 404, 409)
  gezien(@Param() params: AlertParams, @Body() _body: LeegDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.wijzigAlert.execute({ input: { alertId: params.id, wijziging: { actie: 'gezien' } }, actor, correlationId });
  }

  @Post('opgepakt')
  @ApiOperation({ summary: 'Alert oppakken: toewijzen aan een collega (of de aanroeper) of opnieuw toewijzen' })
  @ZodResponse({ status: 200, type: AlertDto })
  @ApiProblems(400, 403, 404, 409)
  pakOp(@Param() params: AlertParams, @Body() body: PakOpDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.wijzigAlert.execute({ input: { alertId: params.id, wijziging: { actie: 'opgepakt', ...body } }, actor, correlationId });
  }

  @Post('afgehandeld')
  @ApiOperation({ summary: 'Opgepakte alert afhandelen met een uitkomst (definitief)' })
  @ZodResponse({ status: 200, type: AlertDto })
  @ApiProblems(400, 403, 404, 409)
  handelAf(@Param() params: AlertParams, @Body() body: HandelAfDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.wijzigAlert.execute({ input: { alertId: params.id, wijziging: { actie: 'afgehandeld', ...body } }, actor, correlationId });
  }
}
