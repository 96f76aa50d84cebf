import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { zetCasusStapSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { CasusDto, CasusParams } from '../../queries/casus/casus.http';
import { ZetCasusStap } from './zet-casus-stap';

class ZetCasusStapDto extends zodDto(zetCasusStapSchema) {}

@ApiTags('casussen')
@ApiBearerAuth()
@Controller('casussen/:id/stappen')
export class ZetCasusStapHttp {
  constructor(private readonly zetCasusStap: ZetCasusStap) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Een stap in de casus zetten (contact, screening, netwerkoverleg, route, nazorg, afwijzen, onbereikbaar, afsluiten met uitkomst)',
  })
  @ZodResponse({ status: 200, type: CasusDto })
  @ApiProblems(400, 403, 404, 409)
  zet(@Param() params: CasusParams, @Body() body: ZetCasusStapDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.zetCasusStap.execute({ input: { casusId: params.id, ...body }, actor, correlationId });
  }
}
