import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { openCasusSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { CorrelationId } from '../../../shared/http/correlation-id.decorator';
import { CasusDto } from '../../queries/casus/casus.http';
import { OpenCasus } from './open-casus';

class OpenCasusDto extends zodDto(openCasusSchema) {}

@ApiTags('casussen')
@ApiBearerAuth()
@Controller('casussen')
export class OpenCasusHttp {
  constructor(private readonly openCasus: OpenCasus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Een casus met de hand openen in de eigen regio (409 als de jongere daar al een open casus heeft)' })
  @ZodResponse({ status: 201, type: CasusDto })
  @ApiProblems(400, 403, 409)
  open(@Body() body: OpenCasusDto, @CurrentUser() actor: Claims, @CorrelationId() correlationId: string) {
    return this.openCasus.execute({ input: body, actor, correlationId });
  }
}
