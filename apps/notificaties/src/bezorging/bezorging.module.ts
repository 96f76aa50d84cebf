import { Module } from '@nestjs/common';
import { BezorgingRunner } from './bezorging.runner';
import { DigestController } from './digest.controller';
import { DigestService } from './digest.service';
import { Mailer } from './email/mailer';
import { KanalenController } from './voorkeuren/kanalen.controller';
import { KanalenService } from './voorkeuren/kanalen.service';

@Module({
  controllers: [KanalenController, DigestController],
  providers: [Mailer, BezorgingRunner, DigestService, KanalenService],
  exports: [BezorgingRunner, DigestService],
})
export class BezorgingModule {}
