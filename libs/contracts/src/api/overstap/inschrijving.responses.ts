import { z } from 'zod';
import { datumSchema } from '../../primitives';

export const inschrijvingResultaatSchema = z.object({ inschrijvingId: z.uuid() });
export type InschrijvingResultaat = z.infer<typeof inschrijvingResultaatSchema>;

/** An uitschrijving: whether it was signalled (under 23, no startkwalificatie) and, if so, the re-enrolment deadline. */
export const uitschrijvingResultaatSchema = z.object({
  inschrijvingId: z.uuid(),
  signaal: z.boolean(),
  herinschrijvingUiterlijk: datumSchema.optional().describe('laatste dag waarop een nieuwe inschrijving de opvolging sluit'),
});
export type UitschrijvingResultaat = z.infer<typeof uitschrijvingResultaatSchema>;

/** A switch: the new inschrijving and the one it replaced. */
export const switchResultaatSchema = z.object({ inschrijvingId: z.uuid(), switchVan: z.uuid() });
export type SwitchResultaat = z.infer<typeof switchResultaatSchema>;

/** A bindend studieadvies: whether a signal went to the RMC (a negative one, once per student and schooljaar). */
export const bsaResultaatSchema = z.object({ inschrijvingId: z.uuid(), signaal: z.boolean() });
export type BsaResultaat = z.infer<typeof bsaResultaatSchema>;
