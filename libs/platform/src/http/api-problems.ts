import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';

import { z } from 'zod';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { zodDto } from './zod-dto';

const fieldIssueSchema = z
  .object({
    field: z.string().describe('het veld (pad met punten), of bij een bestand de kolom'),
    rule: z.string().describe('de regel die het veld breekt'),
    message: z.string(),
    row: z.number().int().optional().describe('de regel in het bestand (bij een upload)'),
  })
  .meta({ id: 'FieldIssue' });

/**
 * RFC 9457 problem details as every Sluitend service answers an error. Documented once per service as the component
 * `ProblemDto` (a top-level `.meta({ id })` on a DTO's schema breaks nestjs-zod's cleanupOpenApiDoc: the DTO and its
 * own definition then claim one name).
 */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string().optional().describe('stabiele foutcode, bijv. aanmelding.overgang-niet-toegestaan'),
    instance: z.string().optional(),
    correlationId: z.string().optional(),
    errors: z.array(fieldIssueSchema).optional(),
  })
  .catchall(z.unknown());

export class ProblemDto extends zodDto(problemSchema) {}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Ongeldige invoer: elk veld met de regel die het breekt',
  401: 'Niet ingelogd of token ongeldig',
  403: 'Geen toegang voor deze organisatie of rol',
  404: 'Niet gevonden (of niet van deze organisatie)',
  409: 'Conflict met de huidige toestand',
  412: 'Verouderde versie (If-Match)',
  413: 'Verzoek te groot',
  415: 'Niet ondersteund mediatype',
  422: 'Niet verwerkbaar',
  428: 'Versie vereist: stuur If-Match met de ETag die u las',
  429: 'Te veel verzoeken',
  503: 'Tijdelijk niet beschikbaar',
};

/**
 * Documents the problem+json answers of an operation. 401 is added to every operation that needs a token; pass the
 * other statuses the operation can give.
 */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  const all = [...new Set([401, ...statuses])].sort();
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...all.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Fout',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );
}
