import { Module } from '@nestjs/common';
import { BezorgingModule } from '../bezorging/bezorging.module';
import { EscalatieRepository } from './database/escalatie.repository';
import { EscaleerJob } from './jobs/escaleer.job';

/**
 * Escalation of alerts nobody picked up in time (their escaleren_op, set when alerts/ made them) to the coordinator of
 * the woonregio. Depends on alerts and bezorging; nothing depends on it.
 */
@Module({ imports: [BezorgingModule], providers: [EscalatieRepository, EscaleerJob] })
export class EscalatieModule {}
