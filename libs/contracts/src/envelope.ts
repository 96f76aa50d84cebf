import { z } from 'zod';
import { brinSchema, gemeentecodeSchema, jongereIdSchema, rmcRegioCodeSchema, schooljaarSchema, vestigingSchema } from './primitives';

/**
 * What routing needs to know about an event, never who the person is: no BSN, names or addresses.
 * Codes only (CBS gemeentecode, RMC-regio code, BRIN/vestiging, schooljaar).
 */
export const eventContextSchema = z
  .object({
    woongemeente: gemeentecodeSchema.optional(),
    rmcRegio: rmcRegioCodeSchema.optional(),
    brin: brinSchema.optional(),
    vestiging: vestigingSchema.optional(),
    schooljaar: schooljaarSchema.optional(),
    /** Under 18 when the event happened: the leerplicht of the woongemeente is told too. Absent when unknown. */
    minderjarig: z.boolean().optional(),
  })
  .strict();

export type EventContext = z.infer<typeof eventContextSchema>;

/** The envelope every event on the backbone carries (ARCHITECTURE §3). */
export const envelopeSchema = z
  .object({
    id: z.uuid(),
    type: z.string().regex(/^[a-z]+\.[a-z-]+\.[a-z-]+$/, 'type is <service>.<aggregate>.<fact>'),
    version: z.number().int().positive(),
    occurredAt: z.iso.datetime({ offset: true }),
    producer: z.string().min(1),
    jongereId: jongereIdSchema.nullable(),
    correlationId: z.string().min(1).max(200),
    causationId: z.string().min(1).max(200).optional(),
    context: eventContextSchema,
    payload: z.unknown(),
  })
  .strict();

export type Envelope<P = unknown> = Omit<z.infer<typeof envelopeSchema>, 'payload'> & { payload: P };
