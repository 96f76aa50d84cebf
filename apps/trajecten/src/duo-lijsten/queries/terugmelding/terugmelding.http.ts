import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { stringify } from 'csv-stringify/sync';
import { Claims, CurrentUser } from '@sluitend/auth';
import { duoLijstParamsSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { TERUGMELDING_KOLOMMEN } from '../../domain/terugmelding';
import { LeesTerugmelding } from './lees-terugmelding';

class DuoLijstParams extends zodDto(duoLijstParamsSchema) {}

@ApiTags('duo-lijsten')
@ApiBearerAuth()
@Controller('duo-lijsten/:lijstId/terugmelding.csv')
export class LeesTerugmeldingHttp {
  constructor(private readonly leesTerugmelding: LeesTerugmelding) {}

  @Get()
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="terugmelding.csv"')
  @ApiOperation({ summary: 'De terugmelding van een ingelezen DUO-lijst als CSV: per regel wat ze werd en waar de casus nu staat' })
  @ApiOkResponse({
    description: `CSV: ${TERUGMELDING_KOLOMMEN.join(', ')}`,
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiProblems(400, 404)
  async exporteer(@Param() params: DuoLijstParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string): Promise<string> {
    const regels = await this.leesTerugmelding.execute({ input: { lijstId: params.lijstId }, actor, correlationId });
    return stringify(regels, { header: true, columns: [...TERUGMELDING_KOLOMMEN] });
  }
}
