/** One projection table as counted in one schema: its rows and a checksum over them (columns in a fixed order). */
export interface Vingerafdruk {
  readonly tabel: string;
  readonly rijen: number;
  readonly checksum: string;
}

/** Rows of one table found in one schema and not in the other (a few of their keys, for a person to look up). */
export interface Tabelverschil {
  readonly tabel: string;
  readonly alleenLive: number;
  readonly alleenHerbouw: number;
  readonly voorbeelden: readonly string[];
}

export interface Vergelijking {
  readonly gelijk: boolean;
  readonly tabellen: readonly { tabel: string; live: Vingerafdruk; herbouw: Vingerafdruk; gelijk: boolean }[];
}

/** Columns that record when this process wrote a row, not what the events say: left out of the comparison. */
export const TIJDSTEMPELS_VAN_DE_PROJECTIE = ['geprojecteerd_op'] as const;

/** Live and rebuilt tables side by side: equal when every table has the same row count and checksum. */
export function vergelijk(live: readonly Vingerafdruk[], herbouw: readonly Vingerafdruk[]): Vergelijking {
  const opNaam = new Map(herbouw.map((v) => [v.tabel, v]));
  const tabellen = live.map((l) => {
    const h = opNaam.get(l.tabel) ?? { tabel: l.tabel, rijen: 0, checksum: '(ontbreekt)' };
    return { tabel: l.tabel, live: l, herbouw: h, gelijk: l.rijen === h.rijen && l.checksum === h.checksum };
  });
  return { gelijk: tabellen.every((t) => t.gelijk), tabellen };
}

/** The report the rebuild prints: a line per table, then the differences, then the verdict. */
export function rapport(vergelijking: Vergelijking, verschillen: readonly Tabelverschil[]): string[] {
  const regels = ['tabel                      live rijen  herbouw rijen  live checksum                     herbouw checksum                  '];
  for (const t of vergelijking.tabellen) {
    regels.push(
      `${t.tabel.padEnd(26)} ${String(t.live.rijen).padStart(10)}  ${String(t.herbouw.rijen).padStart(13)}  ${t.live.checksum.padEnd(32)}  ${t.herbouw.checksum.padEnd(32)}  ${t.gelijk ? 'gelijk' : 'VERSCHILLEND'}`,
    );
  }
  for (const v of verschillen) {
    regels.push(`${v.tabel}: ${v.alleenLive} rij(en) alleen live, ${v.alleenHerbouw} alleen in de herbouw; bijv. ${v.voorbeelden.join(', ') || '-'}`);
  }
  regels.push(
    vergelijking.gelijk ? 'gelijk: de herbouw uit het eventlog is gelijk aan de live projectie' : 'VERSCHILLEND: zie de tabellen hierboven',
  );
  return regels;
}
