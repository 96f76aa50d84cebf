import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { adviesSchema, casusParamsSchema, registreerAdviesSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { RegistreerAdvies } from './registreer-advies';

class CasusIdParams extends zodDto(casusParamsSchema) {}
class RegistreerAdviesDto extends zodDto(registreerAdviesSchema) {}
class AdviesDto extends zodDto(adviesSchema) {}

@ApiTags('netwerkoverleg')
@ApiBearerAuth()
@Controller('casussen/:id/netwerkoverleg-advies')
export class RegistreerAdviesHttp {
  constructor(private readonly registreerAdvies: RegistreerAdvies) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Het advies van het netwerkoverleg vastleggen: triage, route, toewijzing (casusregisseur of klantmanager)' })
  @ZodResponse({ status: 201, type: AdviesDto })
  @ApiProblems(400, 403, 404, 409)
  registreer(
    @Param() params: CasusIdParams,
    @Body() body: RegistreerAdviesDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ) {
    return this.registreerAdvies.execute({ input: { casusId: params.id, ...body }, actor, correlationId });
  }
}
