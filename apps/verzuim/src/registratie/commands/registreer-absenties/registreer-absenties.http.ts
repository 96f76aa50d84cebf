import { Body, Controller, HttpCode, Post, Req, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { absentieSchema, absentiesResultaatSchema, AbsentiesResultaat, absentiesSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { ABSENTIE_CSV_KOLOMMEN, alsEnkelRecord, leegRestant, leesAbsentieCsv, perRegel } from './absentie-csv';
import { RegistreerAbsenties } from './registreer-absenties';

class AbsentieDto extends zodDto(absentieSchema) {}
class AbsentiesDto extends zodDto(absentiesSchema) {}
class AbsentiesResultaatDto extends zodDto(absentiesResultaatSchema) {}

/** A school records absence: one record, or many at once; the thresholds are evaluated in the same transaction. */
@ApiTags('absenties')
@ApiBearerAuth()
@Controller('absenties')
export class RegistreerAbsentiesHttp {
  constructor(private readonly registreerAbsenties: RegistreerAbsenties) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Absentie van één leerling op één lesdag vastleggen of corrigeren (school)',
    description: 'Dezelfde datum opnieuw: een correctie; alle waarden 0: ingetrokken. Daarna worden de wettelijke drempels opnieuw beoordeeld.',
  })
  @ZodResponse({ status: 200, type: AbsentiesResultaatDto, description: 'vastgelegd; de meldingen die daardoor ontstonden, vervielen of wijzigden' })
  @ApiProblems(400, 403)
  async een(@Body() body: AbsentieDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string): Promise<AbsentiesResultaat> {
    try {
      return await this.registreerAbsenties.execute({ input: { absenties: [body] }, actor, correlationId });
    } catch (error) {
      throw alsEnkelRecord(error);
    }
  }

  @Post('bulk')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Absenties in bulk vastleggen of corrigeren (school)',
    description: 'Alles of niets: één ongeldig record weigert het verzoek met index, veld en regel; er wordt dan niets opgeslagen.',
  })
  @ZodResponse({ status: 200, type: AbsentiesResultaatDto, description: 'vastgelegd; de meldingen die daardoor ontstonden, vervielen of wijzigden' })
  @ApiProblems(400, 403, 413)
  bulk(@Body() body: AbsentiesDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string): Promise<AbsentiesResultaat> {
    return this.registreerAbsenties.execute({ input: body, actor, correlationId });
  }

  @Post('csv')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Absenties uit een CSV-export van de schooladministratie (school)',
    description:
      `Content-Type: text/csv; scheidingsteken ; , of tab (uit de kopregel); UTF-8 met of zonder BOM; kolommen (hoofdletterongevoelig): ${ABSENTIE_CSV_KOLOMMEN.map((k) => k.naam + (k.verplicht ? ' (verplicht)' : '')).join(', ')}; ` +
      'uren als 3,5 of 3.5, alle_lessen_gemist ja/nee. Het bestand wordt als stroom gelezen, tot 10.000 rijen. Alles of niets: elke fout noemt regel (row), kolom (field) en regel (rule).',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: 'bsn_of_onderwijsnummer;datum;ongeoorloofd;ziek\n999605999;2025-09-01;4;\n' } })
  @ZodResponse({ status: 200, type: AbsentiesResultaatDto, description: 'vastgelegd; de meldingen die daardoor ontstonden, vervielen of wijzigden' })
  @ApiProblems(400, 403, 413, 415)
  async csv(@Req() request: Request, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string): Promise<AbsentiesResultaat> {
    if (!request.is('text/csv'))
      throw new UnsupportedMediaTypeException({ code: 'body.media-type', detail: 'stuur het bestand met Content-Type: text/csv' });
    let gelezen: Awaited<ReturnType<typeof leesAbsentieCsv>>;
    try {
      gelezen = await leesAbsentieCsv(request);
    } finally {
      await leegRestant(request);
    }
    try {
      return await this.registreerAbsenties.execute({ input: { absenties: gelezen.absenties }, actor, correlationId });
    } catch (error) {
      throw perRegel(error, gelezen.regels);
    }
  }
}
