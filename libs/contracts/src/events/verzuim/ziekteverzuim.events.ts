import { z } from 'zod';
import { brinSchema, datumSchema, gemeentecodeSchema, schooljaarSchema } from '../../primitives';

/** M@ZL's two criteria of worrying sick leave (DOMAIN.md "Sick leave (M@ZL)"). */
export const ZIEKTEVERZUIM_GRONDEN = ['vier-ziekmeldingen-in-twaalf-schoolweken', 'zevende-schooldag-ziek'] as const;

/** Why a melding or M@ZL signal was withdrawn by verzuim itself: a correction of the absence, or a merge of two pseudonyms. */
export const INTREKKINGSREDENEN = ['correctie', 'samengevoegd'] as const;

/**
 * Zorgwekkend ziekteverzuim (M@ZL): a student's sick reports met one of the criteria on `datum`. A signal for the
 * school's zorg role and the jeugdarts (GGD) of the woongemeente, not a verzuimmelding. Pseudonymous: the student is
 * the envelope's jongereId; codes and dates only. `signaalId` makes a redelivered event one alert.
 */
export const ziekteverzuimZorgwekkendPayloadSchema = z
  .object({
    signaalId: z.uuid(),
    grond: z.enum(ZIEKTEVERZUIM_GRONDEN),
    datum: datumSchema,
    /** The first days of the sick reports counted (one for the 7th consecutive day). */
    ziekmeldingen: z.array(datumSchema).min(1),
    schooljaar: schooljaarSchema,
    brin: brinSchema,
    woongemeente: gemeentecodeSchema,
    /** The school calendars the lesweken were counted on. */
    kalenders: z.array(z.string()),
  })
  .strict();

/**
 * A M@ZL signal made void: by a correction of the absence (`correctie`), or because the same signal stood for the same
 * student under another pseudonym and the two were merged (`samengevoegd`, overstap.persoon.gekoppeld).
 */
export const ziekteverzuimIngetrokkenPayloadSchema = z
  .object({
    signaalId: z.uuid(),
    grond: z.enum(ZIEKTEVERZUIM_GRONDEN),
    datum: datumSchema,
    brin: brinSchema,
    reden: z.enum(INTREKKINGSREDENEN),
  })
  .strict();
