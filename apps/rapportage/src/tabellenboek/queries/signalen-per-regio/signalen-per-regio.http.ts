import { Controller, Get, Header, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { SignalenPerRegio, signalenPerRegioQuerySchema, signalenPerRegioSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { EXPORT_TYPES, Exportformaat, exporteer } from '../../../shared/export/exporteer';
import { LeesSignalenPerRegio } from './signalen-per-regio';
import { signalenPerRegioExport } from './signalen-per-regio.export';

class SignalenPerRegioQueryDto extends zodDto(signalenPerRegioQuerySchema) {}
class SignalenPerRegioDto extends zodDto(signalenPerRegioSchema) {}

/** HTTP adapter of LeesSignalenPerRegio. */
@ApiTags('tabellenboek')
@ApiBearerAuth()
@Controller('signalen')
export class LeesSignalenPerRegioHttp {
  constructor(private readonly leesSignalenPerRegio: LeesSignalenPerRegio) {}

  @Get()
  @ApiOperation({
    summary: 'Signalen per soort per RMC-regio in een schooljaar',
    description:
      "De signalen van overstap (vroege waarschuwing, aanmelding gemist, geen levende aanmelding, niet ingeschreven op 1 oktober, uitschrijving zonder startkwalificatie, geen herinschrijving, negatief bsa) per RMC-regio van de woongemeente. Een RMC-regio ziet haar eigen regio, ops alle regio's met kleine aantallen onderdrukt (null); anderen niet.",
  })
  @ZodResponse({ status: 200, type: SignalenPerRegioDto, description: 'De signalen per regio en soort' })
  @ApiProblems(400, 403)
  lees(@Query() query: SignalenPerRegioQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<SignalenPerRegio> {
    return this.leesSignalenPerRegio.execute({ input: query, actor, correlationId: String(request.id) });
  }

  @Get('export.csv')
  @Header('Content-Type', EXPORT_TYPES.csv)
  @ApiOperation({
    summary: 'Signalen per RMC-regio als CSV-export (altijd met onderdrukking)',
    description:
      'Eén aantal per regel (kolommen tabel;rij;kolom;aantal;onderdrukt), totalen als "totaal", puntkomma-gescheiden. Een export verlaat de organisatie: aantallen onder de drempel (en wat ze zou verraden) zijn leeg met onderdrukt=ja.',
  })
  @ApiProduces(EXPORT_TYPES.csv)
  @ApiOkResponse({ description: 'Signalen per RMC-regio als CSV', content: { [EXPORT_TYPES.csv]: { schema: { type: 'string', format: 'text' } } } })
  @ApiProblems(400, 403)
  exportCsv(@Query() query: SignalenPerRegioQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'csv');
  }

  @Get('export.xlsx')
  @Header('Content-Type', EXPORT_TYPES.xlsx)
  @ApiOperation({
    summary: 'Signalen per RMC-regio als XLSX-export (altijd met onderdrukking)',
    description:
      'Een werkmap: een blad met titel en toelichting, dan een blad met de tabel. Een export verlaat de organisatie: een onderdrukt aantal is "–".',
  })
  @ApiProduces(EXPORT_TYPES.xlsx)
  @ApiOkResponse({
    description: 'Signalen per RMC-regio als XLSX',
    content: { [EXPORT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400, 403)
  exportXlsx(@Query() query: SignalenPerRegioQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'xlsx');
  }

  @Get('export.pdf')
  @Header('Content-Type', EXPORT_TYPES.pdf)
  @ApiOperation({
    summary: 'Signalen per RMC-regio als PDF-export (altijd met onderdrukking)',
    description:
      'Een document met de tabel en een staafgrafiek van de rijtotalen. Een export verlaat de organisatie: een onderdrukt aantal is "–" en krijgt geen staaf.',
  })
  @ApiProduces(EXPORT_TYPES.pdf)
  @ApiOkResponse({ description: 'Signalen per RMC-regio als PDF', content: { [EXPORT_TYPES.pdf]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportPdf(@Query() query: SignalenPerRegioQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'pdf');
  }

  private async exporteer(query: SignalenPerRegioQueryDto, actor: Claims, request: Request, formaat: Exportformaat): Promise<StreamableFile> {
    const rapport = signalenPerRegioExport(
      await this.leesSignalenPerRegio.execute({ input: query, actor, correlationId: String(request.id), voorExport: true }),
    );
    return new StreamableFile(await exporteer(rapport, formaat), {
      type: EXPORT_TYPES[formaat],
      disposition: `attachment; filename="${rapport.naam}.${formaat}"`,
    });
  }
}
