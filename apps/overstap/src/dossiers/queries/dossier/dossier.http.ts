import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Claims, CurrentUser } from '@sluitend/auth';
import { DossierInzage, DossierInzienService } from './dossier-inzien.service';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers')
export class DossierInzienController {
  constructor(private readonly inzien: DossierInzienService) {}

  @Get(':id')
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: Claims): Promise<DossierInzage> {
    return this.inzien.execute(id, user);
  }
}
