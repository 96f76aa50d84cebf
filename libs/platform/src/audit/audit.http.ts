import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { stringify } from 'csv-stringify/sync';
import { ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { Clock, CLOCK, DomainError } from '@sluitend/domain-nl';
import { ApiProblems } from '../http/api-problems';
import { zodDto } from '../http/zod-dto';
import { AuditRepository, AuditRij } from './database/audit.repository';

/** The longest period one request covers (a year and a day), so an export stays bounded. */
const MAX_PERIODE_MS = 366 * 24 * 60 * 60 * 1000;
/** The most rows one CSV export holds; narrow the period for more. */
const MAX_EXPORT = 50_000;

const periodeSchema = z
  .object({
    van: z.iso.datetime({ offset: true }).describe('begin van de periode (inclusief), ISO 8601'),
    tot: z.iso.datetime({ offset: true }).describe('einde van de periode (exclusief), ISO 8601'),
  })
  .strict();
const auditQuerySchema = periodeSchema
  .extend({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
class AuditQueryDto extends zodDto(auditQuerySchema) {}
class AuditExportQueryDto extends zodDto(periodeSchema) {}

const auditRegelSchema = z.object({
  gebruiker: z.string().describe('pseudoniem (sub) van wie las'),
  organisatie: z.string().describe('type:code van de organisatie waarvoor gelezen werd'),
  onderwerp: z.string().describe('id(s) van wat gelezen werd'),
  reden: z.string().describe('het doel van de lezing'),
  op: z.string().describe('wanneer, ISO 8601'),
});
const auditPaginaSchema = z.object({
  items: z.array(auditRegelSchema),
  totaal: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
class AuditPaginaDto extends zodDto(auditPaginaSchema) {}

function alsRegel(rij: AuditRij): z.infer<typeof auditRegelSchema> {
  return { ...rij, op: rij.op.toISOString() };
}

function periode(query: { van: string; tot: string }): { van: Date; tot: Date } {
  const van = new Date(query.van);
  const tot = new Date(query.tot);
  if (tot.getTime() <= van.getTime()) {
    throw DomainError.ongeldig('audit.periode-ongeldig', 'tot ligt niet na van', [{ field: 'tot', rule: 'na-van', message: 'tot ligt niet na van' }]);
  }
  if (tot.getTime() - van.getTime() > MAX_PERIODE_MS) {
    throw DomainError.ongeldig('audit.periode-te-lang', 'de periode is langer dan 366 dagen', [
      { field: 'tot', rule: 'max-366-dagen', message: 'de periode is langer dan 366 dagen' },
    ]);
  }
  return { van, tot };
}

/**
 * The audit of personal-data reads of this service, for the functionaris gegevensbescherming of an organisation
 * (issue 11): the rows whose reader acted for the caller's own organisation, as JSON pages or as CSV. The rows hold
 * no more than the audit itself (a pseudonym, the organisation, the ids read, the purpose, the time); each listing and
 * export is itself audited. Access is declared in TOEGANGSBELEID (the role only).
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditHttp {
  constructor(
    private readonly repository: AuditRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'De inzage-audit van de eigen organisatie in een periode (functionaris gegevensbescherming)' })
  @ZodResponse({ status: 200, type: AuditPaginaDto })
  @ApiProblems(400, 403)
  async lijst(@Query() query: AuditQueryDto, @CurrentUser() user: Claims) {
    const { van, tot } = periode(query);
    const organisatie = `${user.org.type}:${user.org.code}`;
    await this.registreer(user, 'audit inzien', van, tot);
    const { items, totaal } = await this.repository.lijst(organisatie, van, tot, query.limit, query.offset);
    return { items: items.map(alsRegel), totaal, limit: query.limit, offset: query.offset };
  }

  @Get('export.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="audit.csv"')
  @ApiOperation({ summary: 'De inzage-audit van de eigen organisatie als CSV (functionaris gegevensbescherming)' })
  @ApiOkResponse({
    description: 'CSV: op, gebruiker, organisatie, onderwerp, reden',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiProblems(400, 403)
  async export(@Query() query: AuditExportQueryDto, @CurrentUser() user: Claims): Promise<string> {
    const { van, tot } = periode(query);
    const organisatie = `${user.org.type}:${user.org.code}`;
    await this.registreer(user, 'audit exporteren', van, tot);
    const { items } = await this.repository.lijst(organisatie, van, tot, MAX_EXPORT, 0);
    return stringify(items.map(alsRegel), { header: true, columns: ['op', 'gebruiker', 'organisatie', 'onderwerp', 'reden'] });
  }

  private async registreer(user: Claims, reden: string, van: Date, tot: Date): Promise<void> {
    await this.repository.registreerInzage({
      gebruiker: user.sub,
      organisatie: `${user.org.type}:${user.org.code}`,
      onderwerp: `audit ${van.toISOString()}/${tot.toISOString()}`,
      reden,
      op: this.clock.now(),
    });
  }
}
