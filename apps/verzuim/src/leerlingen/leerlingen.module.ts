import { Module } from '@nestjs/common';
import { RegistreerLeerlingen } from './commands/registreer-leerlingen/registreer-leerlingen';
import { RegistreerLeerlingenHttp } from './commands/registreer-leerlingen/registreer-leerlingen.http';
import { LeerlingenRepository } from './database/leerlingen.repository';

/** leerlingen: the students a school enrols (pseudonym, birth date, woongemeente, enrolment) and who must act for them. */
@Module({
  controllers: [RegistreerLeerlingenHttp],
  providers: [LeerlingenRepository, RegistreerLeerlingen],
  exports: [LeerlingenRepository],
})
export class LeerlingenModule {}
