import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { beslisOverdrachtSchema, forceerOverdrachtSchema, DossierOverdracht, dossierOverdrachtSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { BeslisOverdracht } from './beslis-overdracht';

class BeslisOverdrachtDto extends zodDto(beslisOverdrachtSchema) {}
class ForceerOverdrachtDto extends zodDto(forceerOverdrachtSchema) {}
class OverdrachtDto extends zodDto(dossierOverdrachtSchema) {}

/** The holding school or the region's RMC releases or refuses a transfer request; ops overrides with a reason. */
@ApiTags('overdrachten')
@ApiBearerAuth()
@Controller('overdrachten')
export class BeslisOverdrachtHttp {
  constructor(private readonly beslisOverdracht: BeslisOverdracht) {}

  @Post(':id/vrijgeven')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Een dossier vrijgeven aan de school die het aanvroeg',
    description:
      'Voor de school die het dossier heeft en de RMC-regio van de leerling. Het dossier gaat over met de ingediende inhoud (nieuwe versie).',
  })
  @ZodResponse({ status: 200, type: OverdrachtDto, description: 'het verzoek, vrijgegeven' })
  @ApiProblems(400, 403, 404, 409)
  vrijgeven(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: BeslisOverdrachtDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ): Promise<DossierOverdracht> {
    return this.beslisOverdracht.execute({ input: { overdrachtId: id, besluit: 'vrijgeven', reden: body.reden }, actor, correlationId });
  }

  @Post(':id/weigeren')
  @HttpCode(200)
  @ApiOperation({ summary: 'Een overdrachtverzoek weigeren', description: 'Voor de school die het dossier heeft en de RMC-regio van de leerling.' })
  @ZodResponse({ status: 200, type: OverdrachtDto, description: 'het verzoek, geweigerd' })
  @ApiProblems(400, 403, 404, 409)
  weigeren(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: BeslisOverdrachtDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ): Promise<DossierOverdracht> {
    return this.beslisOverdracht.execute({ input: { overdrachtId: id, besluit: 'weigeren', reden: body.reden }, actor, correlationId });
  }

  @Post(':id/forceren')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Over een overdrachtverzoek beslissen namens beheer (ops)',
    description: 'Alleen ops, altijd met een reden; het besluit, wie en waarom blijven bij het verzoek bewaard.',
  })
  @ZodResponse({ status: 200, type: OverdrachtDto, description: 'het verzoek, geforceerd of geweigerd' })
  @ApiProblems(400, 403, 404, 409)
  forceren(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ForceerOverdrachtDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ): Promise<DossierOverdracht> {
    return this.beslisOverdracht.execute({
      input: { overdrachtId: id, besluit: body.besluit, reden: body.reden, forceer: true },
      actor,
      correlationId,
    });
  }
}
