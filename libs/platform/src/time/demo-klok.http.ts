import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { assertActsFor, Claims, CurrentUser } from '@sluitend/auth';
import { CLOCK, Clock } from '@sluitend/domain-nl';
import { DueWorkSweeper } from '../due-work/due-work.sweeper';
import { DemoClock } from '../clock/demo-clock';
import { ApiProblems } from '../http/api-problems';
import { zodDto } from '../http/zod-dto';

const verzetKlokSchema = z
  .object({ naar: z.iso.datetime({ offset: true, error: 'naar is een tijdstip met tijdzone, bijv. 2027-04-02T00:00:00+02:00' }) })
  .strict();
class VerzetKlokDto extends zodDto(verzetKlokSchema) {}

const klokSchema = z.object({
  nu: z.iso.datetime().describe('de tijd van de service'),
  demo: z.boolean().describe('of de klok verzetbaar is (demo-modus)'),
});
class KlokDto extends zodDto(klokSchema) {}

const verzetSchema = z.object({
  nu: z.iso.datetime(),
  verzet: z.boolean().describe('false als de klok het gevraagde moment al voorbij was'),
  gevuurd: z
    .array(z.record(z.string(), z.unknown()))
    .describe('wat het uitgestelde werk van deze service meteen deed, bijv. { regel, schooljaar, signalen }'),
});
class VerzetDto extends zodDto(verzetSchema) {}

/**
 * Demo mode only: move the platform's one demo clock forward (a moment it already passed leaves it as it is) so a school year plays out in minutes. The answer lists
 * what this service's due work did at once (overstap: the deadlines that fired); every other service sweeps its own
 * due work when the jump reaches it. Only ops may move it; production has no movable clock (403).
 */
@ApiTags('demo')
@ApiBearerAuth()
@Controller('demo/klok')
export class DemoKlokHttp {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly demoClock: DemoClock,
    private readonly sweeper: DueWorkSweeper,
  ) {}

  @Get()
  @ApiOperation({ summary: 'De klok van de service (in demo-modus verzetbaar)' })
  @ZodResponse({ status: 200, type: KlokDto })
  @ApiProblems()
  nu() {
    return { nu: this.clock.now().toISOString(), demo: this.demoClock.enabled };
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Verzet de demoklok vooruit (alleen demo-modus, alleen ops)' })
  @ZodResponse({ status: 200, type: VerzetDto })
  @ApiProblems(400, 403)
  async verzet(@Body() body: VerzetKlokDto, @CurrentUser() user: Claims) {
    assertActsFor(user, 'ops', 'platform', ['ops']);
    let verzet = false;
    const reports = await this.sweeper.collecting(async () => {
      ({ verzet } = await this.demoClock.jumpTo(new Date(body.naar)));
      await this.sweeper.sweepAll();
    });
    return { nu: this.clock.now().toISOString(), verzet, gevuurd: reports.flatMap((report) => report.uitkomsten) };
  }
}
