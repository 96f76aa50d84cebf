import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { alertsQuerySchema } from '@sluitend/contracts';
import { InboxService } from './inbox.service';

class AlertsQueryDto extends createZodDto(alertsQuerySchema) {}

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  lijst(@Query() query: AlertsQueryDto, @CurrentUser() user: Claims) {
    return this.inbox.lijst(query, user);
  }

  @Get('tellingen')
  tellingen(@CurrentUser() user: Claims) {
    return this.inbox.tellingen(user);
  }

  @Get(':id')
  een(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: Claims) {
    return this.inbox.een(id, user);
  }
}
