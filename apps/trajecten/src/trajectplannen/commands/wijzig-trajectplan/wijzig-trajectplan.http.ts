import { Body, Controller, Headers, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { casusParamsSchema, planInhoudSchema, TrajectplanView } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { planEtag } from '../../domain/plan-versie';
import { TrajectplanDto } from '../maak-trajectplan/maak-trajectplan.http';
import { WijzigTrajectplan } from './wijzig-trajectplan';

class CasusIdParams extends zodDto(casusParamsSchema) {}
class PlanInhoudDto extends zodDto(planInhoudSchema) {}

@ApiTags('trajectplan')
@ApiBearerAuth()
@Controller('casussen/:id/trajectplan')
export class WijzigTrajectplanHttp {
  constructor(private readonly wijzigTrajectplan: WijzigTrajectplan) {}

  @Put()
  @ApiOperation({
    summary: 'Het trajectplan wijzigen, op de versie die u las (If-Match)',
    description: 'Zonder If-Match 428; is het plan intussen gewijzigd, dan 412 en niets opgeslagen: lees het opnieuw.',
  })
  @ApiHeader({ name: 'If-Match', required: true, description: 'de ETag van de gelezen versie, bijv. "3"' })
  @ZodResponse({ status: 200, type: TrajectplanDto })
  @ApiProblems(400, 403, 404, 409, 412, 428)
  async wijzig(
    @Param() params: CasusIdParams,
    @Body() body: PlanInhoudDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TrajectplanView> {
    const plan = await this.wijzigTrajectplan.execute({ input: { casusId: params.id, ifMatch, inhoud: body }, actor, correlationId });
    response.setHeader('ETag', planEtag(plan.versie));
    return plan;
  }
}
