import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { schemaOf } from '@sluitend/persistence';
import { NOTIFICATIES_ENV, NotificatiesEnv } from '../config/notificaties-env';
import { NotificatiesJobs } from './jobs';

@Global()
@Module({
  providers: [
    {
      provide: NotificatiesJobs,
      inject: [DataSource, NOTIFICATIES_ENV],
      useFactory: (dataSource: DataSource, env: NotificatiesEnv) => new NotificatiesJobs({ databaseUrl: env.DATABASE_URL, schema: schemaOf(dataSource) }),
    },
  ],
  exports: [NotificatiesJobs],
})
export class SchedulingModule {}
