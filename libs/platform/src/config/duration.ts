import { z } from 'zod';

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** A period in settings: a number and a unit (`45s`, `15m`, `12h`, `30d`), in milliseconds after parsing. */
export const durationSchema = z
  .string()
  .regex(/^\d+(s|m|h|d)$/, 'a period such as 45s, 15m, 12h or 30d')
  .transform((value) => Number(value.slice(0, -1)) * UNIT_MS[value.slice(-1) as keyof typeof UNIT_MS]);

/** Writes milliseconds back as the largest whole unit (`2592000000` → `30d`), for messages and docs. */
export function formatDuration(ms: number): string {
  for (const unit of ['d', 'h', 'm', 's'] as const) if (ms % UNIT_MS[unit] === 0) return `${ms / UNIT_MS[unit]}${unit}`;
  return `${ms}ms`;
}
