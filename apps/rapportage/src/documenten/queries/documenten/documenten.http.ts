import { Controller, Get, Param, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { documentIdSchema, GegenereerdeDocumenten, gegenereerdeDocumentenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { EXPORT_TYPES } from '../../../shared/export/exporteer';
import { LeesDocument, ZoekDocumenten } from './documenten';

class DocumentIdDto extends zodDto(documentIdSchema) {}
class GegenereerdeDocumentenDto extends zodDto(gegenereerdeDocumentenSchema) {}

/** HTTP adapter of ZoekDocumenten and LeesDocument. */
@ApiTags('documenten')
@ApiBearerAuth()
@Controller('documenten')
export class DocumentenHttp {
  constructor(
    private readonly zoekDocumenten: ZoekDocumenten,
    private readonly leesDocument: LeesDocument,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'De gegenereerde jaarrapporten van de organisatie',
    description:
      'Elk jaar op een ingestelde dag gegenereerd (tabellenboek per VO-school na de teldatum, standaard 1 november; effectrapportage per RMC-regio, standaard 1 december), als PDF en XLSX, altijd met onderdrukking. Een school ziet haar tabellenboeken, een RMC-regio haar effectrapportages, ops alles; anderen niet.',
  })
  @ZodResponse({ status: 200, type: GegenereerdeDocumentenDto, description: 'De documenten, nieuwste eerst (zonder inhoud)' })
  @ApiProblems(403)
  lijst(@CurrentUser() actor: Claims, @Req() request: Request): Promise<GegenereerdeDocumenten> {
    return this.zoekDocumenten.execute({ actor, correlationId: String(request.id) });
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Een gegenereerd jaarrapport downloaden',
    description: 'Het bestand (PDF of XLSX); 404 als het niet bestaat of niet van de organisatie is.',
  })
  @ApiProduces(EXPORT_TYPES.pdf, EXPORT_TYPES.xlsx)
  @ApiOkResponse({
    description: 'Het document',
    content: {
      [EXPORT_TYPES.pdf]: { schema: { type: 'string', format: 'binary' } },
      [EXPORT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiProblems(400, 403, 404)
  async download(@Param() params: DocumentIdDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    const document = await this.leesDocument.execute({ id: params.id, actor, correlationId: String(request.id) });
    return new StreamableFile(document.inhoud, {
      type: EXPORT_TYPES[document.formaat],
      disposition: `attachment; filename="${document.bestandsnaam}"`,
    });
  }
}
