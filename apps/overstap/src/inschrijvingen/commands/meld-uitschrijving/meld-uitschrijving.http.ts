import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { meldUitschrijvingSchema, UitschrijvingResultaat, uitschrijvingResultaatSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { MeldUitschrijving } from './meld-uitschrijving';

class MeldUitschrijvingDto extends zodDto(meldUitschrijvingSchema) {}
class UitschrijvingResultaatDto extends zodDto(uitschrijvingResultaatSchema) {}

@ApiTags('inschrijvingen')
@ApiBearerAuth()
@Controller('inschrijvingen')
export class MeldUitschrijvingHttp {
  constructor(private readonly meldUitschrijving: MeldUitschrijving) {}

  @Post(':id/uitschrijving')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Een uitschrijving melden, met de DUO-redencode (mbo-instelling)',
    description:
      'Een leerling onder 23 zonder startkwalificatie wordt meteen aan de RMC gesignaleerd; volgt er binnen de herinschrijvingstermijn geen nieuwe inschrijving, dan volgt het signaal geen-herinschrijving.',
  })
  @ZodResponse({ status: 200, type: UitschrijvingResultaatDto, description: 'de uitschrijving is verwerkt' })
  @ApiProblems(400, 403, 404, 409)
  meld(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: MeldUitschrijvingDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ): Promise<UitschrijvingResultaat> {
    return this.meldUitschrijving.execute({ input: { ...body, inschrijvingId: id }, actor, correlationId });
  }
}
