import { Body, Controller, ForbiddenException, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { Clock, CLOCK, OffsetClock } from '@sluitend/domain-nl';
import { DeadlineRunner } from '../deadlines/deadline-runner.service';
import { DemoKlokStore } from './demo-klok.store';

const verzetKlokSchema = z
  .object({ naar: z.iso.datetime({ offset: true, error: 'naar is een tijdstip met tijdzone, bijv. 2027-04-02T00:00:00+02:00' }) })
  .strict();
class VerzetKlokDto extends createZodDto(verzetKlokSchema) {}

/**
 * Demo mode only: move overstap's clock forward so a school year plays out in minutes (1 February → 1 April →
 * 1 October); deadlines that fall due fire at once. Production has no movable clock (the endpoint answers 403).
 */
@ApiTags('demo')
@ApiBearerAuth()
@Controller('demo/klok')
export class DemoKlokController {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly deadlines: DeadlineRunner,
    private readonly store: DemoKlokStore,
  ) {}

  @Get()
  nu() {
    return { nu: this.clock.now().toISOString(), demo: this.clock instanceof OffsetClock };
  }

  @Post()
  @HttpCode(200)
  async verzet(@Body() body: VerzetKlokDto, @CurrentUser() user: Claims) {
    if (!(this.clock instanceof OffsetClock)) {
      throw new ForbiddenException({ code: 'demo.uit', detail: 'de klok kan alleen in demo-modus worden verzet' });
    }
    if (!user.roles.some((role) => role === 'beheerder' || role === 'ops')) {
      throw new ForbiddenException({ code: 'auth.role-missing', detail: 'vereist de rol beheerder of ops' });
    }
    const naar = new Date(body.naar);
    if (naar.getTime() < this.clock.now().getTime()) {
      throw new ForbiddenException({ code: 'demo.klok-terug', detail: 'de demoklok kan alleen vooruit' });
    }
    await this.store.jumpTo(this.clock, naar);
    const gevuurd = await this.deadlines.runDue();
    return { nu: this.clock.now().toISOString(), gevuurd };
  }
}
