import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { ZiekteverzuimSignalen, ziekteverzuimQuerySchema, ziekteverzuimSignalenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { ZoekZiekteverzuim } from './zoek-ziekteverzuim';

class ZiekteverzuimQueryDto extends zodDto(ziekteverzuimQuerySchema) {}
class ZiekteverzuimSignalenDto extends zodDto(ziekteverzuimSignalenSchema) {}

@ApiTags('ziekteverzuim')
@ApiBearerAuth()
@Controller('ziekteverzuim')
export class ZiekteverzuimHttp {
  constructor(private readonly zoekZiekteverzuim: ZoekZiekteverzuim) {}

  @Get()
  @ApiOperation({
    summary: 'Signalen zorgwekkend ziekteverzuim (M@ZL) lezen',
    description:
      'De jeugdarts van de GGD ziet die van de leerlingen die wonen in de gemeente die de GGD bedient (ADR 0022), een school die van haar eigen leerlingen. Ingetrokken signalen alleen met metVervallen=ja.',
  })
  @ZodResponse({ status: 200, type: ZiekteverzuimSignalenDto, description: 'de signalen, nieuwste eerst' })
  @ApiProblems(400, 403)
  lees(@Query() query: ZiekteverzuimQueryDto, @CurrentUser() actor: Claims): Promise<ZiekteverzuimSignalen> {
    return this.zoekZiekteverzuim.execute({ input: { limiet: query.limiet, metVervallen: query.metVervallen === 'ja' }, actor });
  }
}
