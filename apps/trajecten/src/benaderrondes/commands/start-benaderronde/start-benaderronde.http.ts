import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { benaderrondeRegioParamsSchema, benaderrondeSchema, startBenaderrondeSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { StartBenaderronde } from './start-benaderronde';

class BenaderrondeRegioParams extends zodDto(benaderrondeRegioParamsSchema) {}
class StartBenaderrondeDto extends zodDto(startBenaderrondeSchema) {}
class BenaderrondeDto extends zodDto(benaderrondeSchema) {}

@ApiTags('benaderrondes')
@ApiBearerAuth()
@Controller('benaderrondes/:rmcRegio')
export class StartBenaderrondeHttp {
  constructor(private readonly startBenaderronde: StartBenaderronde) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Een benaderronde starten over de casussen van een DUO-lijst of over gekozen casussen van de regio' })
  @ZodResponse({ status: 201, type: BenaderrondeDto })
  @ApiProblems(400, 403, 404, 409)
  start(
    @Param() params: BenaderrondeRegioParams,
    @Body() body: StartBenaderrondeDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ) {
    return this.startBenaderronde.execute({ input: { rmcRegio: params.rmcRegio, ...body }, actor, correlationId });
  }
}
