import { createZodDto } from 'nestjs-zod';
import { organisatieParamsSchema } from '@sluitend/contracts';

/** Path parameters `/organisaties/:type/:code/…`: an organisation that can receive alerts. */
export class OrganisatieParams extends createZodDto(organisatieParamsSchema) {}
