import { z } from 'zod';
import { brinSchema, datumSchema, gemeentecodeSchema, rmcRegioCodeSchema, schooljaarSchema, vestigingSchema } from '../../primitives';
import { NIET_LEVENDE_AANMELDING_STATUSSEN } from '../../model/overstap/aanmelding.model';

/**
 * overstap.deadline.aanmelding-gemist: a cohort student heading for the mbo had no aanmelding by the end of 1 April
 * (Europe/Amsterdam) of the schooljaar. Routed to the RMC of the woonregio and the decaan of the VO school.
 * Raised exactly once per student per schooljaar.
 */
export const aanmeldingGemistPayloadSchema = z
  .object({
    signaalId: z.uuid(),
    schooljaar: schooljaarSchema,
    dossierId: z.uuid(),
    brin: brinSchema,
    vestiging: vestigingSchema,
    woongemeente: gemeentecodeSchema,
    rmcRegio: rmcRegioCodeSchema.nullable(),
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
    schooljaar: schooljaarSchema,
    aanmeldingId: z.uuid(),
    mboBrin: brinSchema,
    reden: z.enum(NIET_LEVENDE_AANMELDING_STATUSSEN),
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
    schooljaar: schooljaarSchema,
    dossierId: z.uuid(),
    teldatum: datumSchema,
  })
  .strict();

/**
 * overstap.signaal.vroege-waarschuwing: on a configured date before 1 April, per VO vestiging, the mbo-bound
 * students who still have no aanmelding (dossier ids, no names). For the decaan. Each student appears once per date.
 */
export const vroegeWaarschuwingPayloadSchema = z
  .object({
    schooljaar: schooljaarSchema,
    peildatum: datumSchema,
    brin: brinSchema,
    vestiging: vestigingSchema,
    aantal: z.number().int().positive(),
    dossierIds: z.array(z.uuid()).min(1),
  })
  .strict();
