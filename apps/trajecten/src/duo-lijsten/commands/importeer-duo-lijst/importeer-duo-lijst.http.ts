import { Body, Controller, HttpCode, Post, Query, Req, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { a01QuerySchema, duoLijstRapportSchema, oudVsvQuerySchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { A01_KOLOMMEN, OUD_VSV_KOLOMMEN } from '../../domain/duo-lijst-layout';
import { ImporteerDuoLijst } from './importeer-duo-lijst';

class A01QueryDto extends zodDto(a01QuerySchema) {}
class OudVsvQueryDto extends zodDto(oudVsvQuerySchema) {}
class DuoLijstRapportDto extends zodDto(duoLijstRapportSchema) {}

@ApiTags('duo-lijsten')
@ApiBearerAuth()
@Controller('duo-lijsten')
export class ImporteerDuoLijstHttp {
  constructor(private readonly importeerDuoLijst: ImporteerDuoLijst) {}

  @Post('a01')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'DUO-lijst A01 (uitschrijvingen zonder startkwalificatie) van de eigen regio inlezen: per regel een casus (nieuw of bestaand) of de fouten',
    description: `CSV (komma's, kopregel verplicht, hoofdletterongevoelig), tot 50.000 rijen. Kolommen: ${A01_KOLOMMEN.map((k) => k.naam).join(', ')}.`,
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: `${A01_KOLOMMEN.map((k) => k.naam).join(',')}\n…` } })
  @ZodResponse({ status: 200, type: DuoLijstRapportDto })
  @ApiProblems(400, 403, 413, 415)
  importeer(
    @Body() body: unknown,
    @Query() query: A01QueryDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
    @Req() request: Request,
  ) {
    return this.importeerDuoLijst.execute({
      input: { soort: 'a01', tekst: csvBody(body, request), datum: query.rapportagedatum },
      actor,
      correlationId,
    });
  }

  @Post('oud-vsv')
  @HttpCode(200)
  @ApiOperation({
    summary: "DUO-regiolijst van oud-VSV'ers van de eigen regio inlezen: per regel een casus (nieuw of bestaand) of de fouten",
    description: `CSV (komma's, kopregel verplicht, hoofdletterongevoelig), tot 50.000 rijen. Kolommen: ${OUD_VSV_KOLOMMEN.map((k) => k.naam).join(', ')}.`,
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: `${OUD_VSV_KOLOMMEN.map((k) => k.naam).join(',')}\n…` } })
  @ZodResponse({ status: 200, type: DuoLijstRapportDto })
  @ApiProblems(400, 403, 413, 415)
  importeerOudVsv(
    @Body() body: unknown,
    @Query() query: OudVsvQueryDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
    @Req() request: Request,
  ) {
    return this.importeerDuoLijst.execute({
      input: { soort: 'oud-vsv', tekst: csvBody(body, request), datum: query.peildatum },
      actor,
      correlationId,
    });
  }
}

/** The CSV text of the request, or 415 when it is not sent as text/csv. */
function csvBody(body: unknown, request: Request): string {
  if (!request.is('text/csv') || typeof body !== 'string') {
    throw new UnsupportedMediaTypeException({ code: 'body.media-type', detail: 'stuur de lijst met Content-Type: text/csv' });
  }
  return body;
}
