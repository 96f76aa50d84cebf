import { Module } from '@nestjs/common';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { DemoKlokController } from './demo-klok.controller';
import { DemoKlokStore } from './demo-klok.store';

@Module({ imports: [DeadlinesModule], controllers: [DemoKlokController], providers: [DemoKlokStore] })
export class DemoModule {}
