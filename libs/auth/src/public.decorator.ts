import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'sluitend:public';

/** Marks a route that needs no token: health, metrics and API docs only. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
