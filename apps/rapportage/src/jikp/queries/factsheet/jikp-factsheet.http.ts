import { Controller, Get, Header, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { JikpFactsheetAntwoord, jikpFactsheetQuerySchema, jikpFactsheetSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { EXPORT_TYPES, Exportformaat, exporteer } from '../../../shared/export/exporteer';
import { LeesJikpFactsheet } from './jikp-factsheet';
import { jikpFactsheetExport } from './jikp-factsheet.export';

class JikpFactsheetQueryDto extends zodDto(jikpFactsheetQuerySchema) {}
class JikpFactsheetDto extends zodDto(jikpFactsheetSchema) {}

const OMSCHRIJVING =
  'Jongeren in een kwetsbare positie (JiKP, seed 002): op de peildatum (1 oktober) 16 tot 23 jaar (totLeeftijd), uit praktijkonderwijs, vso, vmbo-bb of entree, zonder startkwalificatie; per achtergrond × participatie (onderwijs: ingeschreven op de peildatum; anders de route van de laatst afgesloten RMC-casus: arbeid, dagbesteding of geen), per leeftijd en per woongemeente, en dezelfde cijfers van de jaren ervoor naast elkaar. Een RMC-regio ziet haar gemeenten, een gemeente haar inwoners; ops één regio tegelijk met kleine aantallen onderdrukt; een school, partner of GGD niet.';

/** HTTP adapter of LeesJikpFactsheet: the factsheet with its comparison series, and the exports. */
@ApiTags('jikp')
@ApiBearerAuth()
@Controller('jikp/factsheet')
export class LeesJikpFactsheetHttp {
  constructor(private readonly leesJikpFactsheet: LeesJikpFactsheet) {}

  @Get()
  @ApiOperation({ summary: 'De JiKP-factsheet op een peildatum, met de jaren ervoor', description: OMSCHRIJVING })
  @ZodResponse({ status: 200, type: JikpFactsheetDto, description: 'De factsheet binnen het bereik van de organisatie' })
  @ApiProblems(400, 403)
  lees(@Query() query: JikpFactsheetQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<JikpFactsheetAntwoord> {
    return this.leesJikpFactsheet.execute({ input: query, actor, correlationId: String(request.id), voorExport: false });
  }

  @Get('export.csv')
  @Header('Content-Type', EXPORT_TYPES.csv)
  @ApiOperation({
    summary: 'De JiKP-factsheet als CSV-export (altijd met onderdrukking)',
    description: 'Eén aantal per regel (tabel;rij;kolom;aantal;onderdrukt).',
  })
  @ApiProduces(EXPORT_TYPES.csv)
  @ApiOkResponse({ description: 'De factsheet als CSV', content: { [EXPORT_TYPES.csv]: { schema: { type: 'string', format: 'text' } } } })
  @ApiProblems(400, 403)
  exportCsv(@Query() query: JikpFactsheetQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'csv');
  }

  @Get('export.xlsx')
  @Header('Content-Type', EXPORT_TYPES.xlsx)
  @ApiOperation({ summary: 'De JiKP-factsheet als XLSX-export (altijd met onderdrukking)', description: 'Een werkmap met een blad per tabel.' })
  @ApiProduces(EXPORT_TYPES.xlsx)
  @ApiOkResponse({ description: 'De factsheet als XLSX', content: { [EXPORT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportXlsx(@Query() query: JikpFactsheetQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'xlsx');
  }

  @Get('export.pdf')
  @Header('Content-Type', EXPORT_TYPES.pdf)
  @ApiOperation({
    summary: 'De JiKP-factsheet als PDF-export (altijd met onderdrukking)',
    description: 'Een document met de drie tabellen en hun grafieken.',
  })
  @ApiProduces(EXPORT_TYPES.pdf)
  @ApiOkResponse({ description: 'De factsheet als PDF', content: { [EXPORT_TYPES.pdf]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportPdf(@Query() query: JikpFactsheetQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'pdf');
  }

  private async exporteer(query: JikpFactsheetQueryDto, actor: Claims, request: Request, formaat: Exportformaat): Promise<StreamableFile> {
    const rapport = jikpFactsheetExport(
      await this.leesJikpFactsheet.execute({ input: query, actor, correlationId: String(request.id), voorExport: true }),
    );
    return new StreamableFile(await exporteer(rapport, formaat), {
      type: EXPORT_TYPES[formaat],
      disposition: `attachment; filename="${rapport.naam}.${formaat}"`,
    });
  }
}
