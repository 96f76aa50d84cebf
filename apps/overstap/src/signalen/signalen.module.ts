import { Module } from '@nestjs/common';
import { RouteringModule } from '../routering/routering.module';
import { RegistreerSignaal } from './commands/registreer-signaal/registreer-signaal';
import { SignaleerCohort } from './commands/signaleer-cohort/signaleer-cohort';
import { SignalenRepository } from './database/signalen.repository';

/**
 * Signals: the one place that writes the signal table and the events announcing a signal. A signal is raised once
 * per rule, student and schooljaar; aanmeldingen, inschrijvingen and deadlines raise them through this module.
 */
@Module({
  imports: [RouteringModule],
  providers: [SignalenRepository, RegistreerSignaal, SignaleerCohort],
  exports: [RegistreerSignaal, SignaleerCohort],
})
export class SignalenModule {}
