import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { meldSwitchSchema, SwitchResultaat, switchResultaatSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { MeldSwitch } from './meld-switch';

class MeldSwitchDto extends zodDto(meldSwitchSchema) {}
class SwitchResultaatDto extends zodDto(switchResultaatSchema) {}

@ApiTags('inschrijvingen')
@ApiBearerAuth()
@Controller('inschrijvingen')
export class MeldSwitchHttp {
  constructor(private readonly meldSwitch: MeldSwitch) {}

  @Post(':id/switch')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Een switch naar een andere opleiding bij dezelfde instelling melden',
    description: 'De oude inschrijving eindigt, een nieuwe begint.',
  })
  @ZodResponse({ status: 200, type: SwitchResultaatDto, description: 'de nieuwe inschrijving' })
  @ApiProblems(400, 403, 404, 409)
  meld(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: MeldSwitchDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ): Promise<SwitchResultaat> {
    return this.meldSwitch.execute({ input: { ...body, inschrijvingId: id }, actor, correlationId });
  }
}
