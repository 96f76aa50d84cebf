import { Controller, Get, Header, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { VsvAntwoord, vsvQuerySchema, vsvSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { EXPORT_TYPES, Exportformaat, exporteer } from '../../../shared/export/exporteer';
import { LeesVsvcijfers } from './vsvcijfers';
import { vsvcijfersExport } from './vsvcijfers.export';

class VsvQueryDto extends zodDto(vsvQuerySchema) {}
class VsvDto extends zodDto(vsvSchema) {}

/** HTTP adapter of LeesVsvcijfers: the figures with their chart-ready series, and the exports. */
@ApiTags('vsv')
@ApiBearerAuth()
@Controller('vsv')
export class LeesVsvcijfersHttp {
  constructor(private readonly leesVsvcijfers: LeesVsvcijfers) {}

  @Get()
  @ApiOperation({
    summary: 'Voortijdig schoolverlaters (VSV) van een schooljaar per RMC-regio, gemeente, school of niveau',
    description:
      'Statistische VSV volgens OCW: deelnemers zijn ingeschreven op 1 oktober t (mbo-inschrijving of VO-dossier van schooljaar t) en jonger dan 23 op 1 oktober t+1; een voortijdig schoolverlater staat op 1 oktober t+1 nergens ingeschreven en heeft dan geen startkwalificatie. Per rij vsv en geen vsv (rijtotaal = deelnemers) en een grafiek met vsv, deelnemers en vsv-percentage. Een school ziet haar eigen inschrijvingen, een gemeente haar inwoners, een RMC-regio de inwoners van haar regio, ops alles met kleine aantallen onderdrukt (null, ook wat terug te rekenen is); een partner niet.',
  })
  @ZodResponse({ status: 200, type: VsvDto, description: 'De VSV-cijfers binnen het bereik van de organisatie' })
  @ApiProblems(400, 403)
  lees(@Query() query: VsvQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<VsvAntwoord> {
    return this.leesVsvcijfers.execute({ input: query, actor, correlationId: String(request.id), voorExport: false });
  }

  @Get('export.csv')
  @Header('Content-Type', EXPORT_TYPES.csv)
  @ApiOperation({
    summary: 'De VSV-cijfers als CSV-export (altijd met onderdrukking)',
    description:
      'Eén aantal per regel (kolommen tabel;rij;kolom;aantal;onderdrukt), totalen als "totaal", puntkomma-gescheiden. Een export verlaat de organisatie: aantallen onder de drempel (en wat ze zou verraden) zijn leeg met onderdrukt=ja.',
  })
  @ApiProduces(EXPORT_TYPES.csv)
  @ApiOkResponse({ description: 'De VSV-cijfers als CSV', content: { [EXPORT_TYPES.csv]: { schema: { type: 'string', format: 'text' } } } })
  @ApiProblems(400, 403)
  exportCsv(@Query() query: VsvQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'csv');
  }

  @Get('export.xlsx')
  @Header('Content-Type', EXPORT_TYPES.xlsx)
  @ApiOperation({
    summary: 'De VSV-cijfers als XLSX-export (altijd met onderdrukking)',
    description:
      'Een werkmap: een blad met titel en toelichting, dan één blad per tabel met kop, rijen en totalen. Een export verlaat de organisatie: een onderdrukt aantal is "–".',
  })
  @ApiProduces(EXPORT_TYPES.xlsx)
  @ApiOkResponse({ description: 'De VSV-cijfers als XLSX', content: { [EXPORT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportXlsx(@Query() query: VsvQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'xlsx');
  }

  @Get('export.pdf')
  @Header('Content-Type', EXPORT_TYPES.pdf)
  @ApiOperation({
    summary: 'De VSV-cijfers als PDF-export (altijd met onderdrukking)',
    description:
      'Een document met de tabellen en per tabel een staafgrafiek van de rijtotalen. Een export verlaat de organisatie: een onderdrukt aantal is "–" en krijgt geen staaf.',
  })
  @ApiProduces(EXPORT_TYPES.pdf)
  @ApiOkResponse({ description: 'De VSV-cijfers als PDF', content: { [EXPORT_TYPES.pdf]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportPdf(@Query() query: VsvQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'pdf');
  }

  private async exporteer(query: VsvQueryDto, actor: Claims, request: Request, formaat: Exportformaat): Promise<StreamableFile> {
    const rapport = vsvcijfersExport(await this.leesVsvcijfers.execute({ input: query, actor, correlationId: String(request.id), voorExport: true }));
    return new StreamableFile(await exporteer(rapport, formaat), {
      type: EXPORT_TYPES[formaat],
      disposition: `attachment; filename="${rapport.naam}.${formaat}"`,
    });
  }
}
