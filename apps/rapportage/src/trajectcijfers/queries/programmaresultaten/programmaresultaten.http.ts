import { Controller, Get, Header, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { ProgrammaresultatenAntwoord, programmaresultatenQuerySchema, programmaresultatenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { EXPORT_TYPES, Exportformaat, exporteer } from '../../../shared/export/exporteer';
import { LeesProgrammaresultaten } from './programmaresultaten';
import { programmaresultatenExport } from './programmaresultaten.export';

class ProgrammaresultatenQueryDto extends zodDto(programmaresultatenQuerySchema) {}
class ProgrammaresultatenDto extends zodDto(programmaresultatenSchema) {}

/** HTTP adapter of LeesProgrammaresultaten. */
@ApiTags('trajectcijfers')
@ApiBearerAuth()
@Controller('programmas')
export class LeesProgrammaresultatenHttp {
  constructor(private readonly leesProgrammaresultaten: LeesProgrammaresultaten) {}

  @Get()
  @ApiOperation({
    summary: 'De programmaresultaten van een schooljaar: deelnames per programma, gestart, beëindigd en per resultaat',
    description:
      "Deelnames van casussen aan programma's van de regio (trajecten.programma.deelname-gestart en -beeindigd: ids, data en resultaatcode). Per programma (id; de naam staat bij trajecten): de deelnames gestart in het schooljaar naar het resultaat waarmee ze eindigden of loopt nog, en de deelnames beëindigd in het schooljaar naar resultaat. Een RMC-regio ziet haar eigen programma's, ops die van alle regio's met kleine aantallen onderdrukt (null, elke tabel apart); anderen niet.",
  })
  @ZodResponse({ status: 200, type: ProgrammaresultatenDto, description: 'De programmaresultaten binnen het bereik van de organisatie' })
  @ApiProblems(400, 403)
  lees(@Query() query: ProgrammaresultatenQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<ProgrammaresultatenAntwoord> {
    return this.leesProgrammaresultaten.execute({ input: query, actor, correlationId: String(request.id), voorExport: false });
  }

  @Get('export.csv')
  @Header('Content-Type', EXPORT_TYPES.csv)
  @ApiOperation({
    summary: 'De programmaresultaten als CSV-export (altijd met onderdrukking)',
    description:
      'Eén aantal per regel (kolommen tabel;rij;kolom;aantal;onderdrukt), totalen als "totaal", puntkomma-gescheiden. Een export verlaat de organisatie: aantallen onder de drempel (en wat ze zou verraden) zijn leeg met onderdrukt=ja.',
  })
  @ApiProduces(EXPORT_TYPES.csv)
  @ApiOkResponse({ description: 'De programmaresultaten als CSV', content: { [EXPORT_TYPES.csv]: { schema: { type: 'string', format: 'text' } } } })
  @ApiProblems(400, 403)
  exportCsv(@Query() query: ProgrammaresultatenQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'csv');
  }

  @Get('export.xlsx')
  @Header('Content-Type', EXPORT_TYPES.xlsx)
  @ApiOperation({
    summary: 'De programmaresultaten als XLSX-export (altijd met onderdrukking)',
    description:
      'Een werkmap: een blad met titel en toelichting, dan één blad per tabel met kop, rijen en totalen. Een export verlaat de organisatie: een onderdrukt aantal is "–".',
  })
  @ApiProduces(EXPORT_TYPES.xlsx)
  @ApiOkResponse({
    description: 'De programmaresultaten als XLSX',
    content: { [EXPORT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400, 403)
  exportXlsx(@Query() query: ProgrammaresultatenQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'xlsx');
  }

  @Get('export.pdf')
  @Header('Content-Type', EXPORT_TYPES.pdf)
  @ApiOperation({
    summary: 'De programmaresultaten als PDF-export (altijd met onderdrukking)',
    description:
      'Een document met de tabellen en per tabel een staafgrafiek van de rijtotalen. Een export verlaat de organisatie: een onderdrukt aantal is "–" en krijgt geen staaf.',
  })
  @ApiProduces(EXPORT_TYPES.pdf)
  @ApiOkResponse({ description: 'De programmaresultaten als PDF', content: { [EXPORT_TYPES.pdf]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportPdf(@Query() query: ProgrammaresultatenQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'pdf');
  }

  private async exporteer(query: ProgrammaresultatenQueryDto, actor: Claims, request: Request, formaat: Exportformaat): Promise<StreamableFile> {
    const rapport = programmaresultatenExport(
      await this.leesProgrammaresultaten.execute({ input: query, actor, correlationId: String(request.id), voorExport: true }),
    );
    return new StreamableFile(await exporteer(rapport, formaat), {
      type: EXPORT_TYPES[formaat],
      disposition: `attachment; filename="${rapport.naam}.${formaat}"`,
    });
  }
}
