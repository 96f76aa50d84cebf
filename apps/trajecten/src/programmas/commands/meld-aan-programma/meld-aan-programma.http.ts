import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { deelnameSchema, meldAanProgrammaSchema, programmaParamsSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { MeldAanProgramma } from './meld-aan-programma';

class ProgrammaParams extends zodDto(programmaParamsSchema) {}
class MeldAanProgrammaDto extends zodDto(meldAanProgrammaSchema) {}
class DeelnameDto extends zodDto(deelnameSchema) {}

@ApiTags('programmas')
@ApiBearerAuth()
@Controller('programmas/:rmcRegio/:programmaId/deelnames')
export class MeldAanProgrammaHttp {
  constructor(private readonly meldAanProgramma: MeldAanProgramma) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Een open casus van de regio aanmelden voor een programma (het loopt, er is plaats, nog niet aangemeld)' })
  @ZodResponse({ status: 201, type: DeelnameDto })
  @ApiProblems(400, 403, 404, 409)
  meldAan(@Param() params: ProgrammaParams, @Body() body: MeldAanProgrammaDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.meldAanProgramma.execute({ input: { rmcRegio: params.rmcRegio, programmaId: params.programmaId, ...body }, actor, correlationId });
  }
}
