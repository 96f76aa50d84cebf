import { z } from 'zod';
import { zodDto } from '@sluitend/platform';

/** The body of an action that takes no input: nothing, or `{}`. */
export class LeegDto extends zodDto(z.object({}).strict()) {}
