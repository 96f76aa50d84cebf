import { createZodDto } from 'nestjs-zod';
import { registreerAanmeldingSchema } from '@sluitend/contracts';

export class RegistreerAanmeldingDto extends createZodDto(registreerAanmeldingSchema) {}
