import { Module } from '@nestjs/common';
import { RouteringController } from './routering.controller';
import { RouteringService } from './routering.service';

@Module({ controllers: [RouteringController], providers: [RouteringService] })
export class RouteringModule {}
