import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { CasussenModule } from '../casussen/casussen.module';
import { CsvBodyMiddleware } from '../shared/http/csv-body.http';
import { Persoonsnummers } from '../shared/persoonsnummers';
import { ImporteerDuoLijst } from './commands/importeer-duo-lijst/importeer-duo-lijst';
import { ImporteerDuoLijstHttp } from './commands/importeer-duo-lijst/importeer-duo-lijst.http';
import { DuoLijstenRepository } from './database/duo-lijsten.repository';

/** DUO lists (A01, oud-VSV) read row by row into cases of the region, with a per-row report. */
@Module({
  imports: [CasussenModule],
  controllers: [ImporteerDuoLijstHttp],
  providers: [DuoLijstenRepository, Persoonsnummers, ImporteerDuoLijst],
})
export class DuoLijstenModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(CsvBodyMiddleware)
      .forRoutes({ path: 'duo-lijsten/a01', method: RequestMethod.POST }, { path: 'duo-lijsten/oud-vsv', method: RequestMethod.POST });
  }
}
