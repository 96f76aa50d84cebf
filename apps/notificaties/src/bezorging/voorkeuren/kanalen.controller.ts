import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { organisatieParamsSchema, voorkeurenSchema, webhookSchema } from '@sluitend/contracts';
import { LeegDto } from '../../shared/leeg.dto';
import { assertBeheerder, assertBeheerderOfOps } from './organisatie-beheer';
import { KanalenService } from './kanalen.service';

class OrganisatieParams extends createZodDto(organisatieParamsSchema) {}
class VoorkeurenDto extends createZodDto(voorkeurenSchema) {}
class WebhookDto extends createZodDto(webhookSchema) {}
class BezorgingenQuery extends createZodDto(
  z.object({ limiet: z.coerce.number({ error: 'limiet is een getal' }).int().min(1).max(500, { error: 'limiet is hoogstens 500' }).default(100) }).strict(),
) {}

@ApiTags('kanalen')
@ApiBearerAuth()
@Controller('organisaties/:type/:code')
export class KanalenController {
  constructor(private readonly kanalen: KanalenService) {}

  @Get('voorkeuren')
  voorkeuren(@Param() org: OrganisatieParams, @CurrentUser() user: Claims) {
    assertBeheerder(user, org);
    return this.kanalen.voorkeuren(org);
  }

  @Put('voorkeuren')
  zetVoorkeuren(@Param() org: OrganisatieParams, @Body() body: VoorkeurenDto, @CurrentUser() user: Claims) {
    assertBeheerder(user, org);
    return this.kanalen.zetVoorkeuren(org, body);
  }

  @Put('webhook')
  zetWebhook(@Param() org: OrganisatieParams, @Body() body: WebhookDto, @CurrentUser() user: Claims) {
    assertBeheerder(user, org);
    return this.kanalen.zetWebhook(org, body.url);
  }

  @Post('webhook/heractiveren')
  @HttpCode(200)
  heractiveer(@Param() org: OrganisatieParams, @Body() _body: LeegDto, @CurrentUser() user: Claims) {
    assertBeheerderOfOps(user, org);
    return this.kanalen.heractiveer(org);
  }

  @Get('bezorgingen')
  bezorgingen(@Param() org: OrganisatieParams, @Query() query: BezorgingenQuery, @CurrentUser() user: Claims) {
    assertBeheerderOfOps(user, org);
    return this.kanalen.bezorgingen(org, query.limiet);
  }
}
