import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { partnerOverdrachtenSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeesPartnerOverdrachten } from './lees-partner-overdrachten';

class PartnerOverdrachtenDto extends zodDto(partnerOverdrachtenSchema) {}

@ApiTags('overdrachten')
@ApiBearerAuth()
@Controller('overdrachten')
export class LeesPartnerOverdrachtenHttp {
  constructor(private readonly leesPartnerOverdrachten: LeesPartnerOverdrachten) {}

  @Get()
  @ApiOperation({
    summary: 'De lopende overdrachten aan de eigen partnerorganisatie: voorstellen die op antwoord wachten en casussen die zij nu heeft',
  })
  @ZodResponse({ status: 200, type: PartnerOverdrachtenDto })
  @ApiProblems(403)
  lees(@CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.leesPartnerOverdrachten.execute({ input: {}, actor, correlationId });
  }
}
