import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { DossierInzage, dossierInzageSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { BekijkDossier } from './dossier';

class DossierInzageDto extends zodDto(dossierInzageSchema) {}

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers')
export class BekijkDossierHttp {
  constructor(private readonly bekijkDossier: BekijkDossier) {}

  @Get(':id')
  @ApiOperation({
    summary: 'Een doorstroomdossier inzien',
    description:
      'Voor de VO-school die het indiende en voor een mbo waar de leerling zich aanmeldde (warme overdracht; ondersteuning alleen met toestemming). Elke inzage wordt gelogd.',
  })
  @ZodResponse({ status: 200, type: DossierInzageDto, description: 'het dossier, zonder BSN' })
  @ApiProblems(400, 403, 404)
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() actor: Claims): Promise<DossierInzage> {
    return this.bekijkDossier.execute({ input: { dossierId: id }, actor });
  }
}
