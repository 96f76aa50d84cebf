import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { LeerlingenResultaat, leerlingenResultaatSchema, registreerLeerlingenSchema, registreerLeerlingSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { RegistreerLeerlingen } from './registreer-leerlingen';

class RegistreerLeerlingDto extends zodDto(registreerLeerlingSchema) {}
class RegistreerLeerlingenDto extends zodDto(registreerLeerlingenSchema) {}
class LeerlingenResultaatDto extends zodDto(leerlingenResultaatSchema) {}

/** A school registers the students it enrols: one, or many at once. */
@ApiTags('leerlingen')
@ApiBearerAuth()
@Controller('leerlingen')
export class RegistreerLeerlingenHttp {
  constructor(private readonly registreerLeerlingen: RegistreerLeerlingen) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Een leerling registreren of bijwerken (school)',
    description: 'Het persoonsnummer wordt direct het pseudoniem (leerlingId) en niet bewaard.',
  })
  @ZodResponse({ status: 200, type: LeerlingenResultaatDto, description: 'de leerling is geregistreerd' })
  @ApiProblems(400, 403)
  een(@Body() body: RegistreerLeerlingDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string): Promise<LeerlingenResultaat> {
    return this.registreerLeerlingen.execute({ input: { leerlingen: [body] }, actor, correlationId });
  }

  @Post('bulk')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Leerlingen in bulk registreren of bijwerken (school)',
    description: 'Alles of niets: één ongeldige leerling weigert het verzoek met index, veld en regel.',
  })
  @ZodResponse({ status: 200, type: LeerlingenResultaatDto, description: 'de leerlingen zijn geregistreerd' })
  @ApiProblems(400, 403, 413)
  bulk(@Body() body: RegistreerLeerlingenDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string): Promise<LeerlingenResultaat> {
    return this.registreerLeerlingen.execute({ input: body, actor, correlationId });
  }
}
