import { z } from 'zod';
import { GEWICHTIGE_OMSTANDIGHEDEN, VERLOFSOORTEN } from '../../model/verzuim/verzuim.model';
import { brinSchema, datumSchema, gemeentecodeSchema, schooljaarSchema } from '../../primitives';

/**
 * A verlof request beyond 10 school days a year (gewichtige omstandigheden, Leerplichtwet art. 14): the
 * leerplichtambtenaar of the woongemeente decides. Pseudonymous: the student is the envelope's jongereId; the kind,
 * the reason code, the period and its lesdagen — never a name or the parents' explanation. `signaalId` is the
 * request's id, so a redelivered event is one alert and the decision (`verzuim.verlof.besloten`) finds it.
 */
export const verlofAangevraagdPayloadSchema = z
  .object({
    signaalId: z.uuid(),
    verlofId: z.uuid(),
    soort: z.enum(VERLOFSOORTEN),
    omstandigheid: z.enum(GEWICHTIGE_OMSTANDIGHEDEN).nullable(),
    van: datumSchema,
    totEnMet: datumSchema,
    /** School days of the request on the school's calendar. */
    lesdagen: z.number().int().min(0),
    schooljaar: schooljaarSchema,
    brin: brinSchema,
    woongemeente: gemeentecodeSchema,
  })
  .strict();

/** The decision on a verlof request the leerplichtambtenaar decides: granted or refused. */
export const verlofBeslotenPayloadSchema = z
  .object({
    signaalId: z.uuid(),
    verlofId: z.uuid(),
    besluit: z.enum(['verleend', 'geweigerd']),
    brin: brinSchema,
    woongemeente: gemeentecodeSchema,
  })
  .strict();
