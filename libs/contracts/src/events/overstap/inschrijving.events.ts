import { z } from 'zod';
import { brinSchema, creboSchema, datumSchema, mboNiveauSchema, schooljaarSchema, vestigingSchema } from '../../primitives';

const schooljaar = schooljaarSchema;
const brin = brinSchema;
const datum = datumSchema;

/** DUO's reason codes for an uitschrijving (DOMAIN.md "Uitschrijving & switch"). */
export const UITSCHRIJFREDENEN = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * The age fact of statistical VSV instead of a date of birth (v2, ADR 0023): the last teldatum (1 October) on which the
 * young person is younger than 23. Absent when overstap knows no date of birth (no dossier), and in v1 events.
 */
export const laatsteTeldatumOnder23Schema = datumSchema
  .optional()
  .describe('de laatste 1 oktober waarop de jongere nog geen 23 is (in plaats van de geboortedatum); ontbreekt als die onbekend is');

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
    laatsteTeldatumOnder23: laatsteTeldatumOnder23Schema,
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
    /** v2: with an uitschrijving, whether the student had a startkwalificatie by `per` (as the mbo stated it). */
    startkwalificatie: z.boolean().optional().describe('bij een uitschrijving: had de student op de uitschrijfdatum een startkwalificatie'),
    laatsteTeldatumOnder23: laatsteTeldatumOnder23Schema,
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
