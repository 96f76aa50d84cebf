import { z } from 'zod';
import { eventContextSchema } from '../../envelope';
import { woongemeenteSchema } from '../../primitives';

const tijdstip = z.iso.datetime({ offset: true });

/** Why a signal reached no owner: its woonregio is unknown (no RMC can be told), or nobody at all would receive it. */
export const NIET_ROUTEERBAAR_REDENEN = ['woonregio-onbekend', 'geen-ontvanger'] as const;
export type NietRouteerbaarReden = (typeof NIET_ROUTEERBAAR_REDENEN)[number];

/** GET /niet-routeerbaar — open (default), routed since, or all. */
export const nietRouteerbaarQuerySchema = z
  .object({ status: z.enum(['open', 'gerouteerd', 'alle'], { error: 'status is open, gerouteerd of alle' }).default('open') })
  .strict();
export type NietRouteerbaarQuery = z.infer<typeof nietRouteerbaarQuerySchema>;

/** A signal that reached no (or not every) owner: codes and pseudonymous ids only. */
export const nietRouteerbaarSignaalSchema = z
  .object({
    id: z.uuid(),
    signaalType: z.string(),
    signaalEventId: z.uuid(),
    jongereId: z.string().nullable(),
    reden: z.enum(NIET_ROUTEERBAAR_REDENEN),
    context: eventContextSchema,
    signaal: z.record(z.string(), z.unknown()).describe('de payload van het signaal'),
    ontvangenOp: tijdstip,
    gerouteerdOp: tijdstip.nullable(),
    woongemeente: z.string().nullable().describe('de woongemeente waarmee het signaal alsnog is gerouteerd'),
    gerouteerdDoor: z.string().nullable().describe('event:<id> of de gebruiker die de gemeente toewees'),
  })
  .meta({ id: 'NietRouteerbaarSignaal' });
export type NietRouteerbaarSignaal = z.infer<typeof nietRouteerbaarSignaalSchema>;

export const nietRouteerbaarLijstSchema = z.object({ totaal: z.number().int(), signalen: z.array(nietRouteerbaarSignaalSchema) });
export type NietRouteerbaarLijst = z.infer<typeof nietRouteerbaarLijstSchema>;

/** POST /niet-routeerbaar/:id/woongemeente — the coordinator (or ops) says where the student lives: the signal is routed. */
export const wijsWoongemeenteToeSchema = z.object({ woongemeente: woongemeenteSchema }).strict();
export type WijsWoongemeenteToe = z.infer<typeof wijsWoongemeenteToeSchema>;

export const woongemeenteToegewezenSchema = z.object({
  id: z.uuid(),
  woongemeente: z.string(),
  rmcRegio: z.string(),
  alerts: z.number().int().describe('alerts die het signaal nu heeft gemaakt'),
});
export type WoongemeenteToegewezen = z.infer<typeof woongemeenteToegewezenSchema>;
