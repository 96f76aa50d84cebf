import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { casusParamsSchema, overdrachtenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeesOverdrachten } from './lees-overdrachten';

class CasusIdParams extends zodDto(casusParamsSchema) {}
class OverdrachtenDto extends zodDto(overdrachtenSchema) {}

@ApiTags('overdrachten')
@ApiBearerAuth()
@Controller('casussen/:id/overdrachten')
export class LeesOverdrachtenHttp {
  constructor(private readonly leesOverdrachten: LeesOverdrachten) {}

  @Get()
  @ApiOperation({ summary: 'De overdrachten van een casus, oudste eerst, en wie de casus nu heeft' })
  @ZodResponse({ status: 200, type: OverdrachtenDto })
  @ApiProblems(400, 403, 404)
  lees(@Param() params: CasusIdParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesOverdrachten.execute({ input: { casusId: params.id }, actor, correlationId });
  }
}
