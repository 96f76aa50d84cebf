import { z } from 'zod';
import { AANMELDING_STATUSSEN } from '../../model/overstap/aanmelding.model';
import { brinSchema, creboSchema, mboNiveauSchema, schooljaarSchema, vestigingSchema } from '../../primitives';

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
