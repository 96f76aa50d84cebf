import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { casusParamsSchema, registreerScreeningSchema, screeningSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { RegistreerScreening } from './registreer-screening';

class CasusIdParams extends zodDto(casusParamsSchema) {}
class RegistreerScreeningDto extends zodDto(registreerScreeningSchema) {}
class ScreeningDto extends zodDto(screeningSchema) {}

@ApiTags('screenings')
@ApiBearerAuth()
@Controller('casussen/:id/screenings')
export class RegistreerScreeningHttp {
  constructor(private readonly registreerScreening: RegistreerScreening) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Een screening vastleggen: elk leefdomein en de vier vaardigheden een score 1–5' })
  @ZodResponse({ status: 201, type: ScreeningDto })
  @ApiProblems(400, 403, 404, 409)
  registreer(
    @Param() params: CasusIdParams,
    @Body() body: RegistreerScreeningDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ) {
    return this.registreerScreening.execute({ input: { casusId: params.id, ...body }, actor, correlationId });
  }
}
