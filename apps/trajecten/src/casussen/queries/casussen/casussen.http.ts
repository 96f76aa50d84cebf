import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { casussenPaginaSchema, casussenQuerySchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { ZoekCasussen } from './zoek-casussen';

class CasussenQueryDto extends zodDto(casussenQuerySchema) {}
class CasussenPaginaDto extends zodDto(casussenPaginaSchema) {}

@ApiTags('casussen')
@ApiBearerAuth()
@Controller('casussen')
export class ZoekCasussenHttp {
  constructor(private readonly zoekCasussen: ZoekCasussen) {}

  @Get()
  @ApiOperation({ summary: 'De casussen van de eigen RMC-regio, met filters (status, open, casusregisseur), per pagina' })
  @ZodResponse({ status: 200, type: CasussenPaginaDto })
  @ApiProblems(400, 403)
  zoek(@Query() query: CasussenQueryDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.zoekCasussen.execute({ input: query, actor, correlationId });
  }
}
