import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { webhookGezetSchema, webhookSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { OrganisatieParams } from '../../../shared/http/organisatie-params.dto';
import { ZetWebhook } from './zet-webhook';

class WebhookDto extends zodDto(webhookSchema) {}
class WebhookGezetDto extends zodDto(webhookGezetSchema) {}

@ApiTags('kanalen')
@ApiBearerAuth()
@Controller('organisaties/:type/:code/webhook')
export class ZetWebhookHttp {
  constructor(private readonly zetWebhook: ZetWebhook) {}

  @Put()
  @ApiOperation({ summary: 'De webhook van een organisatie registreren of vervangen (het nieuwe geheim staat alleen in dit antwoord)' })
  @ZodResponse({ status: 200, type: WebhookGezetDto })
  @ApiProblems(400, 403)
  zet(@Param() organisatie: OrganisatieParams, @Body() body: WebhookDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.zetWebhook.execute({ input: { organisatie, url: body.url }, actor, correlationId });
  }
}
