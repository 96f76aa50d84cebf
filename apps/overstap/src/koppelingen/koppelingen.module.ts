import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { CsvBodyMiddleware } from '../shared/csv-body';
import { RouteringModule } from '../routering/routering.module';
import { ImporteerKoppelingen } from './commands/importeer-koppelingen/importeer-koppelingen';
import { ImporteerKoppelingenHttp } from './commands/importeer-koppelingen/importeer-koppelingen.http';
import { KoppelPersoon } from './commands/koppel-persoon/koppel-persoon';
import { KoppelPersoonHttp } from './commands/koppel-persoon/koppel-persoon.http';
import { KoppelingenRepository } from './database/koppelingen.repository';
import { BepaalJongereIds } from './queries/jongere-ids/jongere-ids';

/**
 * Person linking (issue 10, ADR 0018): DUO's BSN↔onderwijsnummer koppeling as pseudonyms; a new link merges the
 * person's rows in overstap and publishes overstap.persoon.gekoppeld for the other services.
 */
@Module({
  imports: [RouteringModule],
  controllers: [KoppelPersoonHttp, ImporteerKoppelingenHttp],
  providers: [KoppelingenRepository, KoppelPersoon, ImporteerKoppelingen, BepaalJongereIds],
  exports: [BepaalJongereIds],
})
export class KoppelingenModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes({ path: 'koppelingen/bestand', method: RequestMethod.POST });
  }
}
