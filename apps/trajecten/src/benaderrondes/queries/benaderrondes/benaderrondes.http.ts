import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { benaderrondeRegioParamsSchema, benaderrondesSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeesBenaderrondes } from './lees-benaderrondes';

class BenaderrondeRegioParams extends zodDto(benaderrondeRegioParamsSchema) {}
class BenaderrondesDto extends zodDto(benaderrondesSchema) {}

@ApiTags('benaderrondes')
@ApiBearerAuth()
@Controller('benaderrondes/:rmcRegio')
export class LeesBenaderrondesHttp {
  constructor(private readonly leesBenaderrondes: LeesBenaderrondes) {}

  @Get()
  @ApiOperation({ summary: 'De benaderrondes van de regio, lopende eerst, elk met de totalen' })
  @ZodResponse({ status: 200, type: BenaderrondesDto })
  @ApiProblems(400, 403)
  lees(@Param() params: BenaderrondeRegioParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesBenaderrondes.execute({ input: { rmcRegio: params.rmcRegio }, actor, correlationId });
  }
}
