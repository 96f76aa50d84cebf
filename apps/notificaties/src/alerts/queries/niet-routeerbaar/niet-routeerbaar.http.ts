import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { nietRouteerbaarLijstSchema, nietRouteerbaarQuerySchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { ZoekNietRouteerbaar } from './zoek-niet-routeerbaar';

class NietRouteerbaarQueryDto extends zodDto(nietRouteerbaarQuerySchema) {}
class NietRouteerbaarLijstDto extends zodDto(nietRouteerbaarLijstSchema) {}

@ApiTags('niet-routeerbaar')
@ApiBearerAuth()
@Controller('niet-routeerbaar')
export class ZoekNietRouteerbaarHttp {
  constructor(private readonly zoekNietRouteerbaar: ZoekNietRouteerbaar) {}

  @Get()
  @ApiOperation({
    summary: 'Signalen zonder eigenaar: woonregio onbekend of geen ontvanger (RMC-coördinator, ops)',
    description: 'Open signalen (standaard), of al gerouteerde met hoe; ops ziet geen pseudoniem en geen inhoud.',
  })
  @ZodResponse({ status: 200, type: NietRouteerbaarLijstDto })
  @ApiProblems(400, 403)
  zoek(@Query() query: NietRouteerbaarQueryDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.zoekNietRouteerbaar.execute({ input: query, actor, correlationId });
  }
}
