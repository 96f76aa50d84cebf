import { Controller, HttpCode, Post, Req, Res, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Claims, CurrentUser } from '@sluitend/auth';
import { AbsentieImportView, MAX_ABSENTIE_IMPORT_FOUTEN, MAX_ABSENTIE_IMPORT_RIJEN } from '@sluitend/contracts';
import { apiPrefix, ApiProblems } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { AbsentieImportDto } from '../../queries/absentie-import/absentie-import.http';
import { ABSENTIE_CSV_KOLOMMEN, leegRestant } from '../registreer-absenties/absentie-csv';
import { ImporteerAbsenties } from './importeer-absenties';

/** A school streams a large absence CSV into a job (its progress and report: queries/absentie-import). */
@ApiTags('absenties')
@ApiBearerAuth()
@Controller('absenties/imports')
export class ImporteerAbsentiesHttp {
  constructor(private readonly importeerAbsenties: ImporteerAbsenties) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Een groot absentiebestand als job importeren (school)',
    description:
      `Content-Type: text/csv; kolommen als POST /absenties/csv (${ABSENTIE_CSV_KOLOMMEN.map((k) => k.naam).join(', ')}), tot ${MAX_ABSENTIE_IMPORT_RIJEN} rijen. ` +
      'Het bestand wordt als stroom gelezen en per deel gecontroleerd (nooit in zijn geheel in het geheugen); een foute kopregel of een ontbrekende ' +
      `schoolkalender weigert het bestand meteen (400). Daarna: de job, met per rij een melding (regel, kolom, regel die overtreden is; de eerste ${MAX_ABSENTIE_IMPORT_FOUTEN}). ` +
      'Alles of niets: bij één foute rij is de job afgewezen en is er niets opgeslagen; anders worden de rijen vastgelegd en de drempels opnieuw beoordeeld ' +
      '(status verwerken → klaar). Volg de voortgang via de Location.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: 'bsn_of_onderwijsnummer;datum;ongeoorloofd;ziek\n999605999;2025-09-01;4;\n' } })
  @ApiAcceptedResponse({
    type: AbsentieImportDto.Output,
    description: 'de job, ingelezen: verwerken, of afgewezen met het rapport',
    headers: { Location: { description: 'GET-adres van de job', schema: { type: 'string' } } },
  })
  @ApiProblems(400, 403, 413, 415)
  async importeer(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ): Promise<AbsentieImportView> {
    if (!request.is('text/csv'))
      throw new UnsupportedMediaTypeException({ code: 'body.media-type', detail: 'stuur het bestand met Content-Type: text/csv' });
    let job: AbsentieImportView;
    try {
      job = await this.importeerAbsenties.execute({ input: { bron: request }, actor, correlationId });
    } finally {
      await leegRestant(request);
    }
    response.location(`/${apiPrefix('verzuim')}/absenties/imports/${job.jobId}`);
    return job;
  }
}
