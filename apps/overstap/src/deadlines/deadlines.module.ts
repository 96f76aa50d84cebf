import { Module } from '@nestjs/common';
import { OVERSTAP_ENV, OverstapEnv } from '../config/overstap-env';
import { SignalenModule } from '../signalen/signalen.module';
import { EvalueerLateFeiten } from './commands/evalueer-late-feiten/evalueer-late-feiten';
import { PlanDeadlines } from './commands/plan-deadlines/plan-deadlines';
import { PlanHerinschrijvingstermijn } from './commands/plan-herinschrijvingstermijn/plan-herinschrijvingstermijn';
import { SluitHerinschrijvingstermijn } from './commands/sluit-herinschrijvingstermijn/sluit-herinschrijvingstermijn';
import { VuurDeadline } from './commands/vuur-deadline/vuur-deadline';
import { DeadlinesRepository } from './database/deadlines.repository';
import { DEADLINE_REGELS, deadlineRegels } from './domain/deadline-regels';
import { VuurDeadlinesJob } from './jobs/vuur-deadlines.job';

/**
 * The deadlines of the year: when each falls due and what it signals (domain/), planned when a cohort's dossiers or an
 * uitschrijving arrive (commands/), fired on the platform's sweeper (jobs/); a fact arriving after a deadline fired is
 * evaluated against it at once (EvalueerLateFeiten).
 */
@Module({
  imports: [SignalenModule],
  providers: [
    DeadlinesRepository,
    PlanDeadlines,
    PlanHerinschrijvingstermijn,
    SluitHerinschrijvingstermijn,
    EvalueerLateFeiten,
    VuurDeadline,
    VuurDeadlinesJob,
    { provide: DEADLINE_REGELS, inject: [OVERSTAP_ENV], useFactory: (env: OverstapEnv) => deadlineRegels(env.VROEGE_WAARSCHUWINGEN) },
  ],
  exports: [PlanDeadlines, PlanHerinschrijvingstermijn, SluitHerinschrijvingstermijn, EvalueerLateFeiten],
})
export class DeadlinesModule {}
