import { Module } from '@nestjs/common';
import { ProjecteerJikp } from './commands/projecteer-jikp/projecteer-jikp';
import { JikpRepository } from './database/jikp.repository';
import { LeesJikpFactsheet } from './queries/factsheet/jikp-factsheet';
import { LeesJikpFactsheetHttp } from './queries/factsheet/jikp-factsheet.http';
import { LeesKwetsbarePositie } from './queries/kwetsbare-positie/kwetsbare-positie';
import { LeesKwetsbarePositieHttp } from './queries/kwetsbare-positie/kwetsbare-positie.http';

/**
 * jikp: trajecten's closed cases (participation, income class) projected beside the VSV projection, and from both the
 * JiKP factsheet and the kwetsbare-positie table per gemeente (ADR 0028). The case and link adapters hand their events
 * to ProjecteerJikp.
 */
@Module({
  controllers: [LeesJikpFactsheetHttp, LeesKwetsbarePositieHttp],
  providers: [JikpRepository, ProjecteerJikp, LeesJikpFactsheet, LeesKwetsbarePositie],
  exports: [ProjecteerJikp],
})
export class JikpModule {}
