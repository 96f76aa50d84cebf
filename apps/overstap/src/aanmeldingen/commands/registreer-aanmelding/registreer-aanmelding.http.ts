import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { AanmeldingResultaat, aanmeldingResultaatSchema, registreerAanmeldingSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { RegistreerAanmelding } from './registreer-aanmelding';

class RegistreerAanmeldingDto extends zodDto(registreerAanmeldingSchema) {}
class AanmeldingResultaatDto extends zodDto(aanmeldingResultaatSchema) {}

/** An mbo institution registers an aanmelding (token of that institution). */
@ApiTags('aanmeldingen')
@ApiBearerAuth()
@Controller('aanmeldingen')
export class RegistreerAanmeldingHttp {
  constructor(private readonly registreerAanmelding: RegistreerAanmelding) {}

  @Post()
  @ApiOperation({
    summary: 'Een aanmelding registreren (mbo-instelling)',
    description:
      'Het moment van aanmelden bepaalt het toelatingsrecht (uiterlijk 1 april, Europe/Amsterdam). Dezelfde leerling, opleiding en schooljaar opnieuw: 200 met de bestaande aanmelding.',
  })
  @ZodResponse({ status: 201, type: AanmeldingResultaatDto, description: 'de aanmelding is geregistreerd' })
  @ApiOkResponse({ type: AanmeldingResultaatDto.Output, description: 'de aanmelding bestond al' })
  @ApiProblems(400, 403)
  async registreer(
    @Body() body: RegistreerAanmeldingDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AanmeldingResultaat> {
    const resultaat = await this.registreerAanmelding.execute({ input: body, actor, correlationId });
    response.status(resultaat.nieuw ? 201 : 200);
    return resultaat;
  }
}
