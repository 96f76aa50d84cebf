import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { DossierImportView, dossierImportSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { BekijkDossierImport } from './dossier-import';

export class DossierImportDto extends zodDto(dossierImportSchema) {}

/** The school that uploaded a CSV follows its import job. */
@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers/imports')
export class BekijkDossierImportHttp {
  constructor(private readonly bekijkDossierImport: BekijkDossierImport) {}

  @Get(':jobId')
  @ApiOperation({ summary: 'Voortgang en resultaat van een import (alleen voor de eigen school)' })
  @ApiParam({ name: 'jobId', format: 'uuid' })
  @ZodResponse({ status: 200, type: DossierImportDto, description: 'de job: status, fase, tellingen en meldingen per regel' })
  @ApiProblems(403, 404)
  bekijk(@Param('jobId') jobId: string, @CurrentUser() actor: Claims): Promise<DossierImportView> {
    return this.bekijkDossierImport.execute({ input: { jobId }, actor });
  }
}
