import { Controller, Get, Header, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { AlertcijfersAntwoord, alertcijfersQuerySchema, alertcijfersSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { EXPORT_TYPES, Exportformaat, exporteer } from '../../../shared/export/exporteer';
import { LeesAlertcijfers } from './alertcijfers';
import { alertcijfersExport } from './alertcijfers.export';

class AlertcijfersQueryDto extends zodDto(alertcijfersQuerySchema) {}
class AlertcijfersDto extends zodDto(alertcijfersSchema) {}

/** HTTP adapter of LeesAlertcijfers. */
@ApiTags('alertcijfers')
@ApiBearerAuth()
@Controller('alerts')
export class LeesAlertcijfersHttp {
  constructor(private readonly leesAlertcijfers: LeesAlertcijfers) {}

  @Get()
  @ApiOperation({
    summary: 'Alerts van een schooljaar: stand, tijd tot oppakken en tot afhandelen',
    description:
      'Alerts aangemaakt in het schooljaar per organisatie of per soort signaal: open, opgepakt of afgehandeld (met en zonder escalatie), en de tijd tot oppakken en tot afhandelen in klassen (< 4 uur, 4–24 uur, 1–3 dagen, > 3 dagen, nog niet). Een organisatie ziet haar eigen alerts, ops alle organisaties met kleine aantallen onderdrukt (null, de drie tabellen samen); een partner niet.',
  })
  @ZodResponse({ status: 200, type: AlertcijfersDto, description: 'De alertcijfers binnen het bereik van de organisatie' })
  @ApiProblems(400, 403)
  lees(@Query() query: AlertcijfersQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<AlertcijfersAntwoord> {
    return this.leesAlertcijfers.execute({ input: query, actor, correlationId: String(request.id), voorExport: false });
  }

  @Get('export.csv')
  @Header('Content-Type', EXPORT_TYPES.csv)
  @ApiOperation({
    summary: 'De alertcijfers als CSV-export (altijd met onderdrukking)',
    description:
      'Eén aantal per regel (kolommen tabel;rij;kolom;aantal;onderdrukt), totalen als "totaal", puntkomma-gescheiden. Een export verlaat de organisatie: aantallen onder de drempel (en wat ze zou verraden) zijn leeg met onderdrukt=ja.',
  })
  @ApiProduces(EXPORT_TYPES.csv)
  @ApiOkResponse({ description: 'De alertcijfers als CSV', content: { [EXPORT_TYPES.csv]: { schema: { type: 'string', format: 'text' } } } })
  @ApiProblems(400, 403)
  exportCsv(@Query() query: AlertcijfersQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'csv');
  }

  @Get('export.xlsx')
  @Header('Content-Type', EXPORT_TYPES.xlsx)
  @ApiOperation({
    summary: 'De alertcijfers als XLSX-export (altijd met onderdrukking)',
    description:
      'Een werkmap: een blad met titel en toelichting, dan één blad per tabel met kop, rijen en totalen. Een export verlaat de organisatie: een onderdrukt aantal is "–".',
  })
  @ApiProduces(EXPORT_TYPES.xlsx)
  @ApiOkResponse({ description: 'De alertcijfers als XLSX', content: { [EXPORT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportXlsx(@Query() query: AlertcijfersQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'xlsx');
  }

  @Get('export.pdf')
  @Header('Content-Type', EXPORT_TYPES.pdf)
  @ApiOperation({
    summary: 'De alertcijfers als PDF-export (altijd met onderdrukking)',
    description:
      'Een document met de tabellen en per tabel een staafgrafiek van de rijtotalen. Een export verlaat de organisatie: een onderdrukt aantal is "–" en krijgt geen staaf.',
  })
  @ApiProduces(EXPORT_TYPES.pdf)
  @ApiOkResponse({ description: 'De alertcijfers als PDF', content: { [EXPORT_TYPES.pdf]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportPdf(@Query() query: AlertcijfersQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'pdf');
  }

  private async exporteer(query: AlertcijfersQueryDto, actor: Claims, request: Request, formaat: Exportformaat): Promise<StreamableFile> {
    const rapport = alertcijfersExport(
      await this.leesAlertcijfers.execute({ input: query, actor, correlationId: String(request.id), voorExport: true }),
    );
    return new StreamableFile(await exporteer(rapport, formaat), {
      type: EXPORT_TYPES[formaat],
      disposition: `attachment; filename="${rapport.naam}.${formaat}"`,
    });
  }
}
