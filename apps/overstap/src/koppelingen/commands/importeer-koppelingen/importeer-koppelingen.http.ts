import { Body, Controller, HttpCode, Post, Req, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { KoppelingImportResultaat, koppelingImportResultaatSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { MAX_KOPPEL_RIJEN } from '../../domain/koppeling-csv';
import { ImporteerKoppelingen } from './importeer-koppelingen';

class KoppelingImportResultaatDto extends zodDto(koppelingImportResultaatSchema) {}

/** The RMC coordinator uploads DUO's koppeling file. */
@ApiTags('koppelingen')
@ApiBearerAuth()
@Controller('koppelingen/bestand')
export class ImporteerKoppelingenHttp {
  constructor(private readonly importeerKoppelingen: ImporteerKoppelingen) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'De DUO-koppeling BSN↔onderwijsnummer uploaden (CSV, RMC-coördinator)',
    description:
      `Kopregel \`BSN;ONDERWIJSNUMMER\` (hoofdletterongevoelig, andere kolommen genegeerd; scheidingsteken \`;\`, tab of \`,\`), ` +
      `één koppeling per regel, tot ${MAX_KOPPEL_RIJEN} rijen (meer: 413). Alles of niets: een foute regel geeft 400 met per ` +
      'melding regelnummer (row), kolom (field) en regel (rule); een onderwijsnummer dat al aan een ander BSN hangt 409 per regel.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: 'BSN;ONDERWIJSNUMMER\n…' } })
  @ZodResponse({ status: 200, type: KoppelingImportResultaatDto, description: 'alle regels zijn gekoppeld (of waren al bekend)' })
  @ApiProblems(400, 403, 409, 413, 415)
  importeer(
    @Body() body: unknown,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
    @Req() request: Request,
  ): Promise<KoppelingImportResultaat> {
    if (!request.is('text/csv') || typeof body !== 'string') {
      throw new UnsupportedMediaTypeException({ code: 'body.media-type', detail: 'stuur het bestand met Content-Type: text/csv' });
    }
    return this.importeerKoppelingen.execute({ input: { tekst: body }, actor, correlationId });
  }
}
