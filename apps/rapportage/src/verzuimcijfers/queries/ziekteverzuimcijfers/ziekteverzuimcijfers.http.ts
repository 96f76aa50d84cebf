import { Controller, Get, Header, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { ZiekteverzuimcijfersAntwoord, ziekteverzuimcijfersQuerySchema, ziekteverzuimcijfersSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { EXPORT_TYPES, Exportformaat, exporteer } from '../../../shared/export/exporteer';
import { LeesZiekteverzuimcijfers } from './ziekteverzuimcijfers';
import { ziekteverzuimcijfersExport } from './ziekteverzuimcijfers.export';

class ZiekteverzuimcijfersQueryDto extends zodDto(ziekteverzuimcijfersQuerySchema) {}
class ZiekteverzuimcijfersDto extends zodDto(ziekteverzuimcijfersSchema) {}

/** HTTP adapter of LeesZiekteverzuimcijfers (M@ZL figures). */
@ApiTags('verzuimcijfers')
@ApiBearerAuth()
@Controller('ziekteverzuim')
export class LeesZiekteverzuimcijfersHttp {
  constructor(private readonly leesZiekteverzuimcijfers: LeesZiekteverzuimcijfers) {}

  @Get()
  @ApiOperation({
    summary: 'Zorgwekkend ziekteverzuim (M@ZL) van een schooljaar per school en per woongemeente, per grond, ingetrokken apart',
    description:
      'De signalen van zorgwekkend ziekteverzuim (verzuim.ziekteverzuim.zorgwekkend: 4 ziekmeldingen in 12 schoolweken of de 7e aaneengesloten schooldag ziek) van het schooljaar, per school (BRIN) en per woongemeente × grond, van kracht en ingetrokken (verzuim.ziekteverzuim.ingetrokken) apart; rijtotalen zijn alle signalen, beide tabellen tellen dezelfde signalen (gelijke kolomtotalen). Een eigen rapport naast GET /verzuim, niet een tabel erin: M@ZL-signalen zijn geen verzuimmeldingen (andere aantallen, andere totalen, dus geen gezamenlijke onderdrukking met de meldingtabellen), en de lezers verschillen — de jeugdarts van de GGD werkt M@ZL maar leest geen verzuimmeldingen. Bereik: een school ziet haar eigen leerlingen, de jeugdarts (ggd, de code van de gemeente waarvoor zij werkt) de inwoners van die gemeente per school, beide zonder onderdrukking (zij lezen de signalen zelf); een gemeente haar inwoners en een RMC-regio de inwoners van haar gemeenten, wel onderdrukt (zij lezen de signalen niet: een 1 bij een school mag hen niet naar een inwoner wijzen); ops alles, onderdrukt (null; beide tabellen samen, de kolomtotalen gedeeld); een partner niet (403). Gelezen uit de tellingen naast de projectie, nooit de signalen zelf.',
  })
  @ZodResponse({ status: 200, type: ZiekteverzuimcijfersDto, description: 'De M@ZL-cijfers binnen het bereik van de organisatie' })
  @ApiProblems(400, 403)
  lees(@Query() query: ZiekteverzuimcijfersQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<ZiekteverzuimcijfersAntwoord> {
    return this.leesZiekteverzuimcijfers.execute({ input: query, actor, correlationId: String(request.id), voorExport: false });
  }

  @Get('export.csv')
  @Header('Content-Type', EXPORT_TYPES.csv)
  @ApiOperation({
    summary: 'De M@ZL-cijfers als CSV-export (altijd met onderdrukking)',
    description:
      'Eén aantal per regel (kolommen tabel;rij;kolom;aantal;onderdrukt), totalen als "totaal", puntkomma-gescheiden. Een export verlaat de organisatie: aantallen onder de drempel (en wat ze zou verraden) zijn leeg met onderdrukt=ja.',
  })
  @ApiProduces(EXPORT_TYPES.csv)
  @ApiOkResponse({ description: 'De M@ZL-cijfers als CSV', content: { [EXPORT_TYPES.csv]: { schema: { type: 'string', format: 'text' } } } })
  @ApiProblems(400, 403)
  exportCsv(@Query() query: ZiekteverzuimcijfersQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'csv');
  }

  @Get('export.xlsx')
  @Header('Content-Type', EXPORT_TYPES.xlsx)
  @ApiOperation({
    summary: 'De M@ZL-cijfers als XLSX-export (altijd met onderdrukking)',
    description:
      'Een werkmap: een blad met titel en toelichting, dan één blad per tabel met kop, rijen en totalen. Een export verlaat de organisatie: een onderdrukt aantal is "–".',
  })
  @ApiProduces(EXPORT_TYPES.xlsx)
  @ApiOkResponse({ description: 'De M@ZL-cijfers als XLSX', content: { [EXPORT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportXlsx(@Query() query: ZiekteverzuimcijfersQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'xlsx');
  }

  @Get('export.pdf')
  @Header('Content-Type', EXPORT_TYPES.pdf)
  @ApiOperation({
    summary: 'De M@ZL-cijfers als PDF-export (altijd met onderdrukking)',
    description:
      'Een document met de tabellen en per tabel een staafgrafiek van de rijtotalen. Een export verlaat de organisatie: een onderdrukt aantal is "–" en krijgt geen staaf.',
  })
  @ApiProduces(EXPORT_TYPES.pdf)
  @ApiOkResponse({ description: 'De M@ZL-cijfers als PDF', content: { [EXPORT_TYPES.pdf]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportPdf(@Query() query: ZiekteverzuimcijfersQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'pdf');
  }

  private async exporteer(query: ZiekteverzuimcijfersQueryDto, actor: Claims, request: Request, formaat: Exportformaat): Promise<StreamableFile> {
    const rapport = ziekteverzuimcijfersExport(
      await this.leesZiekteverzuimcijfers.execute({ input: query, actor, correlationId: String(request.id), voorExport: true }),
    );
    return new StreamableFile(await exporteer(rapport, formaat), {
      type: EXPORT_TYPES[formaat],
      disposition: `attachment; filename="${rapport.naam}.${formaat}"`,
    });
  }
}
