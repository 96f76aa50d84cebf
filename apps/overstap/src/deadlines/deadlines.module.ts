import { Module } from '@nestjs/common';
import { DeadlineRunner } from './deadline-runner.service';

@Module({ providers: [DeadlineRunner], exports: [DeadlineRunner] })
export class DeadlinesModule {}
