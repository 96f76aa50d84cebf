import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { zetCasusRegelsSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { CasusRegelsDto, CasusRegelsParams } from '../../queries/casus-regels/casus-regels.http';
import { ZetCasusRegels } from './zet-casus-regels';

class ZetCasusRegelsDto extends zodDto(zetCasusRegelsSchema) {}

@ApiTags('casusregels')
@ApiBearerAuth()
@Controller('casusregels/:rmcRegio')
export class ZetCasusRegelsHttp {
  constructor(private readonly zetCasusRegels: ZetCasusRegels) {}

  @Put()
  @ApiOperation({ summary: 'Regeltabel van de RMC-regio instellen: welke signaalsoorten een casus openen en welke alleen koppelen (coördinator)' })
  @ZodResponse({ status: 200, type: CasusRegelsDto })
  @ApiProblems(400, 403)
  zet(@Param() params: CasusRegelsParams, @Body() body: ZetCasusRegelsDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.zetCasusRegels.execute({ input: { rmcRegio: params.rmcRegio, regels: body.regels }, actor, correlationId });
  }
}
