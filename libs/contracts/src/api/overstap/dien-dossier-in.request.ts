import { z } from 'zod';
import { brinVanVestiging } from '@sluitend/domain-nl';
import {
  brinSchema,
  creboSchema,
  datumSchema,
  geboortedatumSchema,
  mboNiveauSchema,
  persoonsnummerSchema,
  postcodeSchema,
  schooljaarSchema,
  vestigingSchema,
  vrijeTekst,
  woongemeenteSchema,
} from '../../primitives';
import { BESTEMMINGEN, ONDERWIJSTYPEN } from '../../model/overstap/dossier.model';

export const UITSTROOMPROFIELEN = ['vervolgonderwijs', 'arbeid', 'dagbesteding'] as const;

const tekst = (max: number) => vrijeTekst(max);

/** The student's part of a dossier; the persoonsnummer is stored only encrypted and never returned. */
export const dossierLeerlingSchema = z
  .object({
    persoonsnummer: persoonsnummerSchema,
    voornamen: tekst(200),
    achternaam: tekst(200),
    geboortedatum: geboortedatumSchema,
    postcode: postcodeSchema,
    woongemeente: woongemeenteSchema,
  })
  .strict();

/**
 * A digitaal doorstroomdossier as a VO school submits it (DOMAIN.md "Overstap"): the student's part, the
 * mentor's or zorgcoördinator's advice, the akkoordverklaring, support needs with consent, the intended programmes
 * and, for pro/vso, the uitstroomprofiel.
 */
export const dienDossierInSchema = z
  .object({
    schooljaar: schooljaarSchema,
    school: z
      .object({ brin: brinSchema, vestiging: vestigingSchema })
      .strict()
      .refine((school) => brinVanVestiging(school.vestiging) === school.brin, {
        error: 'vestiging hoort bij een andere BRIN',
        path: ['vestiging'],
      }),
    leerling: dossierLeerlingSchema,
    opleiding: z
      .object({
        onderwijstype: z.enum(ONDERWIJSTYPEN),
        leerjaar: z.number().int().min(1).max(6),
        uitstroomprofiel: z.enum(UITSTROOMPROFIELEN).optional(),
      })
      .strict()
      .refine((o) => !['pro', 'vso'].includes(o.onderwijstype) || o.uitstroomprofiel !== undefined, {
        error: 'uitstroomprofiel is verplicht voor pro en vso',
        path: ['uitstroomprofiel'],
      }),
    keuze: z
      .object({
        bestemming: z.enum(BESTEMMINGEN),
        opleidingen: z
          .array(z.object({ crebo: creboSchema, niveau: mboNiveauSchema, instelling: brinSchema.optional() }).strict())
          .max(5)
          .default([]),
        keuzeproces: tekst(4000).optional(),
      })
      .strict(),
    loopbaan: z
      .object({ werkervaring: tekst(4000).optional(), loopbaandossierUrl: z.url().max(500).optional() })
      .strict()
      .optional(),
    advies: z
      .object({ door: z.enum(['mentor', 'zorgcoordinator']), tekst: tekst(4000) })
      .strict()
      .optional(),
    ondersteuning: z.object({ nodig: z.boolean(), toelichting: tekst(4000).optional(), toestemmingDelen: z.boolean() }).strict(),
    akkoordverklaring: z.object({ getekendOp: datumSchema }).strict().optional(),
  })
  .strict();

export type DienDossierIn = z.infer<typeof dienDossierInSchema>;

export const MAX_DOSSIERS_PER_BULK = 10_000;

export const dienDossiersInBulkSchema = z.object({ dossiers: z.array(dienDossierInSchema).min(1).max(MAX_DOSSIERS_PER_BULK) }).strict();

export type DienDossiersInBulk = z.infer<typeof dienDossiersInBulkSchema>;
