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

/**
 * overstap.signaal.geen-levende-aanmelding ("dropped a level"): an aanmelding ended (afgewezen, leidt niet tot
 * inschrijving, ingetrokken) and the student holds no other aanmelding that can still lead to an inschrijving.
 * For the decaan and the RMC of the woonregio; once per student per schooljaar.
 */
export const geenLevendeAanmeldingPayloadSchema = z
  .object({
    signaalId: z.uuid(),
    schooljaar: z.string().regex(/^\d{4}-\d{4}$/),
    aanmeldingId: z.uuid(),
    mboBrin: z.string().regex(/^\d{2}[A-Z]{2}$/),
    reden: z.enum(['afgewezen', 'leidt-niet-tot-inschrijving', 'ingetrokken']),
    dossierId: z.uuid().nullable(),
  })
  .strict();

/**
 * overstap.deadline.niet-ingeschreven-teldatum: a cohort student heading for the mbo was not enrolled on the
 * teldatum (1 October after leaving VO): VSV risk, for the RMC of the woonregio. Once per student per schooljaar.
 */
export const nietIngeschrevenTeldatumPayloadSchema = z
  .object({
    signaalId: z.uuid(),
    schooljaar: z.string().regex(/^\d{4}-\d{4}$/),
    dossierId: z.uuid(),
    teldatum: z.iso.date(),
  })
  .strict();

/**
 * overstap.signaal.vroege-waarschuwing: on a configured date before 1 April, per VO vestiging, the mbo-bound
 * students who still have no aanmelding (dossier ids, no names). For the decaan. Each student appears once per date.
 */
export const vroegeWaarschuwingPayloadSchema = z
  .object({
    schooljaar: z.string().regex(/^\d{4}-\d{4}$/),
    peildatum: z.iso.date(),
    brin: z.string().regex(/^\d{2}[A-Z]{2}$/),
    vestiging: z.string().regex(/^\d{2}[A-Z]{2}\d{2}$/),
    aantal: z.number().int().positive(),
    dossierIds: z.array(z.uuid()).min(1),
  })
  .strict();
