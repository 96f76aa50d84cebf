import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { webhookHeractiveerdSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeegDto } from '../../../shared/http/leeg.dto';
import { OrganisatieParams } from '../../../shared/http/organisatie-params.dto';
import { HeractiveerWebhook } from './heractiveer-webhook';

class WebhookHeractiveerdDto extends zodDto(webhookHeractiveerdSchema) {}

@ApiTags('kanalen')
@ApiBearerAuth()
@Controller('organisaties/:type/:code/webhook/heractiveren')
export class HeractiveerWebhookHttp {
  constructor(private readonly heractiveerWebhook: HeractiveerWebhook) {}

  @Post()
  @ApiOperation({ summary: 'Een uitgeschakelde webhook weer aanzetten; wat intussen bleef liggen gaat alsnog uit' })
  @ZodResponse({ status: 200, type: WebhookHeractiveerdDto })
  @ApiProblems(400, 403, 404)
  heractiveer(@Param() organisatie: OrganisatieParams, @Body() _body: LeegDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.heractiveerWebhook.execute({ input: { organisatie }, actor, correlationId });
  }
}
