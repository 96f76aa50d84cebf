import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { benaderrondeParamsSchema, benaderrondeSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeesBenaderronde } from './lees-benaderronde';

class BenaderrondeParams extends zodDto(benaderrondeParamsSchema) {}
class BenaderrondeDto extends zodDto(benaderrondeSchema) {}

@ApiTags('benaderrondes')
@ApiBearerAuth()
@Controller('benaderrondes/:rmcRegio/:rondeId')
export class LeesBenaderrondeHttp {
  constructor(private readonly leesBenaderronde: LeesBenaderronde) {}

  @Get()
  @ApiOperation({ summary: 'Eén benaderronde van de regio: de totalen en het resultaat per jongere (casus-ids)' })
  @ZodResponse({ status: 200, type: BenaderrondeDto })
  @ApiProblems(400, 403, 404)
  lees(@Param() params: BenaderrondeParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesBenaderronde.execute({ input: params, actor, correlationId });
  }
}
