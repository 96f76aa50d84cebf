import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { regioRouteringSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { RegioParams, RegioRouteringDto } from '../../queries/routering/routering.http';
import { ZetRoutering } from './zet-routering';

class RegioRegelsDto extends zodDto(regioRouteringSchema) {}

@ApiTags('routering')
@ApiBearerAuth()
@Controller('routering/:rmcRegio')
export class ZetRouteringHttp {
  constructor(private readonly zetRoutering: ZetRoutering) {}

  @Put()
  @ApiOperation({ summary: 'Eigen routeringsregels van een RMC-regio instellen (weggelaten signaaltypen: de standaard)' })
  @ZodResponse({ status: 200, type: RegioRouteringDto })
  @ApiProblems(400, 403)
  zet(@Param() params: RegioParams, @Body() body: RegioRegelsDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.zetRoutering.execute({ input: { rmcRegio: params.rmcRegio, routering: body }, actor, correlationId });
  }
}
