import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { casusParamsSchema, legNazorgcontroleVastSchema, nazorgcontroleSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LegNazorgcontroleVast } from './leg-nazorgcontrole-vast';

class CasusIdParams extends zodDto(casusParamsSchema) {}
class LegNazorgcontroleVastDto extends zodDto(legNazorgcontroleVastSchema) {}
class NazorgcontroleDto extends zodDto(nazorgcontroleSchema) {}

@ApiTags('nazorg')
@ApiBearerAuth()
@Controller('casussen/:id/nazorgcontrole')
export class LegNazorgcontroleVastHttp {
  constructor(private readonly legNazorgcontroleVast: LegNazorgcontroleVast) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Het resultaat van de nazorgcontrole vastleggen: plek behouden, uitgevallen of niet bereikt (eenmaal, als ze aan de beurt is)',
  })
  @ZodResponse({ status: 200, type: NazorgcontroleDto })
  @ApiProblems(400, 404, 409)
  legVast(
    @Param() params: CasusIdParams,
    @Body() body: LegNazorgcontroleVastDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ) {
    return this.legNazorgcontroleVast.execute({ input: { casusId: params.id, ...body }, actor, correlationId });
  }
}
