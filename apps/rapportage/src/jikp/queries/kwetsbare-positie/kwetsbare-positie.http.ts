import { Controller, Get, Header, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { KwetsbarePositieAntwoord, kwetsbarePositieQuerySchema, kwetsbarePositieSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { EXPORT_TYPES, Exportformaat, exporteer } from '../../../shared/export/exporteer';
import { LeesKwetsbarePositie } from './kwetsbare-positie';
import { kwetsbarePositieExport } from './kwetsbare-positie.export';

class KwetsbarePositieQueryDto extends zodDto(kwetsbarePositieQuerySchema) {}
class KwetsbarePositieDto extends zodDto(kwetsbarePositieSchema) {}

const OMSCHRIJVING =
  "Jongeren in een kwetsbare positie per woongemeente, zoals de regio's eigen plannen ze tellen (seed 003): elke jongere (leeftijdsband op 1 oktober na het schooljaar, zonder startkwalificatie) in de eerste categorie die past — uitstroom pro, vso of entree in het schooljaar; zittende vsv (vsv in een eerder schooljaar, geen onderwijs); RMC prio 1 (geen onderwijs of werk); prio 2 en 3 (werk met een inkomen onder € 300 of € 700 per maand, de inkomensklasse die het RMC bij het afsluiten van de casus vastlegt). Een RMC-regio ziet haar gemeenten, een gemeente haar inwoners; ops één regio tegelijk met kleine aantallen onderdrukt; een school, partner of GGD niet.";

/** HTTP adapter of LeesKwetsbarePositie: the table per gemeente with its chart, and the exports. */
@ApiTags('jikp')
@ApiBearerAuth()
@Controller('jikp/kwetsbare-positie')
export class LeesKwetsbarePositieHttp {
  constructor(private readonly leesKwetsbarePositie: LeesKwetsbarePositie) {}

  @Get()
  @ApiOperation({ summary: 'Jongeren in een kwetsbare positie per gemeente en categorie', description: OMSCHRIJVING })
  @ZodResponse({ status: 200, type: KwetsbarePositieDto, description: 'De tabel binnen het bereik van de organisatie' })
  @ApiProblems(400, 403)
  lees(@Query() query: KwetsbarePositieQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<KwetsbarePositieAntwoord> {
    return this.leesKwetsbarePositie.execute({ input: query, actor, correlationId: String(request.id), voorExport: false });
  }

  @Get('export.csv')
  @Header('Content-Type', EXPORT_TYPES.csv)
  @ApiOperation({
    summary: 'De tabel jongeren in een kwetsbare positie als CSV-export (altijd met onderdrukking)',
    description: 'Eén aantal per regel (tabel;rij;kolom;aantal;onderdrukt).',
  })
  @ApiProduces(EXPORT_TYPES.csv)
  @ApiOkResponse({ description: 'De tabel als CSV', content: { [EXPORT_TYPES.csv]: { schema: { type: 'string', format: 'text' } } } })
  @ApiProblems(400, 403)
  exportCsv(@Query() query: KwetsbarePositieQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'csv');
  }

  @Get('export.xlsx')
  @Header('Content-Type', EXPORT_TYPES.xlsx)
  @ApiOperation({
    summary: 'De tabel jongeren in een kwetsbare positie als XLSX-export (altijd met onderdrukking)',
    description: 'Een werkmap met de tabel.',
  })
  @ApiProduces(EXPORT_TYPES.xlsx)
  @ApiOkResponse({ description: 'De tabel als XLSX', content: { [EXPORT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportXlsx(@Query() query: KwetsbarePositieQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'xlsx');
  }

  @Get('export.pdf')
  @Header('Content-Type', EXPORT_TYPES.pdf)
  @ApiOperation({
    summary: 'De tabel jongeren in een kwetsbare positie als PDF-export (altijd met onderdrukking)',
    description: 'Een document met de tabel en haar grafiek.',
  })
  @ApiProduces(EXPORT_TYPES.pdf)
  @ApiOkResponse({ description: 'De tabel als PDF', content: { [EXPORT_TYPES.pdf]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportPdf(@Query() query: KwetsbarePositieQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'pdf');
  }

  private async exporteer(query: KwetsbarePositieQueryDto, actor: Claims, request: Request, formaat: Exportformaat): Promise<StreamableFile> {
    const rapport = kwetsbarePositieExport(
      await this.leesKwetsbarePositie.execute({ input: query, actor, correlationId: String(request.id), voorExport: true }),
    );
    return new StreamableFile(await exporteer(rapport, formaat), {
      type: EXPORT_TYPES[formaat],
      disposition: `attachment; filename="${rapport.naam}.${formaat}"`,
    });
  }
}
