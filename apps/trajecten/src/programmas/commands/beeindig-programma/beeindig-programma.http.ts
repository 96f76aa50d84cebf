import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { beeindigProgrammaSchema, programmaParamsSchema, programmaSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { BeeindigProgramma } from './beeindig-programma';

class ProgrammaParams extends zodDto(programmaParamsSchema) {}
class BeeindigProgrammaDto extends zodDto(beeindigProgrammaSchema) {}
class ProgrammaDto extends zodDto(programmaSchema) {}

@ApiTags('programmas')
@ApiBearerAuth()
@Controller('programmas/:rmcRegio/:programmaId/beeindigen')
export class BeeindigProgrammaHttp {
  constructor(private readonly beeindigProgramma: BeeindigProgramma) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Een programma beëindigen op een datum (standaard vandaag); alleen de RMC-coördinator' })
  @ZodResponse({ status: 200, type: ProgrammaDto })
  @ApiProblems(400, 403, 404, 409)
  beeindig(
    @Param() params: ProgrammaParams,
    @Body() body: BeeindigProgrammaDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ) {
    return this.beeindigProgramma.execute({ input: { rmcRegio: params.rmcRegio, programmaId: params.programmaId, ...body }, actor, correlationId });
  }
}
