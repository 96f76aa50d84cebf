import { Module } from '@nestjs/common';
import { ZetKalender } from './commands/zet-kalender/zet-kalender';
import { ZetKalenderHttp } from './commands/zet-kalender/zet-kalender.http';
import { KalendersRepository } from './database/kalenders.repository';
import { LaadKalender } from './queries/kalender/laad-kalender';

/** kalenders: each school's calendar of lesdagen and lesweken per schooljaar, compiled once for the rules. */
@Module({
  controllers: [ZetKalenderHttp],
  providers: [KalendersRepository, ZetKalender, LaadKalender],
  exports: [LaadKalender],
})
export class KalendersModule {}
