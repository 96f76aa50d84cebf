import { Controller, Get, Header, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { UitschrijvingenAntwoord, uitschrijvingenQuerySchema, uitschrijvingenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { EXPORT_TYPES, Exportformaat, exporteer } from '../../../shared/export/exporteer';
import { LeesUitschrijvingscijfers } from './uitschrijvingscijfers';
import { uitschrijvingscijfersExport } from './uitschrijvingscijfers.export';

class UitschrijvingenQueryDto extends zodDto(uitschrijvingenQuerySchema) {}
class UitschrijvingenDto extends zodDto(uitschrijvingenSchema) {}

/** HTTP adapter of LeesUitschrijvingscijfers: the figures with their chart-ready series, and the exports. */
@ApiTags('uitschrijvingen')
@ApiBearerAuth()
@Controller('uitschrijvingen')
export class LeesUitschrijvingscijfersHttp {
  constructor(private readonly lees: LeesUitschrijvingscijfers) {}

  @Get()
  @ApiOperation({
    summary: 'Uitschrijving en switch van een schooljaar per mbo-instelling of opleiding, met de regio ter vergelijking',
    description:
      'De mbo-inschrijvingen die in het schooljaar liepen (begonnen op of voor 31 juli, niet geëindigd voor 1 augustus: nieuwe en doorlopende) per instelling (BRIN) of opleiding (crebo en niveau): per rij uitgeschreven met DUO-reden 1–9 (1 persoonlijk, geen invloed; 2 persoonlijk, met zorg; 3 instellingsgerelateerd; 4 studie- of beroepskeuze; 5 arbeidsmarkt of omgeving; 6 zonder diploma maar succesvol; 7 onbekend; 8 geen uitval; 9 niet betaald), geswitcht, of niet beëindigd in het schooljaar; rijtotaal = de inschrijvingen. Een uitschrijving of switch telt in het schooljaar van haar datum. De grafiek geeft per rij, voor het totaal en voor de regio het uitschrijvings-, uitval- (zonder reden 8) en switchpercentage. De regio is de vergelijkingsrij: alle mbo-inschrijvingen van de jongeren die in de RMC-regio wonen (woonregio uit het inschrijvingsevent), bij alle instellingen, de eigen meegeteld; standaard voor een instelling de regio waar de meeste van haar studenten wonen, voor een RMC-regio de eigen, voor een gemeente die waarin zij ligt, voor ops geen; met rmcRegio elke andere. Een instelling ziet haar eigen inschrijvingen, een RMC-regio die van haar inwoners, een gemeente die van haar inwoners, zonder onderdrukking; ops alles met kleine aantallen onderdrukt (null, ook wat terug te rekenen is). De regiorij telt studenten van andere organisaties en is altijd onderdrukt op wat zij over hen zegt (de regio min het eigen deel), in een export ook op haar eigen aantallen; is zij precies de kolomtotalen van de tabel (een RMC-regio met de eigen regio), dan zijn het die totalen zoals gepubliceerd. Een VO-school, partner of GGD niet.',
  })
  @ZodResponse({ status: 200, type: UitschrijvingenDto, description: 'De uitschrijvingscijfers binnen het bereik van de organisatie' })
  @ApiProblems(400, 403)
  leesCijfers(@Query() query: UitschrijvingenQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<UitschrijvingenAntwoord> {
    return this.lees.execute({ input: query, actor, correlationId: String(request.id), voorExport: false });
  }

  @Get('export.csv')
  @Header('Content-Type', EXPORT_TYPES.csv)
  @ApiOperation({
    summary: 'De uitschrijvingscijfers als CSV-export (altijd met onderdrukking)',
    description:
      'Eén aantal per regel (kolommen tabel;rij;kolom;aantal;onderdrukt), totalen als "totaal", puntkomma-gescheiden: de tabel en de regiorij. Een export verlaat de organisatie: aantallen onder de drempel (en wat ze zou verraden) zijn leeg met onderdrukt=ja.',
  })
  @ApiProduces(EXPORT_TYPES.csv)
  @ApiOkResponse({ description: 'De uitschrijvingscijfers als CSV', content: { [EXPORT_TYPES.csv]: { schema: { type: 'string', format: 'text' } } } })
  @ApiProblems(400, 403)
  exportCsv(@Query() query: UitschrijvingenQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'csv');
  }

  @Get('export.xlsx')
  @Header('Content-Type', EXPORT_TYPES.xlsx)
  @ApiOperation({
    summary: 'De uitschrijvingscijfers als XLSX-export (altijd met onderdrukking)',
    description:
      'Een werkmap: een blad met titel, toelichting en de percentages per rij, dan een blad met de tabel en een met de regiorij. Een export verlaat de organisatie: een onderdrukt aantal is "–".',
  })
  @ApiProduces(EXPORT_TYPES.xlsx)
  @ApiOkResponse({
    description: 'De uitschrijvingscijfers als XLSX',
    content: { [EXPORT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400, 403)
  exportXlsx(@Query() query: UitschrijvingenQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'xlsx');
  }

  @Get('export.pdf')
  @Header('Content-Type', EXPORT_TYPES.pdf)
  @ApiOperation({
    summary: 'De uitschrijvingscijfers als PDF-export (altijd met onderdrukking)',
    description:
      'Een document met de percentages per rij, de tabel en de regiorij, per tabel een staafgrafiek van de rijtotalen. Een export verlaat de organisatie: een onderdrukt aantal is "–" en krijgt geen staaf.',
  })
  @ApiProduces(EXPORT_TYPES.pdf)
  @ApiOkResponse({
    description: 'De uitschrijvingscijfers als PDF',
    content: { [EXPORT_TYPES.pdf]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400, 403)
  exportPdf(@Query() query: UitschrijvingenQueryDto, @CurrentUser() actor: Claims, @Req() request: Request): Promise<StreamableFile> {
    return this.exporteer(query, actor, request, 'pdf');
  }

  private async exporteer(query: UitschrijvingenQueryDto, actor: Claims, request: Request, formaat: Exportformaat): Promise<StreamableFile> {
    const rapport = uitschrijvingscijfersExport(
      await this.lees.execute({ input: query, actor, correlationId: String(request.id), voorExport: true }),
    );
    return new StreamableFile(await exporteer(rapport, formaat), {
      type: EXPORT_TYPES[formaat],
      disposition: `attachment; filename="${rapport.naam}.${formaat}"`,
    });
  }
}
