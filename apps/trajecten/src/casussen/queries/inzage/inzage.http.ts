import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { casusInzageSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { CasusParams } from '../casus/casus.http';
import { LeesInzage } from './lees-inzage';

class CasusInzageDto extends zodDto(casusInzageSchema) {}

@ApiTags('casussen')
@ApiBearerAuth()
@Controller('casussen/:id/inzage')
export class LeesInzageHttp {
  constructor(private readonly leesInzage: LeesInzage) {}

  @Get()
  @ApiOperation({ summary: 'Wie de casus inzag (nieuwste eerst, de laatste 500) — voor de coördinator van de regio' })
  @ZodResponse({ status: 200, type: CasusInzageDto })
  @ApiProblems(400, 403, 404)
  lees(@Param() params: CasusParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesInzage.execute({ input: { casusId: params.id }, actor, correlationId });
  }
}
