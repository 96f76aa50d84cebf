import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { LeerlingenOverzicht, leerlingenOverzichtQuerySchema, leerlingenOverzichtSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { ZoekLeerlingen } from './zoek-leerlingen';

class OverzichtQueryDto extends zodDto(leerlingenOverzichtQuerySchema) {}
class LeerlingenOverzichtDto extends zodDto(leerlingenOverzichtSchema) {}

@ApiTags('leerlingen')
@ApiBearerAuth()
@Controller('leerlingen')
export class LeerlingenHttp {
  constructor(private readonly zoekLeerlingen: ZoekLeerlingen) {}

  @Get()
  @ApiOperation({
    summary: 'De ingeschreven leerlingen van de school met hun verzuim over de laatste 4 lesweken (school)',
    description:
      'Per leerling (pseudoniem) de lesuren ongeoorloofd, ziek en geoorloofd, keren te laat en uitgestuurd, en de open meldingen. Lesweken volgens de eigen schoolkalender.',
  })
  @ZodResponse({ status: 200, type: LeerlingenOverzichtDto, description: 'het overzicht' })
  @ApiProblems(400, 403)
  lees(@Query() query: OverzichtQueryDto, @CurrentUser() actor: Claims): Promise<LeerlingenOverzicht> {
    return this.zoekLeerlingen.execute({ input: { peildatum: query.peildatum }, actor });
  }
}
