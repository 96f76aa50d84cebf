import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Claims, CurrentUser } from '@sluitend/auth';
import { RegistreerAanmeldingDto } from './registreer-aanmelding.dto';
import { AanmeldingResultaat, RegistreerAanmeldingService } from './registreer-aanmelding.service';

/** An mbo institution registers an aanmelding (token of that institution). */
@ApiTags('aanmeldingen')
@ApiBearerAuth()
@Controller('aanmeldingen')
export class RegistreerAanmeldingController {
  constructor(private readonly registreer: RegistreerAanmeldingService) {}

  @Post()
  async registreerAanmelding(
    @Body() body: RegistreerAanmeldingDto,
    @CurrentUser() user: Claims,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AanmeldingResultaat> {
    const result = await this.registreer.execute(body, user, String(request.id));
    response.status(result.nieuw ? 201 : 200);
    return result;
  }
}
