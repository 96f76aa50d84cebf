import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { casusParamsSchema, screeningsSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeesScreenings } from './lees-screenings';

class CasusIdParams extends zodDto(casusParamsSchema) {}
class ScreeningsDto extends zodDto(screeningsSchema) {}

@ApiTags('screenings')
@ApiBearerAuth()
@Controller('casussen/:id/screenings')
export class LeesScreeningsHttp {
  constructor(private readonly leesScreenings: LeesScreenings) {}

  @Get()
  @ApiOperation({ summary: 'De screenings van een casus, oudste eerst, met het verloop sinds de eerste en de laatste stap' })
  @ZodResponse({ status: 200, type: ScreeningsDto })
  @ApiProblems(400, 403, 404)
  lees(@Param() params: CasusIdParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesScreenings.execute({ input: { casusId: params.id }, actor, correlationId });
  }
}
