import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { regioRouteringSchema, rmcRegioParamsSchema } from '@sluitend/contracts';
import { RouteringService } from './routering.service';

class RegioParams extends createZodDto(rmcRegioParamsSchema) {}
class RegioRouteringDto extends createZodDto(regioRouteringSchema) {}

@ApiTags('routering')
@ApiBearerAuth()
@Controller('routering/:rmcRegio')
export class RouteringController {
  constructor(private readonly routering: RouteringService) {}

  @Get()
  lees(@Param() params: RegioParams, @CurrentUser() user: Claims) {
    return this.routering.lees(params.rmcRegio, user);
  }

  @Put()
  zet(@Param() params: RegioParams, @Body() body: RegioRouteringDto, @CurrentUser() user: Claims) {
    return this.routering.zet(params.rmcRegio, body, user);
  }
}
