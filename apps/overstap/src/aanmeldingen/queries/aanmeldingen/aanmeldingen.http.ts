import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { Aanmeldingen, aanmeldingenQuerySchema, aanmeldingenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { ZoekAanmeldingen } from './aanmeldingen';

class AanmeldingenQueryDto extends zodDto(aanmeldingenQuerySchema) {}
class AanmeldingenDto extends zodDto(aanmeldingenSchema) {}

@ApiTags('aanmeldingen')
@ApiBearerAuth()
@Controller('aanmeldingen')
export class ZoekAanmeldingenHttp {
  constructor(private readonly zoekAanmeldingen: ZoekAanmeldingen) {}

  @Get()
  @ApiOperation({
    summary: 'Aanmeldingen van een schooljaar',
    description:
      'Een mbo ziet zijn eigen aanmelders, een VO-school de aanmeldingen van haar leerlingen, een RMC die van de inwoners van zijn regio. Zonder BSN.',
  })
  @ZodResponse({ status: 200, type: AanmeldingenDto, description: 'een pagina aanmeldingen, oudste eerst, met het totaal' })
  @ApiProblems(400, 403)
  lijst(@Query() query: AanmeldingenQueryDto, @CurrentUser() actor: Claims): Promise<Aanmeldingen> {
    return this.zoekAanmeldingen.execute({ input: query, actor });
  }
}
