import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { casusParamsSchema, planInhoudSchema, TrajectplanView, trajectplanSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { planEtag } from '../../domain/plan-versie';
import { MaakTrajectplan } from './maak-trajectplan';

class CasusIdParams extends zodDto(casusParamsSchema) {}
class PlanInhoudDto extends zodDto(planInhoudSchema) {}
export class TrajectplanDto extends zodDto(trajectplanSchema) {}

@ApiTags('trajectplan')
@ApiBearerAuth()
@Controller('casussen/:id/trajectplan')
export class MaakTrajectplanHttp {
  constructor(private readonly maakTrajectplan: MaakTrajectplan) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Een trajectplan opstellen (versie 1, concept)',
    description: 'Het antwoord draagt de ETag van de versie; een wijziging stuurt die terug in If-Match.',
  })
  @ZodResponse({ status: 201, type: TrajectplanDto })
  @ApiProblems(400, 403, 404, 409)
  async maak(
    @Param() params: CasusIdParams,
    @Body() body: PlanInhoudDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TrajectplanView> {
    const plan = await this.maakTrajectplan.execute({ input: { casusId: params.id, inhoud: body }, actor, correlationId });
    response.setHeader('ETag', planEtag(plan.versie));
    return plan;
  }
}
