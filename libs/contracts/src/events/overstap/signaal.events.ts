import { z } from 'zod';

/**
 * overstap.deadline.aanmelding-gemist: a cohort student heading for the mbo had no aanmelding by the end of 1 April
 * (Europe/Amsterdam) of the schooljaar. Routed to the RMC of the woonregio and the decaan of the VO school.
 * Raised exactly once per student per schooljaar.
 */
export const aanmeldingGemistPayloadSchema = z
  .object({
    signaalId: z.uuid(),
    schooljaar: z.string().regex(/^\d{4}-\d{4}$/),
    dossierId: z.uuid(),
    brin: z.string().regex(/^\d{2}[A-Z]{2}$/),
    vestiging: z.string().regex(/^\d{2}[A-Z]{2}\d{2}$/),
    woongemeente: z.string().regex(/^GM\d{4}$/),
    rmcRegio: z.string().regex(/^MC\d{2}$/).nullable(),
    deadline: z.iso.datetime({ offset: true }),
  })
  .strict();
