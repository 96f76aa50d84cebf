import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Claims, CurrentUser } from '@sluitend/auth';
import { apiPrefix } from '@sluitend/platform';
import { DOSSIER_CSV_KOLOMMEN, MAX_IMPORT_RIJEN } from './dossier-csv';
import { DossierImportDto, DossierImportView, ImportQueryDto } from './importeer-dossiers.dto';
import { ImporteerDossiersService } from './importeer-dossiers.service';

const KOLOMMEN_DOC = DOSSIER_CSV_KOLOMMEN.filter((kolom) => !/_[2-5]$/.test(kolom.naam))
  .map((kolom) => {
    const n = (tekst: string) => tekst.replace(/_1$/, '_n').replace('[0]', '[n-1]').replace(/opleiding 1\b/, 'opleiding n');
    return `| ${n(kolom.naam)} | ${kolom.verplicht ? 'ja' : 'nee'} | ${n(kolom.veld)} | ${n(kolom.toelichting)} |`;
  })
  .join('\n');

const UPLOAD_DOC = `Een CSV-export uit de schooladministratie, één rij per vertrekkende leerling, tot ${MAX_IMPORT_RIJEN} rijen. \
UTF-8 met of zonder BOM; scheidingsteken \`;\` (Excel NL), \`,\` of tab; kopregel verplicht, kolomnamen \
hoofdletterongevoelig; \`_n\` is 1 t/m 5. Alle rijen moeten de BRIN van het token hebben (anders 403, niets opgeslagen). \
Elke rij wordt op de achtergrond gecontroleerd met het dossierschema van POST /dossiers; elke melding noemt \
regelnummer, kolom, dossierveld en de overtreden regel. Modus alles-of-niets (standaard): bij één foute rij wordt \
niets opgeslagen (status afgewezen); per-rij: de goede rijen worden opgeslagen. Volg de voortgang via de Location.

| kolom | verplicht | dossierveld | waarde |
|---|---|---|---|
${KOLOMMEN_DOC}`;

const correlationIdOf = (request: Request): string => String(request.id);

/** A VO school uploads a CSV of dossiers as a background job, and follows its progress. */
@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers/imports')
export class ImporteerDossiersController {
  constructor(private readonly importeerDossiers: ImporteerDossiersService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Dossiers importeren uit een CSV-bestand (als job)', description: UPLOAD_DOC })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: `${DOSSIER_CSV_KOLOMMEN.filter((k) => k.verplicht).map((k) => k.naam).join(';')}\n…` } })
  @ApiAcceptedResponse({
    type: DossierImportDto,
    description: 'de job, nog wachtend',
    headers: { Location: { description: 'GET-adres van de job', schema: { type: 'string' } } },
  })
  async importeer(
    @Body() body: unknown,
    @Query() query: ImportQueryDto,
    @CurrentUser() user: Claims,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DossierImportView> {
    if (!request.is('text/csv') || typeof body !== 'string') {
      throw new UnsupportedMediaTypeException({ code: 'body.media-type', detail: 'stuur het bestand met Content-Type: text/csv' });
    }
    const job = await this.importeerDossiers.ontvang(body, query.modus, user, correlationIdOf(request));
    response.location(`/${apiPrefix('overstap')}/dossiers/imports/${job.jobId}`);
    return job;
  }

  @Get(':jobId')
  @ApiOperation({ summary: 'Voortgang en resultaat van een import (alleen voor de eigen school)' })
  @ApiParam({ name: 'jobId', format: 'uuid' })
  @ApiOkResponse({ type: DossierImportDto })
  bekijk(@Param('jobId') jobId: string, @CurrentUser() user: Claims): Promise<DossierImportView> {
    return this.importeerDossiers.bekijk(jobId, user);
  }
}
