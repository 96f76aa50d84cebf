import { Global, Module } from '@nestjs/common';
import { RegioRegelsBron } from './regio-regels';
import { RouteringController } from './routering.controller';
import { RouteringService } from './routering.service';

@Global()
@Module({ controllers: [RouteringController], providers: [RouteringService, RegioRegelsBron], exports: [RegioRegelsBron] })
export class RouteringModule {}
