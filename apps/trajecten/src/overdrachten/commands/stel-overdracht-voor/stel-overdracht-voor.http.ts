import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { casusParamsSchema, overdrachtSchema, stelOverdrachtVoorSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { StelOverdrachtVoor } from './stel-overdracht-voor';

class CasusIdParams extends zodDto(casusParamsSchema) {}
class StelOverdrachtVoorDto extends zodDto(stelOverdrachtVoorSchema) {}
export class OverdrachtDto extends zodDto(overdrachtSchema) {}

@ApiTags('overdrachten')
@ApiBearerAuth()
@Controller('casussen/:id/overdrachten')
export class StelOverdrachtVoorHttp {
  constructor(private readonly stelOverdrachtVoor: StelOverdrachtVoor) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Een warme overdracht voorstellen aan een partner',
    description: 'Zonder acceptatie binnen de termijn (werkdagen, OVERDRACHT_WERKDAGEN) volgt een escalatie via notificaties.',
  })
  @ZodResponse({ status: 201, type: OverdrachtDto })
  @ApiProblems(400, 403, 404, 409)
  stelVoor(
    @Param() params: CasusIdParams,
    @Body() body: StelOverdrachtVoorDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ) {
    return this.stelOverdrachtVoor.execute({ input: { casusId: params.id, ...body }, actor, correlationId });
  }
}
