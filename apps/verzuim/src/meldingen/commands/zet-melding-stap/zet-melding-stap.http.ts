import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { MeldingMetStappen, meldingMetStappenSchema, meldingParamsSchema, meldingStapSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { ZetMeldingStap } from './zet-melding-stap';

class MeldingParamsDto extends zodDto(meldingParamsSchema) {}
class MeldingStapDto extends zodDto(meldingStapSchema) {}
class MeldingMetStappenDto extends zodDto(meldingMetStappenSchema) {}

@ApiTags('meldingen')
@ApiBearerAuth()
@Controller('meldingen')
export class ZetMeldingStapHttp {
  constructor(private readonly zetMeldingStap: ZetMeldingStap) {}

  @Post(':meldingId/stappen')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Een stap zetten op een verzuimmelding',
    description:
      'Status: de school trekt in (alleen geregistreerd); de behandelaar (leerplicht van de woongemeente, RMC van de woonregio) neemt in behandeling, neemt ter kennisgeving aan, of sluit af met een DUO-reden. MAS: de volgende fase of route, door de behandelaar, in behandeling. 409 noemt de toegestane acties.',
  })
  @ZodResponse({ status: 200, type: MeldingMetStappenDto, description: 'de melding met al haar stappen' })
  @ApiProblems(400, 403, 404, 409)
  zet(
    @Param() params: MeldingParamsDto,
    @Body() body: MeldingStapDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ): Promise<MeldingMetStappen> {
    return this.zetMeldingStap.execute({ input: { meldingId: params.meldingId, stap: body }, actor, correlationId });
  }
}
