import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { casusParamsSchema, planStatusStapSchema, TrajectplanView } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { planEtag } from '../../domain/plan-versie';
import { TrajectplanDto } from '../maak-trajectplan/maak-trajectplan.http';
import { ZetPlanStatus } from './zet-plan-status';

class CasusIdParams extends zodDto(casusParamsSchema) {}
class PlanStatusStapDto extends zodDto(planStatusStapSchema) {}

@ApiTags('trajectplan')
@ApiBearerAuth()
@Controller('casussen/:id/trajectplan/status')
export class ZetPlanStatusHttp {
  constructor(private readonly zetPlanStatus: ZetPlanStatus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Het trajectplan vaststellen, afronden of stoppen, op de versie die u las (If-Match)' })
  @ApiHeader({ name: 'If-Match', required: true, description: 'de ETag van de gelezen versie, bijv. "3"' })
  @ZodResponse({ status: 200, type: TrajectplanDto })
  @ApiProblems(400, 403, 404, 409, 412, 428)
  async zet(
    @Param() params: CasusIdParams,
    @Body() body: PlanStatusStapDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TrajectplanView> {
    const plan = await this.zetPlanStatus.execute({ input: { casusId: params.id, ifMatch, actie: body.actie }, actor, correlationId });
    response.setHeader('ETag', planEtag(plan.versie));
    return plan;
  }
}
