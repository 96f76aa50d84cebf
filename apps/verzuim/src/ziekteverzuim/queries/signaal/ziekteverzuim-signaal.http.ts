import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { ZiekteverzuimSignaal, ziekteverzuimParamsSchema, ziekteverzuimSignaalSchema } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { LeesZiekteverzuimSignaal } from './lees-ziekteverzuim-signaal';

class ZiekteverzuimParamsDto extends zodDto(ziekteverzuimParamsSchema) {}
class ZiekteverzuimSignaalDto extends zodDto(ziekteverzuimSignaalSchema) {}

@ApiTags('ziekteverzuim')
@ApiBearerAuth()
@Controller('ziekteverzuim')
export class ZiekteverzuimSignaalHttp {
  constructor(private readonly leesSignaal: LeesZiekteverzuimSignaal) {}

  @Get(':signaalId')
  @ApiOperation({ summary: 'Eén signaal zorgwekkend ziekteverzuim (M@ZL): grond, datum, de ziekmeldingen en de kalenders' })
  @ZodResponse({ status: 200, type: ZiekteverzuimSignaalDto, description: 'het signaal' })
  @ApiProblems(400, 403, 404)
  lees(@Param() params: ZiekteverzuimParamsDto, @CurrentUser() actor: Claims): Promise<ZiekteverzuimSignaal> {
    return this.leesSignaal.execute({ input: { signaalId: params.signaalId }, actor });
  }
}
