import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { handelOverdrachtAfSchema, overdrachtParamsSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { OverdrachtDto } from '../stel-overdracht-voor/stel-overdracht-voor.http';
import { HandelOverdrachtAf } from './handel-overdracht-af';

class OverdrachtParams extends zodDto(overdrachtParamsSchema) {}
class HandelOverdrachtAfDto extends zodDto(handelOverdrachtAfSchema) {}

@ApiTags('overdrachten')
@ApiBearerAuth()
@Controller('casussen/:id/overdrachten/:overdrachtId/acties')
export class HandelOverdrachtAfHttp {
  constructor(private readonly handelOverdrachtAf: HandelOverdrachtAf) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Een overdracht accepteren (na het warme gesprek), weigeren (met reden), intrekken of teruggeven' })
  @ZodResponse({ status: 200, type: OverdrachtDto })
  @ApiProblems(400, 403, 404, 409)
  handelAf(
    @Param() params: OverdrachtParams,
    @Body() body: HandelOverdrachtAfDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ) {
    return this.handelOverdrachtAf.execute({ input: { casusId: params.id, overdrachtId: params.overdrachtId, ...body }, actor, correlationId });
  }
}
