import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { casusParamsSchema, contactpogingSchema, registreerContactpogingSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { RegistreerContactpoging } from './registreer-contactpoging';

class CasusIdParams extends zodDto(casusParamsSchema) {}
class RegistreerContactpogingDto extends zodDto(registreerContactpogingSchema) {}
export class ContactpogingDto extends zodDto(contactpogingSchema) {}

@ApiTags('contactpogingen')
@ApiBearerAuth()
@Controller('casussen/:id/contactpogingen')
export class RegistreerContactpogingHttp {
  constructor(private readonly registreerContactpoging: RegistreerContactpoging) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Een contactpoging vastleggen (brief, e-mail, telefoon, huisbezoek, opsporing; bereikt of niet)' })
  @ZodResponse({ status: 201, type: ContactpogingDto })
  @ApiProblems(400, 403, 404, 409)
  registreer(
    @Param() params: CasusIdParams,
    @Body() body: RegistreerContactpogingDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ) {
    return this.registreerContactpoging.execute({ input: { casusId: params.id, ...body }, actor, correlationId });
  }
}
