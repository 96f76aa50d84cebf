import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { Verzuimmeldingen, verzuimmeldingenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { ZoekMeldingen } from './zoek-meldingen';

class MeldingenQueryDto extends zodDto(z.object({ limiet: z.coerce.number().int().min(1).max(500).default(100) }).strict()) {}
class VerzuimmeldingenDto extends zodDto(verzuimmeldingenSchema) {}

@ApiTags('meldingen')
@ApiBearerAuth()
@Controller('meldingen')
export class MeldingenHttp {
  constructor(private readonly zoekMeldingen: ZoekMeldingen) {}

  @Get()
  @ApiOperation({
    summary: 'Verzuimmeldingen lezen',
    description:
      'Een school ziet die van haar leerlingen, een gemeente die van haar inwoners (leerplicht), een RMC-regio de RMC-meldingen van haar regio.',
  })
  @ZodResponse({ status: 200, type: VerzuimmeldingenDto, description: 'de meldingen, nieuwste eerst' })
  @ApiProblems(400, 403)
  lees(@Query() query: MeldingenQueryDto, @CurrentUser() actor: Claims): Promise<Verzuimmeldingen> {
    return this.zoekMeldingen.execute({ input: { limiet: query.limiet }, actor });
  }
}
