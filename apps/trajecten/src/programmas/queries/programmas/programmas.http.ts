import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { programmaRegioParamsSchema, programmasSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeesProgrammas } from './lees-programmas';

class ProgrammaRegioParams extends zodDto(programmaRegioParamsSchema) {}
class ProgrammasDto extends zodDto(programmasSchema) {}

@ApiTags('programmas')
@ApiBearerAuth()
@Controller('programmas/:rmcRegio')
export class LeesProgrammasHttp {
  constructor(private readonly leesProgrammas: LeesProgrammas) {}

  @Get()
  @ApiOperation({ summary: "De programma's van de regio, lopende eerst, elk met het aantal deelnemers en hun resultaten" })
  @ZodResponse({ status: 200, type: ProgrammasDto })
  @ApiProblems(400, 403)
  lees(@Param() params: ProgrammaRegioParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesProgrammas.execute({ input: { rmcRegio: params.rmcRegio }, actor, correlationId });
  }
}
