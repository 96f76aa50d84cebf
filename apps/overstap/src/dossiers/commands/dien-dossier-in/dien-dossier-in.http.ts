import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import {
  DossierResultaat,
  DossiersInBulkResultaat,
  MAX_DOSSIERS_PER_BULK,
  dienDossierInSchema,
  dienDossiersInBulkSchema,
  dossierResultaatSchema,
  dossiersInBulkResultaatSchema,
} from '@sluitend/contracts';
import { DomainError, DomainIssue } from '@sluitend/domain-nl';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { DienDossierIn } from './dien-dossier-in';

class DienDossierInDto extends zodDto(dienDossierInSchema) {}
class DienDossiersInBulkDto extends zodDto(dienDossiersInBulkSchema) {}
class DossierResultaatDto extends zodDto(dossierResultaatSchema) {}
class DossiersInBulkResultaatDto extends zodDto(dossiersInBulkResultaatSchema) {}

/**
 * The use case names a field inside one dossier (`school.vestiging`) and the dossier's position as `row`; the
 * adapter writes the field's path in its own body: `school.vestiging` for one dossier, `dossiers[3].school.vestiging`
 * in bulk.
 */
function metPad(error: unknown, pad: (issue: DomainIssue) => string): unknown {
  if (!(error instanceof DomainError) || error.issues.length === 0) return error;
  const issues = error.issues.map((issue) => ({ field: pad(issue), rule: issue.rule, message: issue.message }));
  return new DomainError(error.kind, error.code, error.message, { issues, details: error.details, cause: error });
}

/** A VO school submits digitale doorstroomdossiers: one, or up to 10,000 in one all-or-nothing request. */
@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers')
export class DienDossierInHttp {
  constructor(private readonly dienDossierIn: DienDossierIn) {}

  @Post()
  @ApiOperation({
    summary: 'Een doorstroomdossier indienen',
    description:
      'Nieuw dossier: 201. Dezelfde inhoud opnieuw: 200 ongewijzigd (niets opgeslagen of gepubliceerd); andere inhoud: 200 met een nieuwe versie. ' +
      'Heeft een andere vestiging het dossier van deze leerling voor dit schooljaar: 202 overdracht-aangevraagd (de school die het heeft of de RMC-regio beslist; zie GET /overdrachten).',
  })
  @ZodResponse({ status: 201, type: DossierResultaatDto, description: 'het dossier is aangemaakt' })
  @ApiOkResponse({ type: DossierResultaatDto.Output, description: 'het dossier was er al: ongewijzigd, of bijgewerkt tot een nieuwe versie' })
  @ApiAcceptedResponse({ type: DossierResultaatDto.Output, description: 'een andere vestiging heeft het dossier: er is een overdracht aangevraagd' })
  @ApiProblems(400, 403, 409, 413)
  async dienIn(
    @Body() body: DienDossierInDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DossierResultaat> {
    try {
      const [{ index: _index, ...resultaat }] = await this.dienDossierIn.execute({ input: { dossiers: [body] }, actor, correlationId });
      response.status(resultaat.status === 'aangemaakt' ? 201 : resultaat.status === 'overdracht-aangevraagd' ? 202 : 200);
      return resultaat;
    } catch (error) {
      throw metPad(error, (issue) => issue.field);
    }
  }

  @Post('bulk')
  @ApiOperation({
    summary: 'Doorstroomdossiers in bulk indienen (alles of niets)',
    description: `Tot ${MAX_DOSSIERS_PER_BULK} dossiers. Elk dossier wordt gecontroleerd voordat er iets wordt opgeslagen; één fout dossier en er wordt niets opgeslagen (meldingen noemen dossiers[i].veld).`,
  })
  @ZodResponse({ status: 200, type: DossiersInBulkResultaatDto, description: 'per dossier wat er gebeurde, in de volgorde van het verzoek' })
  @ApiProblems(400, 403, 409, 413)
  async dienInBulk(
    @Body() body: DienDossiersInBulkDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ): Promise<DossiersInBulkResultaat> {
    try {
      const resultaten = await this.dienDossierIn.execute({ input: { dossiers: body.dossiers }, actor, correlationId });
      const count = (status: DossierResultaat['status']) => resultaten.filter((resultaat) => resultaat.status === status).length;
      return {
        aangemaakt: count('aangemaakt'),
        bijgewerkt: count('bijgewerkt'),
        ongewijzigd: count('ongewijzigd'),
        overdrachtAangevraagd: count('overdracht-aangevraagd'),
        resultaten,
      };
    } catch (error) {
      throw metPad(error, (issue) => (issue.row === undefined ? issue.field : `dossiers[${issue.row}].${issue.field}`));
    }
  }
}
