/*
 * A test-only reader who tries to recompute suppressed counts, written independently of the suppression code: it
 * knows the published numbers and the linear equations a table implies, and searches for a *different* table that
 * publishes exactly the same. A suppressed count is derivable when no such table changes it.
 *
 * The search tries changes d ∈ {−1, 0, +1} per suppressed count (visible numbers cannot change), keeps every
 * equation (Σ coef·d = 0) and every suppressed count at or above what the reader knows is its minimum. That suffices:
 * the equations of one- and two-way tables with margins form a totally unimodular system, whose circuits have entries
 * 0 and ±1, and any alternative table decomposes conformally into circuits — each of them an alternative by itself
 * (a count above the minimum can drop by one, one at the minimum moves only up in a conformal circuit).
 */

export interface Term {
  readonly cel: number;
  readonly coef: 1 | -1;
}

export interface Stelsel {
  /** True value of every cell. */
  readonly waarden: readonly number[];
  /** Which cells the reader cannot see. */
  readonly verborgen: readonly boolean[];
  /** Each equation: Σ coef · value = 0. */
  readonly vergelijkingen: readonly (readonly Term[])[];
  /** What the reader knows about every hidden value: at least this. */
  readonly minimum: number;
}

/** The hidden cells whose value every table consistent with the publication shares. */
export function herleidbareCellen(stelsel: Stelsel): number[] {
  const verborgen: number[] = [];
  stelsel.verborgen.forEach((v, i) => v && verborgen.push(i));
  return verborgen.filter((cel) => !heeftAlternatief(stelsel, verborgen, cel));
}

function heeftAlternatief(stelsel: Stelsel, verborgen: readonly number[], doel: number): boolean {
  const volgorde = [doel, ...verborgen.filter((c) => c !== doel)];
  const deel: number[] = stelsel.vergelijkingen.map(() => 0);
  const open: number[] = stelsel.vergelijkingen.map(() => 0);
  const termen = new Map<number, { eq: number; coef: 1 | -1 }[]>();
  stelsel.vergelijkingen.forEach((vergelijking, eq) => {
    for (const term of vergelijking) {
      if (!stelsel.verborgen[term.cel]) continue;
      open[eq]++;
      const lijst = termen.get(term.cel) ?? [];
      lijst.push({ eq, coef: term.coef });
      termen.set(term.cel, lijst);
    }
  });
  const kan = (stap: number): boolean => {
    if (stap === volgorde.length) return deel.every((s) => s === 0);
    const cel = volgorde[stap];
    const keuzes = stap === 0 ? [1, -1] : [0, 1, -1];
    for (const d of keuzes) {
      if (stelsel.waarden[cel] + d < stelsel.minimum) continue;
      let haalbaar = true;
      for (const { eq, coef } of termen.get(cel) ?? []) {
        deel[eq] += coef * d;
        open[eq]--;
        if (Math.abs(deel[eq]) > open[eq]) haalbaar = false;
      }
      if (haalbaar && kan(stap + 1)) return true;
      for (const { eq, coef } of termen.get(cel) ?? []) {
        deel[eq] -= coef * d;
        open[eq]++;
      }
    }
    return false;
  };
  return kan(0);
}

/**
 * The equations of a two-way table with margins, on the grid the reader sees: cells r·(n+1)+k, row totals in column n,
 * column totals in row m, the grand total last. Every row: its cells minus its total; every column likewise.
 */
export function kruistabelStelsel(cellen: readonly (readonly number[])[], zichtbaar: (cel: number) => boolean, minimum: number): Stelsel {
  const m = cellen.length;
  const n = cellen[0].length;
  const b = n + 1;
  const waarden: number[] = new Array((m + 1) * b).fill(0);
  for (let r = 0; r < m; r++) {
    for (let k = 0; k < n; k++) {
      waarden[r * b + k] = cellen[r][k];
      waarden[r * b + n] += cellen[r][k];
      waarden[m * b + k] += cellen[r][k];
      waarden[m * b + n] += cellen[r][k];
    }
  }
  const vergelijkingen: Term[][] = [];
  for (let r = 0; r <= m; r++) {
    const eq: Term[] = [];
    for (let k = 0; k < n; k++) eq.push({ cel: r * b + k, coef: 1 });
    eq.push({ cel: r * b + n, coef: -1 });
    vergelijkingen.push(eq);
  }
  for (let k = 0; k <= n; k++) {
    const eq: Term[] = [];
    for (let r = 0; r < m; r++) eq.push({ cel: r * b + k, coef: 1 });
    eq.push({ cel: m * b + k, coef: -1 });
    vergelijkingen.push(eq);
  }
  return { waarden, verborgen: waarden.map((_, i) => !zichtbaar(i)), vergelijkingen, minimum };
}

