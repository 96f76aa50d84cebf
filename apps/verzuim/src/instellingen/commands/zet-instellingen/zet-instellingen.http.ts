import { Body, Controller, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { VerzuimInstellingenInvoer, verzuimInstellingenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { ZetInstellingen } from './zet-instellingen';

class InstellingenDto extends zodDto(verzuimInstellingenSchema) {}

@ApiTags('instellingen')
@ApiBearerAuth()
@Controller('instellingen')
export class ZetInstellingenHttp {
  constructor(private readonly zetInstellingen: ZetInstellingen) {}

  @Put()
  @ApiOperation({
    summary: 'De verzuiminstellingen van de school zetten (school)',
    description:
      'rmcPeriodeWeken: RMC-verzuim na 1–4 weken (4 volgens de wet); zestienUurVoorRmcDoelgroep: 16 uur in 4 weken ook melden voor 18–22 zonder startkwalificatie (regionale afspraak). Geldt voor de intake vanaf nu.',
  })
  @ZodResponse({ status: 200, type: InstellingenDto, description: 'de instellingen' })
  @ApiProblems(400, 403)
  zet(@Body() body: InstellingenDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string): Promise<VerzuimInstellingenInvoer> {
    return this.zetInstellingen.execute({ input: body, actor, correlationId });
  }
}
