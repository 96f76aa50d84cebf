import type { ParsedEvent } from '@sluitend/contracts';

/** overstap's events the VSV projection reads (libs/contracts; the age and startkwalificatie fields since v2, ADR 0023). */
export const VSV_GEBEURTENISTYPEN = [
  'overstap.inschrijving.geregistreerd',
  'overstap.inschrijving.beeindigd',
  'overstap.dossier.ingediend',
  // A person link re-keys what came before it under the onderwijsnummer (ADR 0018).
  'overstap.persoon.gekoppeld',
] as const;

export type VsvGebeurtenis = ParsedEvent<(typeof VSV_GEBEURTENISTYPEN)[number]>;

export interface VsvInschrijvingrij {
  readonly inschrijvingId: string;
  readonly jongereId: string;
  readonly mboBrin: string;
  readonly niveau: number;
  readonly woongemeente: string | null;
  readonly rmcRegio: string | null;
  readonly ingeschrevenPer: string;
}

export interface VsvBeeindiging {
  readonly inschrijvingId: string;
  readonly per: string;
}

export interface VsvVorij {
  readonly dossierId: string;
  readonly versie: number;
  readonly jongereId: string;
  readonly schooljaar: string;
  readonly brin: string;
  readonly woongemeente: string;
  readonly rmcRegio: string | null;
  readonly onderwijstype: string;
  readonly leerjaar: number;
}

export interface VsvJongererij {
  readonly jongereId: string;
  laatsteTeldatumOnder23: string | null;
  startkwalificatieOp: string | null;
}

export interface VsvProjectiewerk {
  readonly inschrijvingen: VsvInschrijvingrij[];
  readonly beeindigingen: VsvBeeindiging[];
  readonly vo: VsvVorij[];
  readonly jongeren: VsvJongererij[];
  /** Person links, applied after the rest of the chunk, in log order. */
  readonly koppelingen: { readonly van: string; readonly naar: string }[];
  /** Events without a jongere id: nothing to count them under. */
  zonderJongere: number;
}

const eerste = (a: string | null, b: string | null | undefined): string | null => (b == null ? a : a === null || b < a ? b : a);

/**
 * What one chunk of overstap events adds to the VSV projection. Every fact is kept so that the stored rows do not
 * depend on the order or the repetition of events: an inschrijving's first registration wins, its earliest end, a
 * dossier's highest version; per young person the earliest known startkwalificatie day (an uitschrijving with a
 * startkwalificatie: held by the day of leaving) and the earliest last teldatum under 23 the events give.
 */
export function vsvProjectiewerk(events: readonly VsvGebeurtenis[]): VsvProjectiewerk {
  const werk: VsvProjectiewerk = { inschrijvingen: [], beeindigingen: [], vo: [], jongeren: [], koppelingen: [], zonderJongere: 0 };
  const jongeren = new Map<string, VsvJongererij>();
  const jongere = (jongereId: string): VsvJongererij => {
    let rij = jongeren.get(jongereId);
    if (rij === undefined) {
      rij = { jongereId, laatsteTeldatumOnder23: null, startkwalificatieOp: null };
      jongeren.set(jongereId, rij);
    }
    return rij;
  };
  for (const event of events) {
    if (event.type === 'overstap.persoon.gekoppeld') {
      const { van, naar } = (event as ParsedEvent<'overstap.persoon.gekoppeld'>).payload;
      werk.koppelingen.push({ van, naar });
      continue;
    }
    const jongereId = event.jongereId;
    if (jongereId === null) {
      werk.zonderJongere++;
      continue;
    }
    switch (event.type) {
      case 'overstap.inschrijving.geregistreerd': {
        const p = (event as ParsedEvent<'overstap.inschrijving.geregistreerd'>).payload;
        werk.inschrijvingen.push({
          inschrijvingId: p.inschrijvingId,
          jongereId,
          mboBrin: p.mboBrin,
          niveau: p.niveau,
          woongemeente: event.context.woongemeente ?? null,
          rmcRegio: event.context.rmcRegio ?? null,
          ingeschrevenPer: p.ingeschrevenPer,
        });
        if (p.laatsteTeldatumOnder23 !== undefined) {
          const j = jongere(jongereId);
          j.laatsteTeldatumOnder23 = eerste(j.laatsteTeldatumOnder23, p.laatsteTeldatumOnder23);
        }
        break;
      }
      case 'overstap.inschrijving.beeindigd': {
        const p = (event as ParsedEvent<'overstap.inschrijving.beeindigd'>).payload;
        werk.beeindigingen.push({ inschrijvingId: p.inschrijvingId, per: p.per });
        if (p.laatsteTeldatumOnder23 !== undefined || p.startkwalificatie === true) {
          const j = jongere(jongereId);
          j.laatsteTeldatumOnder23 = eerste(j.laatsteTeldatumOnder23, p.laatsteTeldatumOnder23);
          if (p.startkwalificatie === true) j.startkwalificatieOp = eerste(j.startkwalificatieOp, p.per);
        }
        break;
      }
      case 'overstap.dossier.ingediend': {
        const p = (event as ParsedEvent<'overstap.dossier.ingediend'>).payload;
        werk.vo.push({
          dossierId: p.dossierId,
          versie: p.versie,
          jongereId,
          schooljaar: p.schooljaar,
          brin: p.brin,
          woongemeente: p.woongemeente,
          rmcRegio: p.rmcRegio,
          onderwijstype: p.onderwijstype,
          leerjaar: p.leerjaar,
        });
        if (p.laatsteTeldatumOnder23 !== undefined) {
          const j = jongere(jongereId);
          j.laatsteTeldatumOnder23 = eerste(j.laatsteTeldatumOnder23, p.laatsteTeldatumOnder23);
        }
        break;
      }
    }
  }
  werk.jongeren.push(...jongeren.values());
  return werk;
}
