import { z } from 'zod';
import { gemeentecodeSchema, rmcRegioCodeSchema, schooljaarSchema, vestigingSchema } from '../../primitives';
import { BESTEMMINGEN } from '../../model/overstap/dossier.model';
import { MONITOR_FILTERS, OVERSTAP_STATUSSEN } from '../../model/overstap/monitor.model';

/** `GET /monitor/leerlingen?schooljaar=…&filter=…` */
export const monitorQuerySchema = z
  .object({
    schooljaar: schooljaarSchema,
    filter: z.enum(MONITOR_FILTERS).default('alle'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type MonitorQuery = z.infer<typeof monitorQuerySchema>;

/** One student in the doorstroommonitor (personal data: each page read is logged). */
export const monitorRijSchema = z.object({
  dossierId: z.uuid(),
  naam: z.string(),
  vestiging: vestigingSchema,
  woongemeente: gemeentecodeSchema,
  rmcRegio: rmcRegioCodeSchema.nullable(),
  bestemming: z.enum(BESTEMMINGEN),
  status: z.enum(OVERSTAP_STATUSSEN),
  aanmeldingen: z.number().int().min(0),
  levend: z.number().int().min(0).describe('aanmeldingen die nog tot een inschrijving kunnen leiden'),
  signalen: z.array(z.string()).describe('de signalen van deze leerling dit schooljaar (regelnamen)'),
});
export type MonitorRij = z.infer<typeof monitorRijSchema>;

export const monitorLeerlingenSchema = z.object({ totaal: z.number().int().min(0), items: z.array(monitorRijSchema) });
export type MonitorLeerlingen = z.infer<typeof monitorLeerlingenSchema>;
