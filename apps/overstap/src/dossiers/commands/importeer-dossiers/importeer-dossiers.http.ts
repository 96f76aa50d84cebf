import { Body, Controller, HttpCode, HttpException, Post, Query, Req, Res, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';

import { Claims, CurrentUser } from '@sluitend/auth';
import { DossierImportView, importQuerySchema } from '@sluitend/contracts';
import { DomainError } from '@sluitend/domain-nl';
import { apiPrefix, ApiProblems, DOMAIN_ERROR_STATUS, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { DOSSIER_CSV_KOLOMMEN, kolomVanVeld, MAX_IMPORT_RIJEN } from './dossier-csv';
import { DossierImportDto } from '../../queries/dossier-import/dossier-import.http';
import { ImporteerDossiers } from './importeer-dossiers';

class ImportQueryDto extends zodDto(importQuerySchema) {}

const KOLOMMEN_DOC = DOSSIER_CSV_KOLOMMEN.filter((kolom) => !/_[2-5]$/.test(kolom.naam))
  .map((kolom) => {
    const n = (tekst: string) =>
      tekst
        .replace(/_1$/, '_n')
        .replace('[0]', '[n-1]')
        .replace(/opleiding 1\b/, 'opleiding n');
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

/**
 * A refusal that names lines of the file (rows of another school) answers, per line, as the job's report does:
 * `{ regel, kolom, field, rule, message }`.
 */
function metRegels(error: unknown): unknown {
  if (!(error instanceof DomainError) || !error.issues.some((issue) => issue.row !== undefined)) return error;
  const errors = error.issues.map((issue) => ({
    regel: issue.row,
    kolom: kolomVanVeld(issue.field),
    field: issue.field,
    rule: issue.rule,
    message: issue.message,
  }));
  return new HttpException({ ...error.details, code: error.code, detail: error.message, errors }, DOMAIN_ERROR_STATUS[error.kind]);
}

/** A VO school uploads a CSV of dossiers as a background job (its progress: queries/dossier-import). */
@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers/imports')
export class ImporteerDossiersHttp {
  constructor(private readonly importeerDossiers: ImporteerDossiers) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Dossiers importeren uit een CSV-bestand (als job)', description: UPLOAD_DOC })
  @ApiConsumes('text/csv')
  @ApiBody({
    schema: {
      type: 'string',
      example: `${DOSSIER_CSV_KOLOMMEN.filter((k) => k.verplicht)
        .map((k) => k.naam)
        .join(';')}\n…`,
    },
  })
  @ApiAcceptedResponse({
    type: DossierImportDto.Output,
    description: 'de job, nog wachtend',
    headers: { Location: { description: 'GET-adres van de job', schema: { type: 'string' } } },
  })
  @ApiProblems(400, 403, 413, 415, 503)
  async importeer(
    @Body() body: unknown,
    @Query() query: ImportQueryDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DossierImportView> {
    if (!request.is('text/csv') || typeof body !== 'string') {
      throw new UnsupportedMediaTypeException({ code: 'body.media-type', detail: 'stuur het bestand met Content-Type: text/csv' });
    }
    try {
      const job = await this.importeerDossiers.execute({ input: { tekst: body, modus: query.modus }, actor, correlationId });
      response.location(`/${apiPrefix('overstap')}/dossiers/imports/${job.jobId}`);
      return job;
    } catch (error) {
      throw metRegels(error);
    }
  }
}
