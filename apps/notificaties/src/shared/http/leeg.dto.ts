import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** The body of an action that takes no input: nothing, or `{}`. */
export class LeegDto extends createZodDto(z.object({}).strict()) {}
