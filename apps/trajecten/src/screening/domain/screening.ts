import { DomainIssue } from '@sluitend/domain-nl';
import { LEEFDOMEINEN, Leefdomein, Score, VAARDIGHEDEN, Vaardigheid, isScore } from './leefdomeinen';
import { screeningOngeldig } from './screening.errors';

export interface Screening {
  readonly afgenomenOp: Date;
  /** The user (token `sub`) who took it. */
  readonly door: string;
  readonly leefdomeinen: Readonly<Record<Leefdomein, Score>>;
  readonly vaardigheden: Readonly<Record<Vaardigheid, Score>>;
}

/** A screening as it comes in (unchecked scores). */
export interface ScreeningInvoer {
  readonly afgenomenOp: Date;
  readonly door: string;
  readonly leefdomeinen: Readonly<Record<string, unknown>>;
  readonly vaardigheden: Readonly<Record<string, unknown>>;
}

function scores<K extends string>(
  invoer: Readonly<Record<string, unknown>>,
  sleutels: readonly K[],
  groep: 'leefdomeinen' | 'vaardigheden',
  meldingen: DomainIssue[],
): Record<K, Score> {
  const uit = {} as Record<K, Score>;
  const bekend: ReadonlySet<string> = new Set(sleutels);
  for (const sleutel of sleutels) {
    const waarde = invoer[sleutel];
    if (waarde === undefined || waarde === null) {
      meldingen.push({
        field: `${groep}.${sleutel}`,
        rule: 'score.verplicht',
        message: `${sleutel}: elke ${groep === 'leefdomeinen' ? 'leefdomein' : 'vaardigheid'} krijgt een score`,
      });
    } else if (!isScore(waarde)) {
      meldingen.push({ field: `${groep}.${sleutel}`, rule: 'score.1-5', message: `${sleutel}: de score is een heel getal van 1 tot en met 5` });
    } else {
      uit[sleutel] = waarde;
    }
  }
  for (const sleutel of Object.keys(invoer)) {
    if (!bekend.has(sleutel)) {
      meldingen.push({
        field: `${groep}.${sleutel}`,
        rule: `${groep === 'leefdomeinen' ? 'leefdomein' : 'vaardigheid'}.onbekend`,
        message: `onbekend: ${sleutel}`,
      });
    }
  }
  return uit;
}

/**
 * A complete screening: every life domain and every skill scored once, a whole number 1–5, no unknown keys, taken
 * by someone, not later than `nu`. All problems at once (`screening.ongeldig`, fields `leefdomeinen.<domein>`,
 * `vaardigheden.<vaardigheid>`).
 */
export function valideerScreening(invoer: ScreeningInvoer, nu: Date): Screening {
  const meldingen: DomainIssue[] = [];
  const leefdomeinen = scores(invoer.leefdomeinen, LEEFDOMEINEN, 'leefdomeinen', meldingen);
  const vaardigheden = scores(invoer.vaardigheden, VAARDIGHEDEN, 'vaardigheden', meldingen);
  if (!invoer.door?.trim()) meldingen.push({ field: 'door', rule: 'door.verplicht', message: 'wie de screening afnam is verplicht' });
  const tijd = invoer.afgenomenOp?.getTime();
  if (tijd === undefined || Number.isNaN(tijd))
    meldingen.push({ field: 'afgenomenOp', rule: 'afgenomenOp.tijdstip', message: 'afgenomenOp is een tijdstip' });
  else if (tijd > nu.getTime())
    meldingen.push({ field: 'afgenomenOp', rule: 'afgenomenOp.toekomst', message: 'een screening ligt niet in de toekomst' });
  if (meldingen.length > 0) throw screeningOngeldig(meldingen);
  return { afgenomenOp: invoer.afgenomenOp, door: invoer.door.trim(), leefdomeinen, vaardigheden };
}

/** The life domains with a problem: scored at or below `drempel` (default 2, "niet zelfredzaam"), in domain order. */
export function knelpunten(screening: Screening, drempel: Score = 2): Leefdomein[] {
  return LEEFDOMEINEN.filter((domein) => screening.leefdomeinen[domein] <= drempel);
}
