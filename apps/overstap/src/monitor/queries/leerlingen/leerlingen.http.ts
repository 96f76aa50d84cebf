import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { schooljaarSchema } from '@sluitend/contracts';
import { LeerlingenMonitorQuery, MONITOR_FILTERS } from './leerlingen-monitor.query';

const monitorQuerySchema = z
  .object({
    schooljaar: schooljaarSchema,
    filter: z.enum(MONITOR_FILTERS).default('alle'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

class MonitorQueryDto extends createZodDto(monitorQuerySchema) {}

@ApiTags('monitor')
@ApiBearerAuth()
@Controller('monitor/leerlingen')
export class LeerlingenMonitorController {
  constructor(private readonly monitor: LeerlingenMonitorQuery) {}

  @Get()
  lijst(@Query() query: MonitorQueryDto, @CurrentUser() user: Claims) {
    return this.monitor.execute(user, query.schooljaar, query.filter, query.limit, query.offset);
  }
}
