import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { programmaDetailSchema, programmaParamsSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeesProgramma } from './lees-programma';

class ProgrammaParams extends zodDto(programmaParamsSchema) {}
class ProgrammaDetailDto extends zodDto(programmaDetailSchema) {}

@ApiTags('programmas')
@ApiBearerAuth()
@Controller('programmas/:rmcRegio/:programmaId')
export class LeesProgrammaHttp {
  constructor(private readonly leesProgramma: LeesProgramma) {}

  @Get()
  @ApiOperation({ summary: 'Eén programma van de regio met zijn deelnemers (casussen), lopende eerst, en de resultaten' })
  @ZodResponse({ status: 200, type: ProgrammaDetailDto })
  @ApiProblems(400, 403, 404)
  lees(@Param() params: ProgrammaParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesProgramma.execute({ input: { rmcRegio: params.rmcRegio, programmaId: params.programmaId }, actor, correlationId });
  }
}
