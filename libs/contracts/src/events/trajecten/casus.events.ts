import { z } from 'zod';
import { rmcRegioCodeSchema } from '../../primitives';
import {
  CASUS_AANLEIDINGEN,
  CASUS_ACTIES,
  CASUS_SIGNAAL_SOORTEN,
  CASUS_STATUSSEN,
  TIJDIGHEID_STANDEN,
  INKOMENSKLASSEN,
  UITKOMST_CATEGORIEEN,
} from '../../model/trajecten/casus.model';
import { ROUTES } from '../../model/trajecten/begeleiding.model';

/**
 * trajecten.casus.geopend: a case opened in an RMC-regio for a young person (the envelope's jongereId, a pseudonym):
 * from a signal (then the signal's event id and kind) or by hand. Codes only, no personal data.
 */
export const casusGeopendPayloadSchema = z
  .object({
    casusId: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    aanleiding: z.enum(CASUS_AANLEIDINGEN),
    signaalEventId: z.uuid().nullable(),
    signaalSoort: z.enum(CASUS_SIGNAAL_SOORTEN).nullable(),
    geopendOp: z.iso.datetime({ offset: true }),
  })
  .strict();

/**
 * trajecten.casus.signaal-gekoppeld: a signal about the young person belongs to the case (the signal that opened it,
 * or a later one that attached). notificaties can show the signal's alerts as handled by the case.
 */
export const casusSignaalGekoppeldPayloadSchema = z
  .object({
    casusId: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    signaalEventId: z.uuid(),
    signaalSoort: z.enum(CASUS_SIGNAAL_SOORTEN),
    gekoppeldOp: z.iso.datetime({ offset: true }),
  })
  .strict();

/** trajecten.casus.status-gewijzigd: a step moved the case to another open status (closing is trajecten.casus.afgesloten). */
export const casusStatusGewijzigdPayloadSchema = z
  .object({
    casusId: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    actie: z.enum(CASUS_ACTIES),
    vanStatus: z.enum(CASUS_STATUSSEN),
    naarStatus: z.enum(CASUS_STATUSSEN),
    gewijzigdOp: z.iso.datetime({ offset: true }),
  })
  .strict();

/** trajecten.casus.afgesloten: the case closed with an outcome in the effectrapportage categories (no free text) and its timeliness. */
export const casusAfgeslotenPayloadSchema = z
  .object({
    casusId: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    vanStatus: z.enum(CASUS_STATUSSEN),
    uitkomst: z.enum(UITKOMST_CATEGORIEEN),
    geopendOp: z.iso.datetime({ offset: true }),
    afgeslotenOp: z.iso.datetime({ offset: true }),
    /** From opening to first contact and to intake, in the effectrapportage's classes (`nog-niet`: never reached). */
    tijdigheid: z.object({ eersteContact: z.enum(TIJDIGHEID_STANDEN), intake: z.enum(TIJDIGHEID_STANDEN) }).strict(),
    /** v2: with the outcome werk-zonder-startkwalificatie, the monthly income class when the RMC knows it (ADR 0028). */
    inkomensklasse: z
      .enum(INKOMENSKLASSEN)
      .optional()
      .describe('bij werk zonder startkwalificatie: de inkomensklasse per maand, als het RMC die kent (nooit het bedrag)'),
  })
  .strict();

/**
 * trajecten.casus.heraanpak-nodig: a young person who declined or could not be reached is due to be approached again
 * (the n-th configured moment after the rest began, default 3 and 6 months). Once per timer.
 */
export const casusHeraanpakNodigPayloadSchema = z
  .object({
    casusId: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    status: z.enum(CASUS_STATUSSEN),
    volgnummer: z.number().int().positive(),
    maanden: z.number().int().positive(),
    rustSinds: z.iso.datetime({ offset: true }),
    dueAt: z.iso.datetime({ offset: true }),
  })
  .strict();

/**
 * trajecten.casus.samengevoegd: after person linking (overstap.persoon.gekoppeld) one young person had two open cases
 * in the region; `casusId` closed as a duplicate and its signals and contact attempts now belong to `in`. Not an
 * outcome of the effectrapportage: a report counts the case `in`, not this one.
 */
export const casusSamengevoegdPayloadSchema = z
  .object({
    casusId: z.uuid(),
    in: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    samengevoegdOp: z.iso.datetime({ offset: true }),
  })
  .strict();

/** An organisation a case is handed to, as a token names it (a partner: werkplein, lokaal team …); a code, no person. */
const organisatieRefSchema = z.object({ type: z.string(), code: z.string() }).strict();

/**
 * trajecten.casus.overdracht-voorgesteld: the holder of a case proposes a warm handover to another organisation; it
 * escalates (trajecten.casus.overdracht-geescaleerd) when not accepted by `escalatieOp` (N working days).
 */
export const casusOverdrachtVoorgesteldPayloadSchema = z
  .object({
    casusId: z.uuid(),
    overdrachtId: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    van: organisatieRefSchema,
    naar: organisatieRefSchema,
    route: z.enum(ROUTES).nullable(),
    voorgesteldOp: z.iso.datetime({ offset: true }),
    escalatieOp: z.iso.datetime({ offset: true }),
  })
  .strict();

/** trajecten.casus.overgedragen: the receiver accepted a warm handover after the warm talk; it holds the case now. */
export const casusOvergedragenPayloadSchema = z
  .object({
    casusId: z.uuid(),
    overdrachtId: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    van: organisatieRefSchema,
    naar: organisatieRefSchema,
    route: z.enum(ROUTES).nullable(),
    gesprek: z.enum(['telefonisch', 'persoonlijk']),
    voorgesteldOp: z.iso.datetime({ offset: true }),
    geaccepteerdOp: z.iso.datetime({ offset: true }),
  })
  .strict();

/** trajecten.casus.overdracht-beeindigd: a handover was refused, withdrawn, or the case was handed back (no reason text). */
export const casusOverdrachtBeeindigdPayloadSchema = z
  .object({
    casusId: z.uuid(),
    overdrachtId: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    status: z.enum(['geweigerd', 'ingetrokken', 'teruggegeven']),
    van: organisatieRefSchema,
    naar: organisatieRefSchema,
    beeindigdOp: z.iso.datetime({ offset: true }),
  })
  .strict();

/**
 * trajecten.casus.overdracht-geescaleerd: a proposed handover was not accepted within the region's working days; for
 * notificaties to escalate to the region's RMC. Once per handover.
 */
export const casusOverdrachtGeescaleerdPayloadSchema = z
  .object({
    casusId: z.uuid(),
    overdrachtId: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    van: organisatieRefSchema,
    naar: organisatieRefSchema,
    voorgesteldOp: z.iso.datetime({ offset: true }),
    escalatieOp: z.iso.datetime({ offset: true }),
    werkdagen: z.number().int().positive(),
  })
  .strict();
