import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { Verlofaanvraag, verlofaanvraagSchema, vraagVerlofAanSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { VraagVerlofAan } from './vraag-verlof-aan';

class VraagVerlofAanDto extends zodDto(vraagVerlofAanSchema) {}
class VerlofaanvraagDto extends zodDto(verlofaanvraagSchema) {}

/** The school enters a parent's verlof request. */
@ApiTags('verlof')
@ApiBearerAuth()
@Controller('verlof')
export class VraagVerlofAanHttp {
  constructor(private readonly vraagVerlofAan: VraagVerlofAan) {}

  @Post()
  @ApiOperation({
    summary: 'Een verlofaanvraag invoeren (school)',
    description:
      'Vakantieverlof (art. 13a: hooguit 10 schooldagen, eenmaal per schooljaar, nooit in de eerste twee lesweken, met werkgeversverklaring), gewichtige omstandigheden (art. 14: tot 10 schooldagen de directeur, daarboven de leerplichtambtenaar van de woongemeente) of een religieuze verplichting (een kennisgeving, twee dagen vooraf). Het antwoord noemt de lesdagen, wie beslist en wat een toekenning in de weg staat.',
  })
  @ZodResponse({ status: 201, type: VerlofaanvraagDto, description: 'de aanvraag is ingevoerd' })
  @ApiProblems(400, 403)
  vraag(@Body() body: VraagVerlofAanDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string): Promise<Verlofaanvraag> {
    return this.vraagVerlofAan.execute({ input: body, actor, correlationId });
  }
}
