import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { wijsRegisseurToeSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { CasusDto, CasusParams } from '../../queries/casus/casus.http';
import { WijsRegisseurToe } from './wijs-regisseur-toe';

class WijsRegisseurToeDto extends zodDto(wijsRegisseurToeSchema) {}

@ApiTags('casussen')
@ApiBearerAuth()
@Controller('casussen/:id/casusregisseur')
export class WijsRegisseurToeHttp {
  constructor(private readonly wijsRegisseurToe: WijsRegisseurToe) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'De casusregisseur van de casus toewijzen (of vervangen): precies één per open casus' })
  @ZodResponse({ status: 200, type: CasusDto })
  @ApiProblems(400, 403, 404, 409)
  wijs(@Param() params: CasusParams, @Body() body: WijsRegisseurToeDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.wijsRegisseurToe.execute({ input: { casusId: params.id, regisseur: body }, actor, correlationId });
  }
}
