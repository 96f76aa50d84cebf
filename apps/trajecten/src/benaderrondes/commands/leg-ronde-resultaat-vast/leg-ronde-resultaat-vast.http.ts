import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { legRondeResultaatVastSchema, rondeDeelnemerParamsSchema, rondeDeelnemerSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LegRondeResultaatVast } from './leg-ronde-resultaat-vast';

class RondeDeelnemerParams extends zodDto(rondeDeelnemerParamsSchema) {}
class LegRondeResultaatVastDto extends zodDto(legRondeResultaatVastSchema) {}
class RondeDeelnemerDto extends zodDto(rondeDeelnemerSchema) {}

@ApiTags('benaderrondes')
@ApiBearerAuth()
@Controller('benaderrondes/:rmcRegio/:rondeId/deelnemers/:casusId')
export class LegRondeResultaatVastHttp {
  constructor(private readonly legRondeResultaatVast: LegRondeResultaatVast) {}

  @Put()
  @ApiOperation({ summary: 'Het resultaat van één jongere in een lopende benaderronde vastleggen (reactie, in beeld, overgedragen aan)' })
  @ZodResponse({ status: 200, type: RondeDeelnemerDto })
  @ApiProblems(400, 403, 404, 409)
  legVast(
    @Param() params: RondeDeelnemerParams,
    @Body() body: LegRondeResultaatVastDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ) {
    return this.legRondeResultaatVast.execute({ input: { ...params, ...body }, actor, correlationId });
  }
}
