import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { wijzigAanmeldingStatusSchema } from '@sluitend/contracts';
import { WijzigStatusService } from './wijzig-status.service';

class WijzigAanmeldingStatusDto extends createZodDto(wijzigAanmeldingStatusSchema) {}

@ApiTags('aanmeldingen')
@ApiBearerAuth()
@Controller('aanmeldingen')
export class WijzigStatusController {
  constructor(private readonly wijzigStatus: WijzigStatusService) {}

  @Post(':id/status')
  @HttpCode(200)
  wijzig(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: WijzigAanmeldingStatusDto,
    @CurrentUser() user: Claims,
    @Req() request: Request,
  ) {
    return this.wijzigStatus.execute(id, body.status, user, String(request.id));
  }
}