/** The one equation of a one-way table with its total (the total is cell n). */
export function reeksStelsel(waarden: readonly number[], zichtbaar: (cel: number) => boolean, minimum: number): Stelsel {
  const n = waarden.length;
  const alle = [...waarden, waarden.reduce((a, b) => a + b, 0)];
  const vergelijking: Term[] = alle.map((_, i) => ({ cel: i, coef: i === n ? -1 : 1 }));
  return { waarden: alle, verborgen: alle.map((_, i) => !zichtbaar(i)), vergelijkingen: [vergelijking], minimum };
}

/**
 * The hidden cells fixed by the equations alone (bounds ignored): those whose unit vector lies in the row space of
 * the equations restricted to the hidden cells, found by Gaussian elimination — in reduced row echelon form, a pivot
 * column whose row has no entry in a free column. A cheaper, weaker reader for tables too large for the search above.
 */
export function lineairHerleidbareCellen(stelsel: Stelsel): number[] {
  const verborgen: number[] = [];
  stelsel.verborgen.forEach((v, i) => v && verborgen.push(i));
  const kolomVan = new Map(verborgen.map((cel, k) => [cel, k]));
  const a: number[][] = stelsel.vergelijkingen.map((vergelijking) => {
    const rij = new Array<number>(verborgen.length).fill(0);
    for (const { cel, coef } of vergelijking) {
      const k = kolomVan.get(cel);
      if (k !== undefined) rij[k] += coef;
    }
    return rij;
  });
  const eps = 1e-9;
  const pivotVan: number[] = [];
  let r = 0;
  for (let k = 0; k < verborgen.length && r < a.length; k++) {
    let beste = r;
    for (let i = r + 1; i < a.length; i++) if (Math.abs(a[i][k]) > Math.abs(a[beste][k])) beste = i;
    if (Math.abs(a[beste][k]) < eps) continue;
    [a[r], a[beste]] = [a[beste], a[r]];
    const deler = a[r][k];
    for (let j = 0; j < verborgen.length; j++) a[r][j] /= deler;
    for (let i = 0; i < a.length; i++) {
      if (i === r || Math.abs(a[i][k]) < eps) continue;
      const f = a[i][k];
      for (let j = 0; j < verborgen.length; j++) a[i][j] -= f * a[r][j];
    }
    pivotVan[r] = k;
    r++;
  }
  const pivots = new Set(pivotVan);
  const uit: number[] = [];
  for (let i = 0; i < r; i++) {
    let vrij = false;
    for (let j = 0; j < verborgen.length; j++) if (!pivots.has(j) && Math.abs(a[i][j]) > eps) vrij = true;
    if (!vrij) uit.push(verborgen[pivotVan[i]]);
  }
  return uit.sort((x, y) => x - y);
}

/**
 * Several tables over the same people as one system: their equations side by side, with the cells they share
 * (`zelfde[t]` maps a cell of table t to a cell of table 0, or is absent) merged into one unknown.
 */
export function samengevoegd(stelsels: readonly Stelsel[], zelfde: readonly (ReadonlyMap<number, number> | null)[]): Stelsel {
  const waarden: number[] = [];
  const verborgen: boolean[] = [];
  const vergelijkingen: Term[][] = [];
  const basis: number[] = [];
  stelsels.forEach((stelsel, t) => {
    basis[t] = waarden.length;
    const naar = (cel: number): number => {
      const gedeeld = t === 0 ? undefined : zelfde[t]?.get(cel);
      return gedeeld !== undefined ? gedeeld : basis[t] + cel;
    };
    stelsel.waarden.forEach((waarde, cel) => {
      waarden.push(waarde);
      verborgen.push(stelsel.verborgen[cel] && (t === 0 || zelfde[t]?.get(cel) === undefined));
      const gedeeld = t === 0 ? undefined : zelfde[t]?.get(cel);
      if (gedeeld !== undefined && (stelsels[0].waarden[gedeeld] !== waarde || stelsels[0].verborgen[gedeeld] !== stelsel.verborgen[cel])) {
        throw new Error(`gedeelde cel ${cel} van tabel ${t} wijkt af`);
      }
    });
    for (const vergelijking of stelsel.vergelijkingen) vergelijkingen.push(vergelijking.map(({ cel, coef }) => ({ cel: naar(cel), coef })));
  });
  return { waarden, verborgen, vergelijkingen, minimum: stelsels[0].minimum };
}
