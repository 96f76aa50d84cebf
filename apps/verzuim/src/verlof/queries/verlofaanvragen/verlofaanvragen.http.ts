import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { Verlofaanvragen, verlofaanvragenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { ZoekVerlofaanvragen } from './zoek-verlofaanvragen';

class VerlofQueryDto extends zodDto(z.object({ limiet: z.coerce.number().int().min(1).max(500).default(100) }).strict()) {}
class VerlofaanvragenDto extends zodDto(verlofaanvragenSchema) {}

@ApiTags('verlof')
@ApiBearerAuth()
@Controller('verlof')
export class VerlofaanvragenHttp {
  constructor(private readonly zoekVerlofaanvragen: ZoekVerlofaanvragen) {}

  @Get()
  @ApiOperation({
    summary: 'Verlofaanvragen lezen',
    description:
      'Een school ziet die van haar leerlingen; een gemeente (leerplicht) die van haar inwoners waarover zij beslist (meer dan 10 schooldagen).',
  })
  @ZodResponse({ status: 200, type: VerlofaanvragenDto, description: 'de aanvragen, nieuwste eerst' })
  @ApiProblems(400, 403)
  lees(@Query() query: VerlofQueryDto, @CurrentUser() actor: Claims): Promise<Verlofaanvragen> {
    return this.zoekVerlofaanvragen.execute({ input: { limiet: query.limiet }, actor });
  }
}
