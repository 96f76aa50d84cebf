import { EntityManager } from 'typeorm';
import { toelatingsrechtDeadline } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { AANMELDING_GEMIST, vuurAanmeldingGemist } from './regels/aanmelding-gemist.regel';

type Regel = {
  /** When the rule falls due for a schooljaar. */
  dueAt: (schooljaar: string) => Date;
  fire: (manager: EntityManager, outbox: OutboxWriter, schooljaar: string, dueAt: Date, now: Date) => Promise<number>;
};

/** The year's deadlines, by rule name. Each schooljaar with a cohort gets one row per rule. */
export const DEADLINE_REGELS: Record<string, Regel> = {
  [AANMELDING_GEMIST]: { dueAt: toelatingsrechtDeadline, fire: vuurAanmeldingGemist },
};

/** Makes sure the deadlines of a schooljaar exist; called in the transaction that stores its dossiers. */
export async function planDeadlines(manager: EntityManager, schooljaren: string[]): Promise<void> {
  const regels = Object.entries(DEADLINE_REGELS).flatMap(([regel, { dueAt }]) =>
    [...new Set(schooljaren)].map((schooljaar) => ({ regel, schooljaar, dueAt: dueAt(schooljaar) })),
  );
  await manager.query(
    `INSERT INTO deadline (regel, schooljaar, due_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[]) ON CONFLICT DO NOTHING`,
    [regels.map((r) => r.regel), regels.map((r) => r.schooljaar), regels.map((r) => r.dueAt)],
  );
}
