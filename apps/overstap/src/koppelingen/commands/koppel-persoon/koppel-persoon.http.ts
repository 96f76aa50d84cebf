import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { koppelingResultaatSchema, KoppelingResultaat, koppelPersoonSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { KoppelPersoon } from './koppel-persoon';

class KoppelPersoonDto extends zodDto(koppelPersoonSchema) {}
class KoppelingResultaatDto extends zodDto(koppelingResultaatSchema) {}

/** The RMC coordinator records one line of DUO's BSN↔onderwijsnummer koppeling. */
@ApiTags('koppelingen')
@ApiBearerAuth()
@Controller('koppelingen')
export class KoppelPersoonHttp {
  constructor(private readonly koppelPersoon: KoppelPersoon) {}

  @Post()
  @ApiOperation({
    summary: 'Een onderwijsnummer aan een BSN koppelen (RMC-coördinator)',
    description:
      'Eén regel uit de DUO-koppeling. Alleen de pseudoniemen worden bewaard. Een nieuwe koppeling voegt de persoon samen ' +
      '(alles onder het onderwijsnummer gaat naar het BSN) en publiceert overstap.persoon.gekoppeld; hetzelfde paar nogmaals ' +
      'verandert niets (nieuw: false). Een onderwijsnummer dat al aan een ander BSN hangt: 409, niets vastgelegd.',
  })
  @ZodResponse({ status: 201, type: KoppelingResultaatDto, description: 'de koppeling (nieuw of al bekend)' })
  @ApiProblems(400, 403, 409)
  async koppel(@Body() body: KoppelPersoonDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string): Promise<KoppelingResultaat> {
    const [resultaat] = await this.koppelPersoon.execute({ input: { regels: [body] }, actor, correlationId });
    return resultaat;
  }
}
