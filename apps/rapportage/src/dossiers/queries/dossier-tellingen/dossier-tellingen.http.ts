import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { DossierTellingen, dossierTellingenQuerySchema, dossierTellingenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { TelDossiers } from './dossier-tellingen';

class DossierTellingenQueryDto extends zodDto(dossierTellingenQuerySchema) {}
class DossierTellingenDto extends zodDto(dossierTellingenSchema) {}

/** HTTP adapter of TelDossiers. */
@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers/tellingen')
export class TelDossiersHttp {
  constructor(private readonly telDossiers: TelDossiers) {}

  @Get()
  @ApiOperation({
    summary: 'Dossiers tellen per school en per RMC-regio',
    description:
      'Aantallen ingediende doorstroomdossiers in een schooljaar. Een VO-school telt haar eigen dossiers, een RMC-regio de inwoners van haar regio, een gemeente haar eigen inwoners, ops alles (alleen aantallen). Voor mbo en partners niet beschikbaar.',
  })
  @ZodResponse({ status: 200, type: DossierTellingenDto, description: 'De tellingen binnen het bereik van de organisatie' })
  @ApiProblems(400, 403)
  tel(@Query() query: DossierTellingenQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<DossierTellingen> {
    return this.telDossiers.execute({ input: query, actor, correlationId: String(request.id) });
  }
}
