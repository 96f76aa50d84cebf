import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { InschrijvingResultaat, inschrijvingResultaatSchema, registreerInschrijvingSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { RegistreerInschrijving } from './registreer-inschrijving';

class RegistreerInschrijvingDto extends zodDto(registreerInschrijvingSchema) {}
class InschrijvingResultaatDto extends zodDto(inschrijvingResultaatSchema) {}

/** The mbo reports inschrijvingen. */
@ApiTags('inschrijvingen')
@ApiBearerAuth()
@Controller('inschrijvingen')
export class RegistreerInschrijvingHttp {
  constructor(private readonly registreerInschrijving: RegistreerInschrijving) {}

  @Post()
  @ApiOperation({
    summary: 'Een inschrijving registreren (mbo-instelling)',
    description:
      'Ook een herinschrijving: die sluit een lopende herinschrijvingstermijn na een uitschrijving zonder startkwalificatie als ze daarbinnen begint.',
  })
  @ZodResponse({ status: 201, type: InschrijvingResultaatDto, description: 'de inschrijving is geregistreerd' })
  @ApiProblems(400, 403)
  registreer(
    @Body() body: RegistreerInschrijvingDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ): Promise<InschrijvingResultaat> {
    return this.registreerInschrijving.execute({ input: body, actor, correlationId });
  }
}
