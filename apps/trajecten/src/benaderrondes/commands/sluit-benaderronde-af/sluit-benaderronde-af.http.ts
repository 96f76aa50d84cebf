import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { benaderrondeParamsSchema, benaderrondeSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { SluitBenaderrondeAf } from './sluit-benaderronde-af';

class BenaderrondeParams extends zodDto(benaderrondeParamsSchema) {}
class BenaderrondeDto extends zodDto(benaderrondeSchema) {}

@ApiTags('benaderrondes')
@ApiBearerAuth()
@Controller('benaderrondes/:rmcRegio/:rondeId/afsluiten')
export class SluitBenaderrondeAfHttp {
  constructor(private readonly sluitBenaderrondeAf: SluitBenaderrondeAf) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Een benaderronde afsluiten; de totalen gaan als trajecten.benaderronde.afgesloten naar de rapportage' })
  @ZodResponse({ status: 200, type: BenaderrondeDto })
  @ApiProblems(400, 403, 404, 409)
  sluitAf(@Param() params: BenaderrondeParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.sluitBenaderrondeAf.execute({ input: params, actor, correlationId });
  }
}
