/** An open case as the merge sees it. */
export type OpenCasusVoorSamenvoegen = { id: string; rmcRegio: string; jongereId: string; geopendOp: Date };

export type Samenvoeging = { rmcRegio: string; blijft: string; dubbel: string };

/**
 * Person linking (overstap.persoon.gekoppeld): one young person had an open case under each pseudonym in the same
 * region; DOMAIN.md "Trajecten" allows one open case with one casusregisseur. The case opened first stays — it holds
 * the longer history and its regisseur has been at work longest — and takes the other's signals and contact attempts;
 * the other is closed as a duplicate. Regions where only one of the two has an open case need no merge.
 */
export function samenvoegingen(cases: readonly OpenCasusVoorSamenvoegen[], van: string, naar: string): Samenvoeging[] {
  const perRegio = new Map<string, { van?: OpenCasusVoorSamenvoegen; naar?: OpenCasusVoorSamenvoegen }>();
  for (const casus of cases) {
    const paar = perRegio.get(casus.rmcRegio) ?? {};
    if (casus.jongereId === van) paar.van = casus;
    if (casus.jongereId === naar) paar.naar = casus;
    perRegio.set(casus.rmcRegio, paar);
  }
  const uitkomst: Samenvoeging[] = [];
  for (const [rmcRegio, paar] of [...perRegio].sort(([a], [b]) => a.localeCompare(b))) {
    if (!paar.van || !paar.naar) continue;
    const [blijft, dubbel] = eerder(paar.van, paar.naar) ? [paar.van, paar.naar] : [paar.naar, paar.van];
    uitkomst.push({ rmcRegio, blijft: blijft.id, dubbel: dubbel.id });
  }
  return uitkomst;
}

const eerder = (a: OpenCasusVoorSamenvoegen, b: OpenCasusVoorSamenvoegen): boolean =>
  a.geopendOp.getTime() !== b.geopendOp.getTime() ? a.geopendOp < b.geopendOp : a.id < b.id;

/** The outcome of a duplicate: "overig" with where it went (no case closes without an outcome). */
export const dubbeleCasusUitkomst = (blijft: string) =>
  ({ categorie: 'overig', toelichting: `dubbel: samengevoegd met casus ${blijft} (dezelfde jongere, DUO-koppeling BSN–onderwijsnummer)` }) as const;
