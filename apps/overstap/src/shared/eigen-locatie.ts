import { BadRequestException } from '@nestjs/common';
import { Claims } from '@sluitend/auth';
import { brinVanVestiging } from '@sluitend/domain-nl';

/** An mbo reports only for its own locations: the vestiging must belong to the token's BRIN. */
export function assertEigenLocatie(user: Claims, locatie: string, field = 'locatie'): void {
  if (brinVanVestiging(locatie) === user.org.code) return;
  throw new BadRequestException({
    code: 'validation.failed',
    detail: 'De locatie hoort niet bij de instelling van het token',
    errors: [{ field, rule: 'locatie.eigen-instelling', message: `locatie moet een vestiging van ${user.org.code} zijn` }],
  });
}
