import { organisatieParamsSchema } from '@sluitend/contracts';
import { zodDto } from '@sluitend/platform';

/** Path parameters `/organisaties/:type/:code/…`: an organisation that can receive alerts. */
export class OrganisatieParams extends zodDto(organisatieParamsSchema) {}
