import { Module } from '@nestjs/common';
import { LeerlingenMonitorController } from './queries/leerlingen/leerlingen-monitor.controller';
import { LeerlingenMonitorQuery } from './queries/leerlingen/leerlingen-monitor.query';

@Module({ controllers: [LeerlingenMonitorController], providers: [LeerlingenMonitorQuery] })
export class MonitorModule {}
