import { z } from 'zod';
import { brinSchema, datumSchema, gemeentecodeSchema, rmcRegioCodeSchema } from '../../primitives';
import { VERZUIMSOORTEN } from '../../model/verzuim/verzuim.model';

/**
 * A verzuimmelding was filed (by the rules after an absence intake, or by hand). Pseudonymous: the student is the
 * envelope's jongereId; the payload holds codes, the kind and dates only. `signaalId` is the melding's id, so a
 * redelivered event makes one alert per organisation.
 */
export const meldingGeregistreerdPayloadSchema = z
  .object({
    signaalId: z.uuid(),
    meldingId: z.uuid(),
    soort: z.enum(VERZUIMSOORTEN),
    startdatum: datumSchema,
    einddatum: datumSchema,
    urenGemist: z.number(),
    dagenGemist: z.number().int(),
    alleLessenGemist: z.boolean(),
    /** Mandatory by law (false: a regional agreement, e.g. 16 uur for the RMC group). */
    verplicht: z.boolean(),
    vervolgmelding: z.boolean(),
    handmatig: z.boolean(),
    brin: brinSchema,
    woongemeente: gemeentecodeSchema,
    rmcRegio: rmcRegioCodeSchema.nullable(),
  })
  .strict();

/** A melding a correction of the absence made void was withdrawn while nobody handled it yet. */
export const meldingIngetrokkenPayloadSchema = z
  .object({
    meldingId: z.uuid(),
    soort: z.enum(VERZUIMSOORTEN),
    startdatum: datumSchema,
    brin: brinSchema,
    reden: z.enum(['correctie']),
  })
  .strict();
