import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { digestResultaatSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { LeegDto } from '../../../shared/http/leeg.dto';
import { VerstuurDigest } from './verstuur-digest';

class DigestResultaatDto extends zodDto(digestResultaatSchema) {}

/** Ops can send the daily digest now (it normally goes out on DIGEST_CRON). */
@ApiTags('kanalen')
@ApiBearerAuth()
@Controller('digest')
export class VerstuurDigestHttp {
  constructor(private readonly verstuurDigest: VerstuurDigest) {}

  @Post()
  @ApiOperation({ summary: 'Het dagoverzicht nu versturen (alleen ops; gaat anders uit op DIGEST_CRON)' })
  @ZodResponse({ status: 200, type: DigestResultaatDto })
  @ApiProblems(400, 403)
  verstuur(@Body() _body: LeegDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.verstuurDigest.execute({ actor, correlationId });
  }
}
