import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { BsaResultaat, bsaResultaatSchema, meldBsaSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { MeldBsa } from './meld-bsa';

class MeldBsaDto extends zodDto(meldBsaSchema) {}
class BsaResultaatDto extends zodDto(bsaResultaatSchema) {}

@ApiTags('inschrijvingen')
@ApiBearerAuth()
@Controller('inschrijvingen')
export class MeldBsaHttp {
  constructor(private readonly meldBsa: MeldBsa) {}

  @Post(':id/bsa')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Een bindend studieadvies melden (mbo-instelling)',
    description: 'Een negatief advies wordt eenmaal per inschrijving aan de RMC gesignaleerd (een tweede, in een andere opleiding, opnieuw).',
  })
  @ZodResponse({ status: 200, type: BsaResultaatDto, description: 'het advies is vastgelegd' })
  @ApiProblems(400, 403, 404)
  meld(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: MeldBsaDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ): Promise<BsaResultaat> {
    return this.meldBsa.execute({ input: { ...body, inschrijvingId: id }, actor, correlationId });
  }
}
