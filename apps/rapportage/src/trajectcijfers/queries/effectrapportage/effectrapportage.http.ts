import { Controller, Get, Header, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { EffectrapportageAntwoord, effectrapportageQuerySchema, effectrapportageSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { EXPORT_TYPES, Exportformaat, exporteer } from '../../../shared/export/exporteer';
import { LeesEffectrapportage } from './effectrapportage';
import { effectrapportageExport } from './effectrapportage.export';

class EffectrapportageQueryDto extends zodDto(effectrapportageQuerySchema) {}
class EffectrapportageDto extends zodDto(effectrapportageSchema) {}

/** HTTP adapter of LeesEffectrapportage. */
@ApiTags('trajectcijfers')
@ApiBearerAuth()
@Controller('effectrapportage')
export class LeesEffectrapportageHttp {
  constructor(private readonly leesEffectrapportage: LeesEffectrapportage) {}

  @Get()
  @ApiOperation({
    summary: 'De effectrapportage van een schooljaar: uitkomsten en tijdigheid per RMC-regio',
    description:
      "Casussen afgesloten in het schooljaar (1 augustus – 31 juli) per RMC-regio: uitkomstcategorie, tijd tot eerste contact en tot intake (< 4, 4–6, > 6 weken). Een samengevoegde (dubbele) casus telt niet. Een RMC-regio ziet haar eigen regio, ops alle regio's met kleine aantallen onderdrukt (null, de drie tabellen samen); anderen niet.",
  })
  @ZodResponse({ status: 200, type: EffectrapportageDto, description: 'De effectrapportage binnen het bereik van de organisatie' })
  @ApiProblems(400, 403)
  lees(@Query() query: EffectrapportageQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<EffectrapportageAntwoord> {
    return this.leesEffectrapportage.execute({ input: query, actor, correlationId: String(request.id), voorExport: false });
  }

  @Get('export.csv')
  @Header('Content-Type', EXPORT_TYPES.csv)
  @ApiOperation({
    summary: 'De effectrapportage als CSV-export (altijd met onderdrukking)',
    description:
      'Eén aantal per regel (kolommen tabel;rij;kolom;aantal;onderdrukt), totalen als "totaal", puntkomma-gescheiden. Een export verlaat de organisatie: aantallen onder de drempel (en wat ze zou verraden) zijn leeg met onderdrukt=ja.',
  })
  @ApiProduces(EXPORT_TYPES.csv)
  @ApiOkResponse({ description: 'De effectrapportage als CSV', content: { [EXPORT_TYPES.csv]: { schema: { type: 'string', format: 'text' } } } })
  @ApiProblems(400, 403)
  exportCsv(@Query() query: EffectrapportageQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'csv');
  }

  @Get('export.xlsx')
  @Header('Content-Type', EXPORT_TYPES.xlsx)
  @ApiOperation({
    summary: 'De effectrapportage als XLSX-export (altijd met onderdrukking)',
    description:
      'Een werkmap: een blad met titel en toelichting, dan één blad per tabel met kop, rijen en totalen. Een export verlaat de organisatie: een onderdrukt aantal is "–".',
  })
  @ApiProduces(EXPORT_TYPES.xlsx)
  @ApiOkResponse({ description: 'De effectrapportage als XLSX', content: { [EXPORT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportXlsx(@Query() query: EffectrapportageQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'xlsx');
  }

  @Get('export.pdf')
  @Header('Content-Type', EXPORT_TYPES.pdf)
  @ApiOperation({
    summary: 'De effectrapportage als PDF-export (altijd met onderdrukking)',
    description:
      'Een document met de tabellen en per tabel een staafgrafiek van de rijtotalen. Een export verlaat de organisatie: een onderdrukt aantal is "–" en krijgt geen staaf.',
  })
  @ApiProduces(EXPORT_TYPES.pdf)
  @ApiOkResponse({ description: 'De effectrapportage als PDF', content: { [EXPORT_TYPES.pdf]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportPdf(@Query() query: EffectrapportageQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'pdf');
  }

  private async exporteer(query: EffectrapportageQueryDto, actor: Claims, request: Request, formaat: Exportformaat): Promise<StreamableFile> {
    const rapport = effectrapportageExport(
      await this.leesEffectrapportage.execute({ input: query, actor, correlationId: String(request.id), voorExport: true }),
    );
    return new StreamableFile(await exporteer(rapport, formaat), {
      type: EXPORT_TYPES[formaat],
      disposition: `attachment; filename="${rapport.naam}.${formaat}"`,
    });
  }
}
