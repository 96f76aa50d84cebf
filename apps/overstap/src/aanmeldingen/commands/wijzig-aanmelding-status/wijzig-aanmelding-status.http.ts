import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { AanmeldingStatusResultaat, aanmeldingStatusResultaatSchema, wijzigAanmeldingStatusSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/correlation-id.decorator';
import { WijzigAanmeldingStatus } from './wijzig-aanmelding-status';

class WijzigAanmeldingStatusDto extends zodDto(wijzigAanmeldingStatusSchema) {}
class AanmeldingStatusResultaatDto extends zodDto(aanmeldingStatusResultaatSchema) {}

@ApiTags('aanmeldingen')
@ApiBearerAuth()
@Controller('aanmeldingen')
export class WijzigAanmeldingStatusHttp {
  constructor(private readonly wijzigAanmeldingStatus: WijzigAanmeldingStatus) {}

  @Post(':id/status')
  @HttpCode(200)
  @ApiOperation({
    summary: 'De status van een aanmelding wijzigen (mbo-instelling)',
    description:
      'Alleen een toegestane overgang; anders 409 met de toegestane statussen in `toegestaan`. Een aanmelding van een andere instelling bestaat voor de aanroeper niet (404).',
  })
  @ZodResponse({ status: 200, type: AanmeldingStatusResultaatDto, description: 'de nieuwe status en wat daarna mag' })
  @ApiProblems(400, 403, 404, 409)
  wijzig(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: WijzigAanmeldingStatusDto,
    @CurrentUser() actor: Claims,
    @CorrelationId() correlationId: string,
  ): Promise<AanmeldingStatusResultaat> {
    return this.wijzigAanmeldingStatus.execute({ input: { aanmeldingId: id, status: body.status }, actor, correlationId });
  }
}
