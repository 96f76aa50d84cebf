import { Controller, Get, Header, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { TabellenboekAntwoord, tabellenboekQuerySchema, tabellenboekSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { EXPORT_TYPES, exporteer } from '../../../shared/export/exporteer';
import { LeesTabellenboek } from './tabellenboek';
import { tabellenboekCsv } from './tabellenboek.csv';
import { tabellenboekExport } from './tabellenboek.export';

class TabellenboekQueryDto extends zodDto(tabellenboekQuerySchema) {}
class TabellenboekDto extends zodDto(tabellenboekSchema) {}

const BEREIK =
  'Een VO-school ziet haar eigen tabellenboek (zonder brin), een RMC-regio dat van elke school over de inwoners van haar regio, ops dat van elke school met kleine aantallen onderdrukt; gemeente, mbo en partner niet.';

/** HTTP adapter of LeesTabellenboek: the tabellenboek as JSON and as CSV export. */
@ApiTags('tabellenboek')
@ApiBearerAuth()
@Controller('tabellenboek')
export class LeesTabellenboekHttp {
  constructor(private readonly leesTabellenboek: LeesTabellenboek) {}

  @Get()
  @ApiOperation({
    summary: 'Het tabellenboek van een VO-school in een schooljaar',
    description: `Keuze op 1 april × aanmelding, keuze aan het einde van het schooljaar × werkelijke bestemming op 1 oktober, signalen per soort. ${BEREIK} Onderdrukte aantallen zijn null.`,
  })
  @ZodResponse({ status: 200, type: TabellenboekDto, description: 'Het tabellenboek binnen het bereik van de organisatie' })
  @ApiProblems(400, 403)
  lees(@Query() query: TabellenboekQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<TabellenboekAntwoord> {
    return this.leesTabellenboek.execute({ input: query, actor, correlationId: String(request.id), voorExport: false });
  }

  @Get('export.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="tabellenboek.csv"')
  @ApiOperation({
    summary: 'Het tabellenboek als CSV-export (altijd met onderdrukking)',
    description: `Eén aantal per regel (kolommen schooljaar;brin;vestiging;rmc_regio;tabel;rij;kolom;aantal;onderdrukt), totalen als "totaal". Een export verlaat de organisatie: aantallen onder de drempel (en wat ze zou verraden) zijn leeg met onderdrukt=ja. ${BEREIK}`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Het tabellenboek als CSV (puntkomma-gescheiden)', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiProblems(400, 403)
  async exporteer(@Query() query: TabellenboekQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<string> {
    return tabellenboekCsv(await this.leesTabellenboek.execute({ input: query, actor, correlationId: String(request.id), voorExport: true }));
  }

  @Get('export.xlsx')
  @Header('Content-Type', EXPORT_TYPES.xlsx)
  @ApiOperation({
    summary: 'Het tabellenboek als XLSX-export (altijd met onderdrukking)',
    description: `Een werkmap: een blad met titel en toelichting, dan één blad per tabel (de twee kruistabellen en de signalen) met kop, rijen en totalen; een onderdrukt aantal is "–". ${BEREIK}`,
  })
  @ApiProduces(EXPORT_TYPES.xlsx)
  @ApiOkResponse({ description: 'Het tabellenboek als XLSX', content: { [EXPORT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  async exporteerXlsx(@Query() query: TabellenboekQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.bestand(query, actor, request, 'xlsx');
  }

  @Get('export.pdf')
  @Header('Content-Type', EXPORT_TYPES.pdf)
  @ApiOperation({
    summary: 'Het tabellenboek als PDF-export (altijd met onderdrukking)',
    description: `Een document met de twee kruistabellen, de signalen en per tabel een staafgrafiek van de rijtotalen; een onderdrukt aantal is "–" en krijgt geen staaf. ${BEREIK}`,
  })
  @ApiProduces(EXPORT_TYPES.pdf)
  @ApiOkResponse({ description: 'Het tabellenboek als PDF', content: { [EXPORT_TYPES.pdf]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  async exporteerPdf(@Query() query: TabellenboekQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.bestand(query, actor, request, 'pdf');
  }

  private async bestand(query: TabellenboekQueryDto, actor: Claims, request: Request, formaat: 'xlsx' | 'pdf'): Promise<StreamableFile> {
    const rapport = tabellenboekExport(
      await this.leesTabellenboek.execute({ input: query, actor, correlationId: String(request.id), voorExport: true }),
    );
    return new StreamableFile(await exporteer(rapport, formaat), {
      type: EXPORT_TYPES[formaat],
      disposition: `attachment; filename="${rapport.naam}.${formaat}"`,
    });
  }
}
