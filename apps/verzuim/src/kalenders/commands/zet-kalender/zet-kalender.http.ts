import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { KalenderResultaat, kalenderParamsSchema, kalenderResultaatSchema, zetKalenderSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { ZetKalender } from './zet-kalender';

class ZetKalenderDto extends zodDto(zetKalenderSchema) {}
class KalenderParamsDto extends zodDto(kalenderParamsSchema) {}
class KalenderResultaatDto extends zodDto(kalenderResultaatSchema) {}

/** A school sets its calendar of lesson weeks for a schooljaar. */
@ApiTags('kalenders')
@ApiBearerAuth()
@Controller('kalenders')
export class ZetKalenderHttp {
  constructor(private readonly zetKalender: ZetKalender) {}

  @Put(':schooljaar')
  @ApiOperation({
    summary: 'De schoolkalender van een schooljaar zetten (school)',
    description:
      'Eigen vakanties en vrije dagen, of het landelijk advies van de vakantieregio ({ "landelijkAdvies": "noord" }) voor een schooljaar waarvoor een bron is (nu 2024-2025). Feestdagen komen uit de platformkalender.',
  })
  @ZodResponse({ status: 200, type: KalenderResultaatDto, description: 'de kalender is gezet (nieuwe versie)' })
  @ApiProblems(400, 403)
  zet(
    @Param() params: KalenderParamsDto,
    @Body() body: ZetKalenderDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ): Promise<KalenderResultaat> {
    return this.zetKalender.execute({ input: { schooljaar: params.schooljaar, kalender: body }, actor, correlationId });
  }
}
