import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { voorkeurenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { OrganisatieParams } from '../../../shared/http/organisatie-params.dto';
import { KanalenDto } from '../../queries/voorkeuren/voorkeuren.http';
import { ZetVoorkeuren } from './zet-voorkeuren';

class VoorkeurenDto extends zodDto(voorkeurenSchema) {}

@ApiTags('kanalen')
@ApiBearerAuth()
@Controller('organisaties/:type/:code/voorkeuren')
export class ZetVoorkeurenHttp {
  constructor(private readonly zetVoorkeuren: ZetVoorkeuren) {}

  @Put()
  @ApiOperation({ summary: 'E-mailadressen en frequentie (direct of dagelijks) van een organisatie instellen' })
  @ZodResponse({ status: 200, type: KanalenDto })
  @ApiProblems(400, 403)
  zet(
    @Param() organisatie: OrganisatieParams,
    @Body() voorkeuren: VoorkeurenDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ) {
    return this.zetVoorkeuren.execute({ input: { organisatie, voorkeuren }, actor, correlationId });
  }
}
