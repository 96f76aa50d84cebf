import { z } from 'zod';
import { brinSchema, creboSchema, mboNiveauSchema, schooljaarSchema, vestigingSchema } from '../../primitives';

/**
 * Statuses of an aanmelding at an mbo (DOMAIN.md "Overstap"): the legal VVA ones (aangemeld, onderwijsovereenkomst
 * aangeboden, ingeschreven, leidt niet tot inschrijving, ingetrokken), the non-legal "aanmelding ontvangen", and the
 * monitor's intake gepland/gedaan, toegelaten, afgewezen.
 */
export const AANMELDING_STATUSSEN = [
  'ontvangen',
  'aangemeld',
  'intake-gepland',
  'intake-gedaan',
  'toegelaten',
  'afgewezen',
  'onderwijsovereenkomst-aangeboden',
  'ingeschreven',
  'leidt-niet-tot-inschrijving',
  'ingetrokken',
] as const;
export type AanmeldingStatus = (typeof AANMELDING_STATUSSEN)[number];

const codes = { schooljaar: schooljaarSchema, brin: brinSchema, vestiging: vestigingSchema };

/** overstap.aanmelding.geregistreerd: an mbo registered that a student applied for a programme. */
export const aanmeldingGeregistreerdPayloadSchema = z
  .object({
    aanmeldingId: z.uuid(),
    schooljaar: codes.schooljaar,
    mboBrin: codes.brin,
    locatie: codes.vestiging,
    crebo: creboSchema,
    niveau: mboNiveauSchema,
    status: z.enum(AANMELDING_STATUSSEN),
    aangemeldOp: z.iso.datetime({ offset: true }),
    opTijd: z.boolean().describe('aangemeld op of vóór 1 april (Europe/Amsterdam) van het schooljaar: toelatingsrecht'),
  })
  .strict();

/** overstap.aanmelding.status-gewijzigd: an aanmelding moved to another status. */
export const aanmeldingStatusGewijzigdPayloadSchema = z
  .object({
    aanmeldingId: z.uuid(),
    schooljaar: codes.schooljaar,
    mboBrin: codes.brin,
    van: z.enum(AANMELDING_STATUSSEN),
    naar: z.enum(AANMELDING_STATUSSEN),
    gewijzigdOp: z.iso.datetime({ offset: true }),
    nogLevendeAanmeldingen: z.number().int().min(0),
  })
  .strict();
