import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { CasussenModule } from '../casussen/casussen.module';
import { CsvBodyMiddleware } from '../shared/http/csv-body.http';
import { Persoonsnummers } from '../shared/persoonsnummers';
import { ImporteerA01Lijst } from './commands/importeer-a01-lijst/importeer-a01-lijst';
import { ImporteerA01LijstHttp } from './commands/importeer-a01-lijst/importeer-a01-lijst.http';
import { DuoLijstenRepository } from './database/duo-lijsten.repository';

/** DUO lists: an A01 list read row by row into cases of the region, with a per-row report. */
@Module({
  imports: [CasussenModule],
  controllers: [ImporteerA01LijstHttp],
  providers: [DuoLijstenRepository, Persoonsnummers, ImporteerA01Lijst],
})
export class DuoLijstenModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes({ path: 'duo-lijsten/a01', method: RequestMethod.POST });
  }
}
