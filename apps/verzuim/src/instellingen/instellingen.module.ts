import { Module } from '@nestjs/common';
import { ZetInstellingen } from './commands/zet-instellingen/zet-instellingen';
import { ZetInstellingenHttp } from './commands/zet-instellingen/zet-instellingen.http';
import { InstellingenRepository } from './database/instellingen.repository';

/** instellingen: what the law leaves to a school or its region (the RMC period, 16 uur for the RMC group). */
@Module({
  controllers: [ZetInstellingenHttp],
  providers: [InstellingenRepository, ZetInstellingen],
  exports: [InstellingenRepository],
})
export class InstellingenModule {}
