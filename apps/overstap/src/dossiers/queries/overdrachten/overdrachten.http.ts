import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { DossierOverdrachten, dossierOverdrachtenSchema, zoekOverdrachtenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { ZoekOverdrachten } from './overdrachten';

class ZoekOverdrachtenDto extends zodDto(zoekOverdrachtenSchema) {}
class OverdrachtenDto extends zodDto(dossierOverdrachtenSchema) {}

@ApiTags('overdrachten')
@ApiBearerAuth()
@Controller('overdrachten')
export class ZoekOverdrachtenHttp {
  constructor(private readonly zoekOverdrachten: ZoekOverdrachten) {}

  @Get()
  @ApiOperation({
    summary: 'Overdrachtverzoeken volgen',
    description:
      'Een school ziet de verzoeken voor haar leerlingen en haar eigen verzoeken (zonder te zien welke school de leerling heeft); een RMC-regio die van haar regio; ops alle.',
  })
  @ZodResponse({ status: 200, type: OverdrachtenDto, description: 'de verzoeken, nieuwste eerst (hoogstens 500)' })
  @ApiProblems(400, 403)
  zoek(@Query() query: ZoekOverdrachtenDto, @CurrentUser() actor: Claims): Promise<DossierOverdrachten> {
    return this.zoekOverdrachten.execute({ input: { status: query.status }, actor });
  }
}
