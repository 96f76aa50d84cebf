import { z } from 'zod';
import { brinSchema, datumSchema, gemeentecodeSchema, rmcRegioCodeSchema } from '../../primitives';
import { INTREKKINGSREDENEN } from './ziekteverzuim.events';
import { MAS_FASEN, MAS_ROUTES, MELDING_ACTIES, MELDING_STATUSSEN, SLUITREDENEN, VERZUIMSOORTEN } from '../../model/verzuim/verzuim.model';

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

/**
 * A melding withdrawn by verzuim itself: a correction of the absence made it void while nobody handled it yet
 * (`correctie`), or it duplicated a standing melding of the same student under another pseudonym when the two were
 * merged (`samengevoegd`, overstap.persoon.gekoppeld).
 */
export const meldingIngetrokkenPayloadSchema = z
  .object({
    meldingId: z.uuid(),
    soort: z.enum(VERZUIMSOORTEN),
    startdatum: datumSchema,
    brin: brinSchema,
    reden: z.enum(INTREKKINGSREDENEN),
  })
  .strict();

/**
 * A step of the melding's lifecycle moved it to another DUO status (geregistreerd → in behandeling → afgesloten /
 * ter kennisgeving aangenomen; or ingetrokken by the school). Pseudonymous and codes only: the student is the
 * envelope's jongereId; never the note (toelichting) or who took the step. The closing reason is DUO's code (only
 * when afgesloten); the MAS phase and route are where the melding stood when it moved. `soort`, `startdatum` and
 * `brin` let a consumer place the melding without its registration event.
 */
export const meldingStatusGewijzigdPayloadSchema = z
  .object({
    meldingId: z.uuid(),
    soort: z.enum(VERZUIMSOORTEN),
    startdatum: datumSchema,
    brin: brinSchema,
    actie: z.enum(MELDING_ACTIES),
    vanStatus: z.enum(MELDING_STATUSSEN),
    naarStatus: z.enum(MELDING_STATUSSEN),
    sluitreden: z.enum(SLUITREDENEN).nullable(),
    masFase: z.enum(MAS_FASEN).nullable(),
    masRoute: z.enum(MAS_ROUTES).nullable(),
    gewijzigdOp: z.iso.datetime({ offset: true }),
  })
  .strict();
