import { Controller, Get, Header, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { VerzuimcijfersAntwoord, verzuimcijfersQuerySchema, verzuimcijfersSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { EXPORT_TYPES, Exportformaat, exporteer } from '../../../shared/export/exporteer';
import { LeesVerzuimcijfers } from './verzuimcijfers';
import { verzuimcijfersExport } from './verzuimcijfers.export';

class VerzuimcijfersQueryDto extends zodDto(verzuimcijfersQuerySchema) {}
class VerzuimcijfersDto extends zodDto(verzuimcijfersSchema) {}

/** HTTP adapter of LeesVerzuimcijfers. */
@ApiTags('verzuimcijfers')
@ApiBearerAuth()
@Controller('verzuim')
export class LeesVerzuimcijfersHttp {
  constructor(private readonly leesVerzuimcijfers: LeesVerzuimcijfers) {}

  @Get()
  @ApiOperation({
    summary: 'Verzuimmeldingen van een schooljaar per soort en status, per gemeente en per school, en de tijd tot behandeling',
    description:
      'Meldingen met een startdatum in het schooljaar: per soort × status (geregistreerd, in behandeling, afgesloten, ter kennisgeving aangenomen, ingetrokken), per woongemeente en per school × soort en × status, en per soort de kalenderdagen van registratie tot in behandeling en tot afgesloten (klassen, mediaan en p90). Een school ziet haar eigen meldingen, een gemeente die over haar inwoners, een RMC-regio die over de inwoners van haar regio, ops alles met kleine aantallen onderdrukt (null, de tabellen die de totalen per soort delen samen; de tabellen per gemeente/school × status dan niet, een mediaan van minder dan de drempel niet); een partner niet.',
  })
  @ZodResponse({ status: 200, type: VerzuimcijfersDto, description: 'De verzuimcijfers binnen het bereik van de organisatie' })
  @ApiProblems(400, 403)
  lees(@Query() query: VerzuimcijfersQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<VerzuimcijfersAntwoord> {
    return this.leesVerzuimcijfers.execute({ input: query, actor, correlationId: String(request.id), voorExport: false });
  }

  @Get('export.csv')
  @Header('Content-Type', EXPORT_TYPES.csv)
  @ApiOperation({
    summary: 'De verzuimcijfers als CSV-export (altijd met onderdrukking)',
    description:
      'Eén aantal per regel (kolommen tabel;rij;kolom;aantal;onderdrukt), totalen als "totaal", puntkomma-gescheiden. Een export verlaat de organisatie: aantallen onder de drempel (en wat ze zou verraden) zijn leeg met onderdrukt=ja.',
  })
  @ApiProduces(EXPORT_TYPES.csv)
  @ApiOkResponse({ description: 'De verzuimcijfers als CSV', content: { [EXPORT_TYPES.csv]: { schema: { type: 'string', format: 'text' } } } })
  @ApiProblems(400, 403)
  exportCsv(@Query() query: VerzuimcijfersQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'csv');
  }

  @Get('export.xlsx')
  @Header('Content-Type', EXPORT_TYPES.xlsx)
  @ApiOperation({
    summary: 'De verzuimcijfers als XLSX-export (altijd met onderdrukking)',
    description:
      'Een werkmap: een blad met titel en toelichting, dan één blad per tabel met kop, rijen en totalen. Een export verlaat de organisatie: een onderdrukt aantal is "–".',
  })
  @ApiProduces(EXPORT_TYPES.xlsx)
  @ApiOkResponse({ description: 'De verzuimcijfers als XLSX', content: { [EXPORT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportXlsx(@Query() query: VerzuimcijfersQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'xlsx');
  }

  @Get('export.pdf')
  @Header('Content-Type', EXPORT_TYPES.pdf)
  @ApiOperation({
    summary: 'De verzuimcijfers als PDF-export (altijd met onderdrukking)',
    description:
      'Een document met de tabellen en per tabel een staafgrafiek van de rijtotalen. Een export verlaat de organisatie: een onderdrukt aantal is "–" en krijgt geen staaf.',
  })
  @ApiProduces(EXPORT_TYPES.pdf)
  @ApiOkResponse({ description: 'De verzuimcijfers als PDF', content: { [EXPORT_TYPES.pdf]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportPdf(@Query() query: VerzuimcijfersQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'pdf');
  }

  private async exporteer(query: VerzuimcijfersQueryDto, actor: Claims, request: Request, formaat: Exportformaat): Promise<StreamableFile> {
    const rapport = verzuimcijfersExport(
      await this.leesVerzuimcijfers.execute({ input: query, actor, correlationId: String(request.id), voorExport: true }),
    );
    return new StreamableFile(await exporteer(rapport, formaat), {
      type: EXPORT_TYPES[formaat],
      disposition: `attachment; filename="${rapport.naam}.${formaat}"`,
    });
  }
}
