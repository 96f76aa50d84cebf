import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { zetCaseloadTeamSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { CaseloadDto, RegioParams } from '../../queries/caseload/caseload.http';
import { ZetCaseloadTeam } from './zet-caseload-team';

class ZetCaseloadTeamDto extends zodDto(zetCaseloadTeamSchema) {}

@ApiTags('caseload')
@ApiBearerAuth()
@Controller('caseload/:rmcRegio')
export class ZetCaseloadTeamHttp {
  constructor(private readonly zetCaseloadTeam: ZetCaseloadTeam) {}

  @Put()
  @ApiOperation({ summary: 'Team (soort en fte per casusregisseur) en eigen normen van de regio instellen (coördinator)' })
  @ZodResponse({ status: 200, type: CaseloadDto })
  @ApiProblems(400, 403)
  zet(@Param() params: RegioParams, @Body() body: ZetCaseloadTeamDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.zetCaseloadTeam.execute({ input: { rmcRegio: params.rmcRegio, ...body }, actor, correlationId });
  }
}
