import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { handelAlertAfSchema, pakAlertOpSchema } from '@sluitend/contracts';
import { LeegDto } from '../../shared/leeg.dto';
import { WijzigAlert } from './wijzig-alert.service';

class PakOpDto extends createZodDto(pakAlertOpSchema) {}
class HandelAfDto extends createZodDto(handelAlertAfSchema) {}

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts/:id')
export class WijzigAlertController {
  constructor(private readonly wijzig: WijzigAlert) {}

  @Post('gezien')
  @HttpCode(200)
  gezien(@Param('id', new ParseUUIDPipe()) id: string, @Body() _body: LeegDto, @CurrentUser() user: Claims, @Req() request: Request) {
    return this.wijzig.execute(id, { actie: 'gezien' }, user, String(request.id));
  }

  @Post('opgepakt')
  @HttpCode(200)
  pakOp(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: PakOpDto, @CurrentUser() user: Claims, @Req() request: Request) {
    return this.wijzig.execute(id, { actie: 'opgepakt', ...body }, user, String(request.id));
  }

  @Post('afgehandeld')
  @HttpCode(200)
  handelAf(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: HandelAfDto, @CurrentUser() user: Claims, @Req() request: Request) {
    return this.wijzig.execute(id, { actie: 'afgehandeld', ...body }, user, String(request.id));
  }
}
