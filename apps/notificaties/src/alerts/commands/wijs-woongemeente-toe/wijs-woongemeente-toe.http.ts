import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { wijsWoongemeenteToeSchema, WoongemeenteToegewezen, woongemeenteToegewezenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { WijsWoongemeenteToe } from './wijs-woongemeente-toe';

class WijsWoongemeenteToeDto extends zodDto(wijsWoongemeenteToeSchema) {}
class WoongemeenteToegewezenDto extends zodDto(woongemeenteToegewezenSchema) {}

@ApiTags('niet-routeerbaar')
@ApiBearerAuth()
@Controller('niet-routeerbaar')
export class WijsWoongemeenteToeHttp {
  constructor(private readonly wijsWoongemeenteToe: WijsWoongemeenteToe) {}

  @Post(':id/woongemeente')
  @HttpCode(200)
  @ApiOperation({
    summary: 'De woongemeente van een niet te routeren signaal toewijzen (RMC-coördinator of ops)',
    description: 'Het signaal gaat meteen naar de RMC (en zo nodig leerplicht) van die woongemeente.',
  })
  @ZodResponse({ status: 200, type: WoongemeenteToegewezenDto, description: 'het signaal is gerouteerd' })
  @ApiProblems(400, 403, 404, 409)
  wijsToe(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: WijsWoongemeenteToeDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ): Promise<WoongemeenteToegewezen> {
    return this.wijsWoongemeenteToe.execute({ input: { ...body, id }, actor, correlationId });
  }
}
