import { Module } from '@nestjs/common';
import { HeractiveerWebhook } from './commands/heractiveer-webhook/heractiveer-webhook';
import { HeractiveerWebhookHttp } from './commands/heractiveer-webhook/heractiveer-webhook.http';
import { PlanBezorgingen } from './commands/plan-bezorgingen/plan-bezorgingen';
import { VerstuurDigest } from './commands/verstuur-digest/verstuur-digest';
import { VerstuurDigestHttp } from './commands/verstuur-digest/verstuur-digest.http';
import { ZetVoorkeuren } from './commands/zet-voorkeuren/zet-voorkeuren';
import { ZetVoorkeurenHttp } from './commands/zet-voorkeuren/zet-voorkeuren.http';
import { ZetWebhook } from './commands/zet-webhook/zet-webhook';
import { ZetWebhookHttp } from './commands/zet-webhook/zet-webhook.http';
import { BezorgingRepository } from './database/bezorging.repository';
import { BezorgJob } from './jobs/bezorg.job';
import { DigestJob } from './jobs/digest.job';
import { Mailer } from './kanalen/mailer';
import { WebhookVerzender } from './kanalen/webhook-verzender';
import { LeesBezorgingen } from './queries/bezorgingen/lees-bezorgingen';
import { LeesBezorgingenHttp } from './queries/bezorgingen/bezorgingen.http';
import { LeesVoorkeuren } from './queries/voorkeuren/lees-voorkeuren';
import { LeesVoorkeurenHttp } from './queries/voorkeuren/voorkeuren.http';

/**
 * Delivery beside the inbox: each organisation's channels (e-mail now or daily, a signed webhook), the deliveries
 * planned when alerts are made (PlanBezorgingen, exported for alerts and escalatie), the sender and the digest.
 */
@Module({
  controllers: [LeesVoorkeurenHttp, ZetVoorkeurenHttp, ZetWebhookHttp, HeractiveerWebhookHttp, LeesBezorgingenHttp, VerstuurDigestHttp],
  providers: [
    BezorgingRepository,
    Mailer,
    WebhookVerzender,
    PlanBezorgingen,
    ZetVoorkeuren,
    ZetWebhook,
    HeractiveerWebhook,
    VerstuurDigest,
    LeesVoorkeuren,
    LeesBezorgingen,
    BezorgJob,
    DigestJob,
  ],
  exports: [PlanBezorgingen],
})
export class BezorgingModule {}
