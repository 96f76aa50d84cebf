import { Controller, Get, Header, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { TabellenboekAntwoord, tabellenboekQuerySchema, tabellenboekSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { LeesTabellenboek } from './tabellenboek';
import { tabellenboekCsv } from './tabellenboek.csv';

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
}
