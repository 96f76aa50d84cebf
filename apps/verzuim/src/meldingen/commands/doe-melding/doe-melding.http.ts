import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { doeMeldingSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { DoeMelding } from './doe-melding';

class DoeMeldingDto extends zodDto(doeMeldingSchema) {}
class MeldingIdDto extends zodDto(z.object({ meldingId: z.uuid() })) {}

/** A school files a verzuimmelding by hand. */
@ApiTags('meldingen')
@ApiBearerAuth()
@Controller('meldingen')
export class DoeMeldingHttp {
  constructor(private readonly doeMelding: DoeMelding) {}

  @Post()
  @ApiOperation({
    summary: 'Een verzuimmelding met de hand doen (school)',
    description:
      'Elke DUO-soort, ook overig. De ontvanger volgt uit de leeftijd en plicht op de einddatum: leerplicht van de woongemeente of RMC van de woonregio.',
  })
  @ZodResponse({ status: 201, type: MeldingIdDto, description: 'de melding is geregistreerd en gesignaleerd' })
  @ApiProblems(400, 403)
  doe(@Body() body: DoeMeldingDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string): Promise<{ meldingId: string }> {
    return this.doeMelding.execute({ input: body, actor, correlationId });
  }
}
