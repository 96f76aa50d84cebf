import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Claims, CurrentUser } from '@sluitend/auth';
import { DienDossierInDto, DienDossiersInBulkDto } from './dien-dossier-in.dto';
import { DienDossierInService, DossierResultaat } from './dien-dossier-in.service';

const correlationIdOf = (request: Request): string => String(request.id);

/** A VO school submits digitale doorstroomdossiers: one, or up to 10,000 in one all-or-nothing request. */
@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers')
export class DienDossierInController {
  constructor(private readonly dienDossierIn: DienDossierInService) {}

  @Post()
  async dienIn(
    @Body() body: DienDossierInDto,
    @CurrentUser() user: Claims,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Omit<DossierResultaat, 'index'>> {
    const [{ index: _index, ...result }] = await this.dienDossierIn.execute([body], user, correlationIdOf(request), 'body');
    response.status(result.status === 'aangemaakt' ? 201 : 200);
    return result;
  }

  @Post('bulk')
  @HttpCode(200)
  async dienInBulk(@Body() body: DienDossiersInBulkDto, @CurrentUser() user: Claims, @Req() request: Request) {
    const resultaten = await this.dienDossierIn.execute(body.dossiers, user, correlationIdOf(request));
    const count = (status: DossierResultaat['status']) => resultaten.filter((result) => result.status === status).length;
    return { aangemaakt: count('aangemaakt'), bijgewerkt: count('bijgewerkt'), ongewijzigd: count('ongewijzigd'), resultaten };
  }
}
