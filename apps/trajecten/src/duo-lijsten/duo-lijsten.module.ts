import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { csvBodyMiddleware } from '@sluitend/platform';
import { CasussenModule } from '../casussen/casussen.module';
import { Persoonsnummers } from '../shared/persoonsnummers';
import { ImporteerDuoLijst } from './commands/importeer-duo-lijst/importeer-duo-lijst';
import { ImporteerDuoLijstHttp } from './commands/importeer-duo-lijst/importeer-duo-lijst.http';
import { DuoLijstenRepository } from './database/duo-lijsten.repository';
import { LeesTerugmelding } from './queries/terugmelding/lees-terugmelding';
import { LeesTerugmeldingHttp } from './queries/terugmelding/terugmelding.http';

/** Reads a DUO list (text/csv): fits 50,000 rows with room to spare. */
const CsvBodyMiddleware = csvBodyMiddleware('20mb');

/** DUO lists (A01, oud-VSV) read row by row into cases of the region, with a per-row report; the region's terugmelding as CSV. */
@Module({
  imports: [CasussenModule],
  controllers: [ImporteerDuoLijstHttp, LeesTerugmeldingHttp],
  providers: [DuoLijstenRepository, Persoonsnummers, ImporteerDuoLijst, LeesTerugmelding],
})
export class DuoLijstenModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(CsvBodyMiddleware)
      .forRoutes({ path: 'duo-lijsten/a01', method: RequestMethod.POST }, { path: 'duo-lijsten/oud-vsv', method: RequestMethod.POST });
  }
}
