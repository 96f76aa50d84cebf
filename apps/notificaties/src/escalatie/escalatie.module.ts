import { Module } from '@nestjs/common';
import { EscalatieService } from './escalatie.service';

@Module({ providers: [EscalatieService], exports: [EscalatieService] })
export class EscalatieModule {}
