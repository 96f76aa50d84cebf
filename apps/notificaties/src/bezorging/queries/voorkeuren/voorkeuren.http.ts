import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { kanalenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { OrganisatieParams } from '../../../shared/http/organisatie-params.dto';
import { LeesVoorkeuren } from './lees-voorkeuren';

export class KanalenDto extends zodDto(kanalenSchema) {}

@ApiTags('kanalen')
@ApiBearerAuth()
@Controller('organisaties/:type/:code/voorkeuren')
export class LeesVoorkeurenHttp {
  constructor(private readonly leesVoorkeuren: LeesVoorkeuren) {}

  @Get()
  @ApiOperation({ summary: 'De kanalen van een organisatie: e-mailadressen, direct of dagelijks, en de webhook' })
  @ZodResponse({ status: 200, type: KanalenDto })
  @ApiProblems(400, 403)
  lees(@Param() organisatie: OrganisatieParams, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesVoorkeuren.execute({ input: { organisatie }, actor, correlationId });
  }
}
