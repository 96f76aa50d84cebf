import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { alertsQuerySchema, inboxSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeesInbox } from './lees-inbox';

class AlertsQueryDto extends zodDto(alertsQuerySchema) {}
class InboxDto extends zodDto(inboxSchema) {}

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts')
export class LeesInboxHttp {
  constructor(private readonly leesInbox: LeesInbox) {}

  @Get()
  @ApiOperation({ summary: 'De inbox van de eigen organisatie: alerts met filters, per pagina' })
  @ZodResponse({ status: 200, type: InboxDto })
  @ApiProblems(400, 403)
  lees(@Query() query: AlertsQueryDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesInbox.execute({ input: query, actor, correlationId });
  }
}
