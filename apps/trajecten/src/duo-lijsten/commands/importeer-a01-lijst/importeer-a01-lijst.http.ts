import { Body, Controller, HttpCode, Post, Query, Req, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { a01QuerySchema, duoLijstRapportSchema } from '@sluitend/contracts';
import { ApiProblems } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { A01_KOLOMMEN } from '../../domain/duo-lijst-layout';
import { ImporteerA01Lijst } from './importeer-a01-lijst';

class A01QueryDto extends createZodDto(a01QuerySchema) {}
class DuoLijstRapportDto extends createZodDto(duoLijstRapportSchema) {}

@ApiTags('duo-lijsten')
@ApiBearerAuth()
@Controller('duo-lijsten/a01')
export class ImporteerA01LijstHttp {
  constructor(private readonly importeerA01Lijst: ImporteerA01Lijst) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'DUO-lijst A01 (uitschrijvingen zonder startkwalificatie) van de eigen regio inlezen: per regel een casus (nieuw of bestaand) of de fouten',
    description: `CSV (komma's, kopregel verplicht, hoofdletterongevoelig), tot 50.000 rijen. Kolommen: ${A01_KOLOMMEN.map((k) => k.naam).join(', ')}.`,
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: `${A01_KOLOMMEN.map((k) => k.naam).join(',')}\n…` } })
  @ZodResponse({ status: 200, type: DuoLijstRapportDto })
  @ApiProblems(400, 403, 413, 415)
  importeer(@Body() body: unknown, @Query() query: A01QueryDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string, @Req() request: Request) {
    if (!request.is('text/csv') || typeof body !== 'string') {
      throw new UnsupportedMediaTypeException({ code: 'body.media-type', detail: 'stuur de lijst met Content-Type: text/csv' });
    }
    return this.importeerA01Lijst.execute({ input: { tekst: body, rapportagedatum: query.rapportagedatum }, actor, correlationId });
  }
}
