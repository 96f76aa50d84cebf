import { Controller, Get, Header, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { BenaderrondecijfersAntwoord, benaderrondecijfersQuerySchema, benaderrondecijfersSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { EXPORT_TYPES, Exportformaat, exporteer } from '../../../shared/export/exporteer';
import { LeesBenaderrondes } from './benaderrondes';
import { benaderrondesExport } from './benaderrondes.export';

class BenaderrondesQueryDto extends zodDto(benaderrondecijfersQuerySchema) {}
class BenaderrondesDto extends zodDto(benaderrondecijfersSchema) {}

/** HTTP adapter of LeesBenaderrondes. */
@ApiTags('trajectcijfers')
@ApiBearerAuth()
@Controller('benaderrondes')
export class LeesBenaderrondesHttp {
  constructor(private readonly leesBenaderrondes: LeesBenaderrondes) {}

  @Get()
  @ApiOperation({
    summary: 'De benaderrondes van een schooljaar: aangeschreven, gereageerd, bereikt, in beeld en overgedragen',
    description:
      "Benaderrondes afgesloten in het schooljaar (1 augustus – 31 juli, Amsterdam), met de totalen die trajecten bij het afsluiten publiceert (trajecten.benaderronde.afgesloten, geen jongeren). Rijen per RMC-regio (dimensie=rmc-regio, de rondes opgeteld) of per ronde (dimensie=ronde). Twee tabellen over dezelfde aangeschreven jongeren: de reactie (elk één), en waar ze uitkwamen (overgedragen per organisatie, in beeld niet overgedragen, niet in beeld); rijtotalen = aangeschreven. De grafiek is de trechter aangeschreven → gereageerd of bereikt → in beeld → overgedragen. Een RMC-regio ziet haar eigen rondes, ops alle regio's met kleine aantallen onderdrukt (null, de twee tabellen samen); anderen niet.",
  })
  @ZodResponse({ status: 200, type: BenaderrondesDto, description: 'De benaderrondes binnen het bereik van de organisatie' })
  @ApiProblems(400, 403)
  lees(@Query() query: BenaderrondesQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<BenaderrondecijfersAntwoord> {
    return this.leesBenaderrondes.execute({ input: query, actor, correlationId: String(request.id), voorExport: false });
  }

  @Get('export.csv')
  @Header('Content-Type', EXPORT_TYPES.csv)
  @ApiOperation({
    summary: 'De benaderrondes als CSV-export (altijd met onderdrukking)',
    description:
      'Eén aantal per regel (kolommen tabel;rij;kolom;aantal;onderdrukt), totalen als "totaal", puntkomma-gescheiden. Een export verlaat de organisatie: aantallen onder de drempel (en wat ze zou verraden) zijn leeg met onderdrukt=ja.',
  })
  @ApiProduces(EXPORT_TYPES.csv)
  @ApiOkResponse({ description: 'De benaderrondes als CSV', content: { [EXPORT_TYPES.csv]: { schema: { type: 'string', format: 'text' } } } })
  @ApiProblems(400, 403)
  exportCsv(@Query() query: BenaderrondesQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'csv');
  }

  @Get('export.xlsx')
  @Header('Content-Type', EXPORT_TYPES.xlsx)
  @ApiOperation({
    summary: 'De benaderrondes als XLSX-export (altijd met onderdrukking)',
    description:
      'Een werkmap: een blad met titel en toelichting, dan één blad per tabel met kop, rijen en totalen. Een export verlaat de organisatie: een onderdrukt aantal is "–".',
  })
  @ApiProduces(EXPORT_TYPES.xlsx)
  @ApiOkResponse({ description: 'De benaderrondes als XLSX', content: { [EXPORT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportXlsx(@Query() query: BenaderrondesQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'xlsx');
  }

  @Get('export.pdf')
  @Header('Content-Type', EXPORT_TYPES.pdf)
  @ApiOperation({
    summary: 'De benaderrondes als PDF-export (altijd met onderdrukking)',
    description:
      'Een document met de tabellen en per tabel een staafgrafiek van de rijtotalen. Een export verlaat de organisatie: een onderdrukt aantal is "–" en krijgt geen staaf.',
  })
  @ApiProduces(EXPORT_TYPES.pdf)
  @ApiOkResponse({ description: 'De benaderrondes als PDF', content: { [EXPORT_TYPES.pdf]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403)
  exportPdf(@Query() query: BenaderrondesQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'pdf');
  }

  private async exporteer(query: BenaderrondesQueryDto, actor: Claims, request: Request, formaat: Exportformaat): Promise<StreamableFile> {
    const rapport = benaderrondesExport(
      await this.leesBenaderrondes.execute({ input: query, actor, correlationId: String(request.id), voorExport: true }),
    );
    return new StreamableFile(await exporteer(rapport, formaat), {
      type: EXPORT_TYPES[formaat],
      disposition: `attachment; filename="${rapport.naam}.${formaat}"`,
    });
  }
}
