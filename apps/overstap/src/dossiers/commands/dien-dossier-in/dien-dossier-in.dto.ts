import { createZodDto } from 'nestjs-zod';
import { dienDossierInSchema, dienDossiersInBulkSchema } from '@sluitend/contracts';

export class DienDossierInDto extends createZodDto(dienDossierInSchema) {}
export class DienDossiersInBulkDto extends createZodDto(dienDossiersInBulkSchema) {}
