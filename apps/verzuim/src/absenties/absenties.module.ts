import { Module } from '@nestjs/common';
import { AbsentiesRepository } from './database/absenties.repository';

/** absenties: absence per student per lesdag (the records and their rules); the intake itself is registratie's. */
@Module({
  providers: [AbsentiesRepository],
  exports: [AbsentiesRepository],
})
export class AbsentiesModule {}
