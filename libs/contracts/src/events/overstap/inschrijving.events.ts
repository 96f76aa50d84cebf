import { z } from 'zod';
import { brinSchema, creboSchema, datumSchema, mboNiveauSchema, schooljaarSchema, vestigingSchema } from '../../primitives';

const schooljaar = schooljaarSchema;
const brin = brinSchema;
const datum = datumSchema;

/** DUO's reason codes for an uitschrijving (DOMAIN.md "Uitschrijving & switch"). */
export const UITSCHRIJFREDENEN = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/** overstap.inschrijving.geregistreerd: the mbo enrolled a student in a programme. */
export const inschrijvingGeregistreerdPayloadSchema = z
  .object({
    inschrijvingId: z.uuid(),
    schooljaar,
    mboBrin: brin,
    locatie: vestigingSchema,
    crebo: creboSchema,
    niveau: mboNiveauSchema,
    ingeschrevenPer: datum,
    switchVan: z.uuid().nullable(),
  })
  .strict();

/** overstap.inschrijving.beeindigd: an inschrijving ended, by an uitschrijving (with its reason) or a switch. */
export const inschrijvingBeeindigdPayloadSchema = z
  .object({
    inschrijvingId: z.uuid(),
    schooljaar,
    mboBrin: brin,
    soort: z.enum(['uitschrijving', 'switch']),
    per: datum,
    reden: z.number().int().min(1).max(9).nullable(),
  })
  .strict();

/**
 * overstap.signaal.uitschrijving-zonder-startkwalificatie: a student under 23 without startkwalificatie was
 * uitgeschreven; the RMC of the woonregio must know at once. Once per uitschrijving: a second dropout is a second signal.
 */
export const uitschrijvingZonderStartkwalificatiePayloadSchema = z
  .object({
    signaalId: z.uuid(),
    schooljaar,
    inschrijvingId: z.uuid(),
    mboBrin: brin,
    uitgeschrevenPer: datum,
    reden: z.number().int().min(1).max(9),
    herinschrijvingUiterlijk: datum,
  })
  .strict();

/**
 * overstap.deadline.geen-herinschrijving: the re-enrolment window after an uitschrijving without startkwalificatie
 * passed without a new inschrijving or a switch: a case should open in trajecten. Once per window (per uitschrijving).
 */
export const geenHerinschrijvingPayloadSchema = z
  .object({
    signaalId: z.uuid(),
    schooljaar,
    uitgeschrevenPer: datum,
    termijnWeken: z.number().int().positive(),
  })
  .strict();

/** overstap.signaal.negatief-bsa: a negative bindend studieadvies; the student is handed to the RMC. Once per inschrijving. */
export const negatiefBsaPayloadSchema = z
  .object({
    signaalId: z.uuid(),
    schooljaar,
    inschrijvingId: z.uuid(),
    mboBrin: brin,
    gegevenOp: datum,
  })
  .strict();
