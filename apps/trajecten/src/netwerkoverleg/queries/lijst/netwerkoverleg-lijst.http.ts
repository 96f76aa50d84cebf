import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { netwerkoverlegLijstSchema, netwerkoverlegParamsSchema, netwerkoverlegQuerySchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeesNetwerkoverlegLijst } from './lees-netwerkoverleg-lijst';

class NetwerkoverlegParams extends zodDto(netwerkoverlegParamsSchema) {}
class NetwerkoverlegQuery extends zodDto(netwerkoverlegQuerySchema) {}
class NetwerkoverlegLijstDto extends zodDto(netwerkoverlegLijstSchema) {}

@ApiTags('netwerkoverleg')
@ApiBearerAuth()
@Controller('netwerkoverleg/:rmcRegio')
export class LeesNetwerkoverlegLijstHttp {
  constructor(private readonly leesLijst: LeesNetwerkoverlegLijst) {}

  @Get()
  @ApiOperation({ summary: 'De lijst voor het netwerkoverleg van de regio op een datum, langst wachtend eerst, met een triagevoorstel' })
  @ZodResponse({ status: 200, type: NetwerkoverlegLijstDto })
  @ApiProblems(400, 403, 404)
  lees(
    @Param() params: NetwerkoverlegParams,
    @Query() query: NetwerkoverlegQuery,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ) {
    return this.leesLijst.execute({ input: { rmcRegio: params.rmcRegio, datum: query.datum }, actor, correlationId });
  }
}
