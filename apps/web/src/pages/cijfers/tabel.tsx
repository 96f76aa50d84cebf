import type { ReactNode } from 'react';
import type { components } from '../../api/rapportage';

/** A two-way table as rapportage serves it: cells, margins and the suppression threshold applied (null = none). */
export type Kruistabel = components['schemas']['TabellenboekDto_Output']['keuzeEnWerkelijk'];
/** A one-way series with its total. */
export type Reeks = components['schemas']['TabellenboekDto_Output']['signalen'];

/** A count, or "—" (read out as "onderdrukt") where it is suppressed. */
export const getal = (waarde: number | null) =>
  waarde === null ? (
    <>
      <span aria-hidden="true">—</span>
      <span className="sluitend-sr">onderdrukt</span>
    </>
  ) : (
    waarde.toLocaleString('nl-NL')
  );

/** What a "—" means, next to every table that may hold one. */
export function Onderdrukking({ drempel }: { drempel: number | null }) {
  if (drempel === null)
    return <p className="utrecht-paragraph sluitend-onderdrukt">Niets is onderdrukt: deze cijfers blijven binnen je organisatie.</p>;
  return (
    <p className="utrecht-paragraph sluitend-onderdrukt">
      — = onderdrukt: minder dan {drempel} jongeren, of een cel waaruit zo’n klein aantal terug te rekenen is. Zo is niemand te herkennen in cijfers
      die de organisatie verlaten.
    </p>
  );
}

/** A two-way table with its margins: the text alternative of every chart drawn from it. */
export function Tabel({
  titel,
  tabel,
  rijkop,
  kolomkop,
  rijtotaal = true,
  extra,
}: {
  titel: string;
  tabel: Kruistabel;
  rijkop: string;
  kolomkop: string;
  /** false where the rows do not add up (a row per destination over years) */
  rijtotaal?: boolean;
  /** a figure derived per row after the totals (a percentage), with its value for the total row */
  extra?: { kop: string; waarden: ReactNode[]; totaal: ReactNode };
}) {
  return (
    <>
      <div className="sluitend-scroll">
        <table className="sluitend-tabel">
          <caption className="utrecht-paragraph sluitend-bijschrift">
            <strong>{titel}</strong> (rijen: {rijkop}; kolommen: {kolomkop})
          </caption>
          <thead>
            <tr>
              <th scope="col">{rijkop}</th>
              {tabel.kolommen.map((kolom) => (
                <th key={kolom} scope="col" className="sluitend-getal">
                  {kolom}
                </th>
              ))}
              {rijtotaal && (
                <th scope="col" className="sluitend-getal">
                  Totaal
                </th>
              )}
              {extra && (
                <th scope="col" className="sluitend-getal">
                  {extra.kop}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {tabel.rijen.map((rij, r) => (
              <tr key={rij}>
                <th scope="row">{rij}</th>
                {tabel.kolommen.map((kolom, k) => (
                  <td key={kolom} className="sluitend-getal">
                    {getal(tabel.cellen[r]?.[k] ?? null)}
                  </td>
                ))}
                {rijtotaal && <td className="sluitend-getal">{getal(tabel.rijtotalen[r] ?? null)}</td>}
                {extra && <td className="sluitend-getal">{extra.waarden[r]}</td>}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Totaal</th>
              {tabel.kolommen.map((kolom, k) => (
                <td key={kolom} className="sluitend-getal">
                  {getal(tabel.kolomtotalen[k] ?? null)}
                </td>
              ))}
              {rijtotaal && <td className="sluitend-getal">{getal(tabel.totaal)}</td>}
              {extra && <td className="sluitend-getal">{extra.totaal}</td>}
            </tr>
          </tfoot>
        </table>
      </div>
      <Onderdrukking drempel={tabel.drempel} />
    </>
  );
}

/** A one-way series with its total. */
export function ReeksTabel({ titel, reeks, kop }: { titel: string; reeks: Reeks; kop: string }) {
  return (
    <>
      <table className="sluitend-tabel">
        <caption className="utrecht-paragraph sluitend-bijschrift">
          <strong>{titel}</strong>
        </caption>
        <thead>
          <tr>
            <th scope="col">{kop}</th>
            <th scope="col" className="sluitend-getal">
              Aantal
            </th>
          </tr>
        </thead>
        <tbody>
          {reeks.categorieen.map((categorie, index) => (
            <tr key={categorie}>
              <th scope="row">{categorie}</th>
              <td className="sluitend-getal">{getal(reeks.waarden[index] ?? null)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Totaal</th>
            <td className="sluitend-getal">{getal(reeks.totaal)}</td>
          </tr>
        </tfoot>
      </table>
      <Onderdrukking drempel={reeks.drempel} />
    </>
  );
}

/** Whether a table holds anything at all (an empty one says only that nobody is there). */
export const isLeeg = (tabel: Kruistabel) => tabel.rijen.length === 0 || tabel.totaal === 0;
