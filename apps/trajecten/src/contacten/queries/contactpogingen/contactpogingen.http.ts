import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { casusParamsSchema, contactpogingenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeesContactpogingen } from './lees-contactpogingen';

class CasusIdParams extends zodDto(casusParamsSchema) {}
class ContactpogingenDto extends zodDto(contactpogingenSchema) {}

@ApiTags('contactpogingen')
@ApiBearerAuth()
@Controller('casussen/:id/contactpogingen')
export class LeesContactpogingenHttp {
  constructor(private readonly leesContactpogingen: LeesContactpogingen) {}

  @Get()
  @ApiOperation({ summary: 'De contactpogingen van een casus, oudste eerst' })
  @ZodResponse({ status: 200, type: ContactpogingenDto })
  @ApiProblems(400, 403, 404)
  lees(@Param() params: CasusIdParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesContactpogingen.execute({ input: { casusId: params.id }, actor, correlationId });
  }
}
