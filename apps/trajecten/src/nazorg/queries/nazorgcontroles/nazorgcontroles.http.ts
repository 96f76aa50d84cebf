import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { nazorgcontrolesParamsSchema, nazorgcontrolesSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeesNazorgcontroles } from './lees-nazorgcontroles';

class NazorgcontrolesParams extends zodDto(nazorgcontrolesParamsSchema) {}
class NazorgcontrolesDto extends zodDto(nazorgcontrolesSchema) {}

@ApiTags('nazorg')
@ApiBearerAuth()
@Controller('nazorgcontroles/:rmcRegio')
export class LeesNazorgcontrolesHttp {
  constructor(private readonly leesNazorgcontroles: LeesNazorgcontroles) {}

  @Get()
  @ApiOperation({ summary: 'De nazorgcontroles van de regio die aan de beurt zijn en op een resultaat wachten, langst wachtend eerst' })
  @ZodResponse({ status: 200, type: NazorgcontrolesDto })
  @ApiProblems(400, 404)
  lees(@Param() params: NazorgcontrolesParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesNazorgcontroles.execute({ input: { rmcRegio: params.rmcRegio }, actor, correlationId });
  }
}
