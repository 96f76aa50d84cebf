import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { absentieSchema, absentiesResultaatSchema, AbsentiesResultaat, absentiesSchema } from '@sluitend/contracts';
import { ApiProblems } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { RegistreerAbsenties } from './registreer-absenties';

class AbsentieDto extends createZodDto(absentieSchema) {}
class AbsentiesDto extends createZodDto(absentiesSchema) {}
class AbsentiesResultaatDto extends createZodDto(absentiesResultaatSchema) {}

/** A school records absence: one record, or many at once; the thresholds are evaluated in the same transaction. */
@ApiTags('absenties')
@ApiBearerAuth()
@Controller('absenties')
export class RegistreerAbsentiesHttp {
  constructor(private readonly registreerAbsenties: RegistreerAbsenties) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Absentie van één leerling op één lesdag vastleggen of corrigeren (school)',
    description: 'Dezelfde datum opnieuw: een correctie; alle waarden 0: ingetrokken. Daarna worden de wettelijke drempels opnieuw beoordeeld.',
  })
  @ZodResponse({ status: 200, type: AbsentiesResultaatDto, description: 'vastgelegd; de meldingen die daardoor ontstonden, vervielen of wijzigden' })
  @ApiProblems(400, 403)
  een(@Body() body: AbsentieDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string): Promise<AbsentiesResultaat> {
    return this.registreerAbsenties.execute({ input: { absenties: [body] }, actor, correlationId });
  }

  @Post('bulk')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Absenties in bulk vastleggen of corrigeren (school)',
    description: 'Alles of niets: één ongeldig record weigert het verzoek met index, veld en regel; er wordt dan niets opgeslagen.',
  })
  @ZodResponse({ status: 200, type: AbsentiesResultaatDto, description: 'vastgelegd; de meldingen die daardoor ontstonden, vervielen of wijzigden' })
  @ApiProblems(400, 403, 413)
  bulk(@Body() body: AbsentiesDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string): Promise<AbsentiesResultaat> {
    return this.registreerAbsenties.execute({ input: body, actor, correlationId });
  }
}
