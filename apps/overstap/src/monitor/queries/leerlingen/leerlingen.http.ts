import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { MonitorLeerlingen, monitorLeerlingenSchema, monitorQuerySchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { VolgLeerlingen } from './leerlingen';

class MonitorQueryDto extends zodDto(monitorQuerySchema) {}
class MonitorLeerlingenDto extends zodDto(monitorLeerlingenSchema) {}

@ApiTags('monitor')
@ApiBearerAuth()
@Controller('monitor/leerlingen')
export class VolgLeerlingenHttp {
  constructor(private readonly volgLeerlingen: VolgLeerlingen) {}

  @Get()
  @ApiOperation({
    summary: 'De doorstroommonitor: leerlingen van een schooljaar met hun overstapstatus',
    description:
      'Een VO-school ziet haar eigen leerlingen, een RMC de inwoners van zijn regio, een mbo zijn aanmelders. Namen zijn persoonsgegevens: elke opgevraagde pagina wordt gelogd.',
  })
  @ZodResponse({ status: 200, type: MonitorLeerlingenDto, description: 'een pagina leerlingen met het totaal' })
  @ApiProblems(400, 403)
  lijst(@Query() query: MonitorQueryDto, @CurrentUser() actor: Claims): Promise<MonitorLeerlingen> {
    return this.volgLeerlingen.execute({ input: query, actor });
  }
}
