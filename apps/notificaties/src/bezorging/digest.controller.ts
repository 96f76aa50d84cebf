import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { assertOrgType, Claims, CurrentUser } from '@sluitend/auth';
import { LeegDto } from '../shared/leeg.dto';
import { DigestService } from './digest.service';

/** Ops can send the daily digest now (it normally goes out on DIGEST_CRON). */
@ApiTags('kanalen')
@ApiBearerAuth()
@Controller('digest')
export class DigestController {
  constructor(private readonly digest: DigestService) {}

  @Post()
  @HttpCode(200)
  verstuur(@Body() _body: LeegDto, @CurrentUser() user: Claims) {
    assertOrgType(user, ['ops']);
    return this.digest.run();
  }
}
