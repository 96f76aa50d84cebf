import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { deelnameParamsSchema, deelnameSchema, meldAfProgrammaSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { MeldAfProgramma } from './meld-af-programma';

class DeelnameParams extends zodDto(deelnameParamsSchema) {}
class MeldAfProgrammaDto extends zodDto(meldAfProgrammaSchema) {}
class DeelnameDto extends zodDto(deelnameSchema) {}

@ApiTags('programmas')
@ApiBearerAuth()
@Controller('programmas/:rmcRegio/:programmaId/deelnames/:casusId/afmelden')
export class MeldAfProgrammaHttp {
  constructor(private readonly meldAfProgramma: MeldAfProgramma) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Een deelnemer afmelden bij een programma met zijn resultaat (eenmaal, niet voor de aanmelding)' })
  @ZodResponse({ status: 200, type: DeelnameDto })
  @ApiProblems(400, 403, 404, 409)
  meldAf(@Param() params: DeelnameParams, @Body() body: MeldAfProgrammaDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.meldAfProgramma.execute({ input: { ...params, ...body }, actor, correlationId });
  }
}
