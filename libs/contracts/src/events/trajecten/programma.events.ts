import { z } from 'zod';
import { rmcRegioCodeSchema } from '../../primitives';
import { DEELNAME_RESULTATEN, NAZORG_RESULTATEN } from '../../model/trajecten/resultaten.model';

/** trajecten.programma.deelname-gestart: a case joined one of its region's programmes. Ids and codes only. */
export const programmaDeelnameGestartPayloadSchema = z
  .object({
    programmaId: z.uuid(),
    casusId: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    aangemeldOp: z.iso.date(),
  })
  .strict();

/**
 * trajecten.programma.deelname-beeindigd: a participant left the programme with a result (one of the fixed results,
 * never the free-text explanation). For rapportage's results per programme.
 */
export const programmaDeelnameBeeindigdPayloadSchema = z
  .object({
    programmaId: z.uuid(),
    casusId: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    aangemeldOp: z.iso.date(),
    afgemeldOp: z.iso.date(),
    resultaat: z.enum(DEELNAME_RESULTATEN),
  })
  .strict();

/**
 * trajecten.casus.nazorgcontrole-nodig: the nazorg check of a case fell due (the configured months after nazorg began
 * or the case closed with a place); the case is on its casusregisseur's list. Once per case.
 */
export const casusNazorgcontroleNodigPayloadSchema = z
  .object({
    casusId: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    vanaf: z.iso.datetime({ offset: true }),
    dueAt: z.iso.datetime({ offset: true }),
  })
  .strict();

/** trajecten.casus.nazorgcontrole-vastgelegd: the result of the nazorg check (never the explanation). */
export const casusNazorgcontroleVastgelegdPayloadSchema = z
  .object({
    casusId: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    resultaat: z.enum(NAZORG_RESULTATEN),
    vastgelegdOp: z.iso.datetime({ offset: true }),
  })
  .strict();

/**
 * trajecten.benaderronde.afgesloten: an outreach round of the region closed, with its totals (counts per reaction, in
 * beeld, per organisation taken on by). No ids of young people or cases: rapportage counts rounds from it.
 */
export const benaderrondeAfgeslotenPayloadSchema = z
  .object({
    rondeId: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    afgeslotenOp: z.iso.datetime({ offset: true }),
    aangeschreven: z.number().int().nonnegative(),
    zelfGereageerd: z.number().int().nonnegative(),
    telefonischBereikt: z.number().int().nonnegative(),
    andersBereikt: z.number().int().nonnegative(),
    nietBereikt: z.number().int().nonnegative(),
    nogOpen: z.number().int().nonnegative(),
    inBeeld: z.number().int().nonnegative(),
    overgedragenAan: z.record(z.string(), z.number().int().nonnegative()),
  })
  .strict();
