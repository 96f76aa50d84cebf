import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { schooljaarSchema } from '@sluitend/contracts';
import { AanmeldingenQuery } from './aanmeldingen.query';

const aanmeldingenQuerySchema = z
  .object({
    schooljaar: schooljaarSchema,
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

class AanmeldingenQueryDto extends createZodDto(aanmeldingenQuerySchema) {}

@ApiTags('aanmeldingen')
@ApiBearerAuth()
@Controller('aanmeldingen')
export class AanmeldingenController {
  constructor(private readonly aanmeldingen: AanmeldingenQuery) {}

  @Get()
  lijst(@Query() query: AanmeldingenQueryDto, @CurrentUser() user: Claims) {
    return this.aanmeldingen.execute(user, query.schooljaar, query.limit, query.offset);
  }
}
