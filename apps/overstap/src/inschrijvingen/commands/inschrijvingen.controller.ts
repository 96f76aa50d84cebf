import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { meldBsaSchema, meldSwitchSchema, meldUitschrijvingSchema, registreerInschrijvingSchema } from '@sluitend/contracts';
import { MeldBsaService } from './meld-bsa/meld-bsa.service';
import { MeldSwitchService } from './meld-switch/meld-switch.service';
import { MeldUitschrijvingService } from './meld-uitschrijving/meld-uitschrijving.service';
import { RegistreerInschrijvingService } from './registreer-inschrijving/registreer-inschrijving.service';

class RegistreerInschrijvingDto extends createZodDto(registreerInschrijvingSchema) {}
class MeldUitschrijvingDto extends createZodDto(meldUitschrijvingSchema) {}
class MeldSwitchDto extends createZodDto(meldSwitchSchema) {}
class MeldBsaDto extends createZodDto(meldBsaSchema) {}

/** The mbo reports inschrijvingen and what happens to them: uitschrijving, switch, bindend studieadvies. */
@ApiTags('inschrijvingen')
@ApiBearerAuth()
@Controller('inschrijvingen')
export class InschrijvingenController {
  constructor(
    private readonly registreer: RegistreerInschrijvingService,
    private readonly uitschrijving: MeldUitschrijvingService,
    private readonly switchen: MeldSwitchService,
    private readonly bsa: MeldBsaService,
  ) {}

  @Post()
  schrijfIn(@Body() body: RegistreerInschrijvingDto, @CurrentUser() user: Claims, @Req() request: Request) {
    return this.registreer.execute(body, user, String(request.id));
  }

  @Post(':id/uitschrijving')
  @HttpCode(200)
  schrijfUit(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: MeldUitschrijvingDto, @CurrentUser() user: Claims, @Req() request: Request) {
    return this.uitschrijving.execute(id, body, user, String(request.id));
  }

  @Post(':id/switch')
  @HttpCode(200)
  switch(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: MeldSwitchDto, @CurrentUser() user: Claims, @Req() request: Request) {
    return this.switchen.execute(id, body, user, String(request.id));
  }

  @Post(':id/bsa')
  @HttpCode(200)
  meldBsa(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: MeldBsaDto, @CurrentUser() user: Claims, @Req() request: Request) {
    return this.bsa.execute(id, body, user, String(request.id));
  }
}
