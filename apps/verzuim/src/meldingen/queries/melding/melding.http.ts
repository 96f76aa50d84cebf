import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { MeldingMetStappen, meldingMetStappenSchema, meldingParamsSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { LeesMelding } from './lees-melding';

class MeldingParamsDto extends zodDto(meldingParamsSchema) {}
class MeldingMetStappenDto extends zodDto(meldingMetStappenSchema) {}

@ApiTags('meldingen')
@ApiBearerAuth()
@Controller('meldingen')
export class MeldingHttp {
  constructor(private readonly leesMelding: LeesMelding) {}

  @Get(':meldingId')
  @ApiOperation({ summary: 'Eén verzuimmelding met haar stappen (status, MAS-fase en route, wie en wanneer)' })
  @ZodResponse({ status: 200, type: MeldingMetStappenDto, description: 'de melding' })
  @ApiProblems(400, 404)
  lees(@Param() params: MeldingParamsDto, @CurrentUser() actor: Claims): Promise<MeldingMetStappen> {
    return this.leesMelding.execute({ input: { meldingId: params.meldingId }, actor });
  }
}
