import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { casusParamsSchema, TrajectplanView } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { TrajectplanDto } from '../../commands/maak-trajectplan/maak-trajectplan.http';
import { planEtag } from '../../domain/plan-versie';
import { LeesTrajectplan } from './lees-trajectplan';

class CasusIdParams extends zodDto(casusParamsSchema) {}

@ApiTags('trajectplan')
@ApiBearerAuth()
@Controller('casussen/:id/trajectplan')
export class LeesTrajectplanHttp {
  constructor(private readonly leesTrajectplan: LeesTrajectplan) {}

  @Get()
  @ApiOperation({ summary: 'Het trajectplan van een casus, met zijn versie als ETag en de historie' })
  @ZodResponse({ status: 200, type: TrajectplanDto })
  @ApiProblems(400, 403, 404)
  async lees(
    @Param() params: CasusIdParams,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TrajectplanView> {
    const plan = await this.leesTrajectplan.execute({ input: { casusId: params.id }, actor, correlationId });
    response.setHeader('ETag', planEtag(plan.versie));
    return plan;
  }
}
