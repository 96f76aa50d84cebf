import { Module } from '@nestjs/common';
import { MonitorRepository } from './database/monitor.repository';
import { VolgLeerlingen } from './queries/leerlingen/leerlingen';
import { VolgLeerlingenHttp } from './queries/leerlingen/leerlingen.http';

/** The doorstroommonitor: a read over dossiers, aanmeldingen, inschrijvingen and signals. */
@Module({ controllers: [VolgLeerlingenHttp], providers: [MonitorRepository, VolgLeerlingen] })
export class MonitorModule {}
