import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { beslisVerlofSchema, Verlofaanvraag, verlofaanvraagSchema, verlofParamsSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { BeslisVerlof } from './beslis-verlof';

class VerlofParamsDto extends zodDto(verlofParamsSchema) {}
class BeslisVerlofDto extends zodDto(beslisVerlofSchema) {}
class VerlofaanvraagDto extends zodDto(verlofaanvraagSchema) {}

/** The school (up to 10 school days) or the leerplichtambtenaar (beyond) decides on a verlof request. */
@ApiTags('verlof')
@ApiBearerAuth()
@Controller('verlof')
export class BeslisVerlofHttp {
  constructor(private readonly beslisVerlof: BeslisVerlof) {}

  @Post(':verlofId/besluit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Beslissen op een verlofaanvraag',
    description:
      'Tot en met 10 schooldagen per schooljaar beslist de school (directeur), daarboven de leerplichtambtenaar van de woongemeente (403 voor de ander). Een aanvraag met een wettelijk bezwaar kan alleen worden geweigerd (409). Verleend verlof maakt de absentie in de periode geoorloofd: meldingen worden herzien zoals bij een correctie.',
  })
  @ZodResponse({ status: 200, type: VerlofaanvraagDto, description: 'de aanvraag met het besluit' })
  @ApiProblems(400, 403, 404, 409)
  beslis(
    @Param() params: VerlofParamsDto,
    @Body() body: BeslisVerlofDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ): Promise<Verlofaanvraag> {
    return this.beslisVerlof.execute({ input: { verlofId: params.verlofId, besluit: body }, actor, correlationId });
  }
}
