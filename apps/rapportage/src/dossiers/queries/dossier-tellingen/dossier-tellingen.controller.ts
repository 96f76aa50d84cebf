import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { dossierTellingenQuerySchema } from './dossier-tellingen.query';
import { DossierTellingen, DossierTellingenService } from './dossier-tellingen.service';

class DossierTellingenQueryDto extends createZodDto(dossierTellingenQuerySchema) {}

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers/tellingen')
export class DossierTellingenController {
  constructor(private readonly tellingen: DossierTellingenService) {}

  @Get()
  get(@Query() query: DossierTellingenQueryDto, @CurrentUser() user: Claims): Promise<DossierTellingen> {
    return this.tellingen.execute(query.schooljaar, user);
  }
}
