import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { maakProgrammaSchema, programmaRegioParamsSchema, programmaSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { MaakProgramma } from './maak-programma';

class ProgrammaRegioParams extends zodDto(programmaRegioParamsSchema) {}
class MaakProgrammaDto extends zodDto(maakProgrammaSchema) {}
class ProgrammaDto extends zodDto(programmaSchema) {}

@ApiTags('programmas')
@ApiBearerAuth()
@Controller('programmas/:rmcRegio')
export class MaakProgrammaHttp {
  constructor(private readonly maakProgramma: MaakProgramma) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Een programma van de regio starten (naam, periode, capaciteit); alleen de RMC-coördinator' })
  @ZodResponse({ status: 201, type: ProgrammaDto })
  @ApiProblems(400, 403)
  maak(@Param() params: ProgrammaRegioParams, @Body() body: MaakProgrammaDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.maakProgramma.execute({ input: { rmcRegio: params.rmcRegio, ...body }, actor, correlationId });
  }
}
