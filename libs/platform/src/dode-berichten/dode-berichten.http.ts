import { Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Kafka } from 'kafkajs';
import { ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { assertActsFor, Claims, CurrentUser } from '@sluitend/auth';
import { DomainError } from '@sluitend/domain-nl';
import {
  DEAD_LETTER_HEADERS as H,
  DeadLetterListing,
  KAFKA,
  listDeadLetters,
  MESSAGING_CONFIG,
  MessagingConfig,
  replayChosen,
} from '@sluitend/messaging';
import { ApiProblems } from '../http/api-problems';
import { zodDto } from '../http/zod-dto';

/** The longest reason shown: the first line of the handler's error, enough to see why (the CLI shows all of it). */
const MAX_REDEN = 300;

const doodBerichtSchema = z.object({
  ref: z.string().describe('partitie-offset op het dead-letter-topic, bijv. 0-12'),
  status: z.enum(['wacht', 'opnieuw-aangeboden']).describe('of het al opnieuw is aangeboden'),
  mislukt: z.string().nullable().describe('wanneer de verwerking het opgaf'),
  topic: z.string().nullable().describe('het topic waar het bericht vandaan kwam'),
  eventType: z.string().nullable(),
  eventId: z.string().nullable(),
  code: z.string().nullable().describe('de foutcode, bijv. event.ongeldig of handler.failed'),
  reden: z.string().nullable().describe('waarom de verwerking het opgaf (de foutmelding, ingekort)'),
  pogingen: z.number().int().nullable(),
});
const doodBerichtenSchema = z.object({
  service: z.string(),
  items: z.array(doodBerichtSchema),
  wachtend: z.number().int().describe('hoeveel nog niet opnieuw zijn aangeboden'),
});
class DodeBerichtenDto extends zodDto(doodBerichtenSchema) {}
const opnieuwSchema = z.object({ ref: z.string(), status: z.literal('opnieuw-aangeboden'), topic: z.string().describe('het retry-topic') });
class OpnieuwAangebodenDto extends zodDto(opnieuwSchema) {}

const REF = /^(\d{1,4})-(\d{1,19})$/;

/** A dead letter as ops sees it: why and where it failed, never its key or payload (those may identify a student). */
export function alsDoodBericht(letter: DeadLetterListing): z.infer<typeof doodBerichtSchema> {
  const pogingen = Number(letter.headers[H.attempts]);
  return {
    ref: `${letter.partition}-${letter.offset}`,
    status: letter.replayed ? 'opnieuw-aangeboden' : 'wacht',
    mislukt: letter.failedAt,
    topic: letter.headers[H.originalTopic] ?? null,
    eventType: letter.eventType,
    eventId: letter.eventId,
    code: letter.headers[H.errorCode] ?? null,
    reden: letter.error === null ? null : letter.error.split('\n')[0].slice(0, MAX_REDEN),
    pogingen: Number.isInteger(pogingen) ? pogingen : null,
  };
}

/**
 * Ops' dead letters of this service over HTTP (the portal's platform page), with the same code as `./sluitend dlq`:
 * the list (why each failed, no personal data) and a replay of one to the service's retry topic, where the inbox
 * still skips an event already applied. Only ops of the platform.
 */
@ApiTags('ops')
@ApiBearerAuth()
@Controller('ops/dode-berichten')
export class DodeBerichtenHttp {
  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'De dode berichten van deze service, met hun reden (alleen ops)' })
  @ZodResponse({ status: 200, type: DodeBerichtenDto })
  @ApiProblems(403)
  async lijst(@CurrentUser() user: Claims) {
    assertActsFor(user, 'ops', 'platform', ['ops']);
    const letters = await listDeadLetters(this.kafka, this.config.topicPrefix, this.config.service);
    const items = letters.map(alsDoodBericht).reverse();
    return { service: this.config.service, items, wachtend: items.filter((item) => item.status === 'wacht').length };
  }

  @Post(':ref/opnieuw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Bied één dood bericht opnieuw aan (retry-topic van deze service; alleen ops)' })
  @ApiParam({ name: 'ref', description: 'partitie-offset uit de lijst, bijv. 0-12' })
  @ZodResponse({ status: 200, type: OpnieuwAangebodenDto })
  @ApiProblems(400, 403, 404, 409)
  async opnieuw(@Param('ref') ref: string, @CurrentUser() user: Claims) {
    assertActsFor(user, 'ops', 'platform', ['ops']);
    const match = REF.exec(ref);
    if (!match) {
      throw DomainError.ongeldig('dood-bericht.ref-ongeldig', 'ref is partitie-offset, bijv. 0-12', [
        { field: 'ref', rule: 'pattern', message: 'ref is partitie-offset, bijv. 0-12' },
      ]);
    }
    const letters = await listDeadLetters(this.kafka, this.config.topicPrefix, this.config.service);
    const letter = letters.find((l) => l.ref === `${Number(match[1])}:${match[2]}`);
    if (!letter) throw DomainError.nietGevonden('dood-bericht.niet-gevonden', `geen dood bericht ${ref} bij ${this.config.service}`);
    if (letter.replayed) throw DomainError.conflict('dood-bericht.al-opnieuw-aangeboden', `dood bericht ${ref} is al opnieuw aangeboden`);
    await replayChosen(this.kafka, this.config.topicPrefix, this.config.service, [letter]);
    return { ref, status: 'opnieuw-aangeboden' as const, topic: `${this.config.topicPrefix}.${this.config.service}.retry` };
  }
}
