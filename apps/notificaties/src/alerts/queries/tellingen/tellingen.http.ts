import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { inboxTellingenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { TelInbox } from './tel-inbox';

class InboxTellingenDto extends zodDto(inboxTellingenSchema) {}

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts/tellingen')
export class TelInboxHttp {
  constructor(private readonly telInbox: TelInbox) {}

  @Get()
  @ApiOperation({ summary: 'Aantallen in de inbox van de eigen organisatie, per status' })
  @ZodResponse({ status: 200, type: InboxTellingenDto })
  @ApiProblems(403)
  tel(@CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.telInbox.execute({ input: undefined, actor, correlationId });
  }
}
