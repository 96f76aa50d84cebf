import { useQueries, useQuery } from '@tanstack/react-query';
import { data, rapportage } from '../../api/client';
import { Fout, Laden, Leeg } from '../../components/status';
import { regioLabel } from '../../teksten';
import { Exports } from './exports';
import { Grafiek } from './grafiek';
import { margesNaastElkaar, schooljarenTot } from './reeksen';
import { ReeksTabel, Tabel } from './tabel';

export type TabellenboekKeuze = { schooljaar: string; brin?: string; vestiging?: string; eigenSchool: boolean; organisatie: string };

const queryVan = ({ schooljaar, brin, vestiging }: TabellenboekKeuze) => ({
  schooljaar,
  ...(brin ? { brin } : {}),
  ...(vestiging ? { vestiging } : {}),
});

/** The tabellenboek of one VO school (own; an RMC's over its residents; ops's suppressed): chosen vs actual, signals, exports. */
export function TabellenboekSectie({ keuze }: { keuze: TabellenboekKeuze }) {
  const { schooljaar, brin, vestiging, eigenSchool } = keuze;
  const query = queryVan(keuze);
  const tabellenboek = useQuery({
    queryKey: ['tabellenboek', schooljaar, brin, vestiging],
    enabled: eigenSchool || brin !== undefined,
    queryFn: () => data(rapportage.GET('/api/rapportage/tabellenboek', { params: { query } })),
  });
  const boek = tabellenboek.data;
  const regio = boek?.rmcRegio ?? null;
  const vergelijking = boek ? margesNaastElkaar(boek.keuzeEnWerkelijk, 'Keuze einde schooljaar', 'Werkelijk op 1 oktober') : undefined;
  return (
    <section aria-labelledby="tabellenboek" className="sluitend-dashboard-sectie">
      <h2 id="tabellenboek" className="utrecht-heading-2">
        Tabellenboek{boek ? ` van ${boek.brin}${boek.vestiging ? `, vestiging ${boek.vestiging}` : ''}` : ''}
      </h2>
      {!eigenSchool && brin === undefined && <Leeg>Vul de BRIN van een VO-school in om haar tabellenboek te zien.</Leeg>}
      {tabellenboek.isFetching && <Laden wat="Het tabellenboek" />}
      {tabellenboek.isError && <Fout fout={tabellenboek.error} wat="Het tabellenboek" />}
      {boek && vergelijking && (
        <>
          {regio && <p className="utrecht-paragraph">Alleen de leerlingen die wonen in {regioLabel(regio)}.</p>}
          {boek.keuzeEnWerkelijk.totaal === 0 && boek.keuze1AprilEnAanmelding.totaal === 0 ? (
            <Leeg>Nog geen cijfers voor deze school in schooljaar {boek.schooljaar}.</Leeg>
          ) : (
            <>
              <Exports
                rapport="/api/rapportage/tabellenboek"
                query={query}
                wat="het tabellenboek"
                bestandsnaam={`tabellenboek-${brin ?? keuze.organisatie}${vestiging ? `-${vestiging}` : ''}-${schooljaar}`}
              />
              <Grafiek
                titel="Keuze tegenover werkelijke bestemming op 1 oktober"
                categorieen={vergelijking.categorieen}
                series={vergelijking.series}
                liggend
              />
              <Tabel
                titel="Keuze en werkelijke bestemming op 1 oktober"
                tabel={boek.keuzeEnWerkelijk}
                rijkop="Keuze einde schooljaar"
                kolomkop="bestemming op 1 oktober"
              />
              <Tabel titel="Keuze op 1 april en aanmelding" tabel={boek.keuze1AprilEnAanmelding} rijkop="Keuze op 1 april" kolomkop="aanmelding" />
              <ReeksTabel titel="Signalen over de leerlingen van de school, per soort" reeks={boek.signalen} kop="Soort signaal" />
            </>
          )}
          <TrendSectie keuze={keuze} />
        </>
      )}
    </section>
  );
}

const TRENDJAREN = 4;

/** Trends over the last school years: the actual destinations on 1 October per year (the same tabellenboek, year by year). */
function TrendSectie({ keuze }: { keuze: TabellenboekKeuze }) {
  const jaren = schooljarenTot(keuze.schooljaar, TRENDJAREN);
  const boeken = useQueries({
    queries: jaren.map((schooljaar) => {
      const query = queryVan({ ...keuze, schooljaar });
      return {
        queryKey: ['tabellenboek', schooljaar, keuze.brin, keuze.vestiging],
        queryFn: () => data(rapportage.GET('/api/rapportage/tabellenboek', { params: { query } })),
      };
    }),
  });
  const fout = boeken.find((boek) => boek.isError);
  if (fout) return <Fout fout={fout.error} wat="De trend" />;
  if (boeken.some((boek) => boek.isPending)) return <Laden wat="De trend" />;
  const tabellen = boeken.map((boek) => boek.data!.keuzeEnWerkelijk);
  const categorieen = [...new Set(tabellen.flatMap((tabel) => tabel.kolommen))];
  const series = categorieen.map((categorie) => ({
    naam: categorie,
    waarden: tabellen.map((tabel) => {
      const index = tabel.kolommen.indexOf(categorie);
      return index < 0 ? 0 : (tabel.kolomtotalen[index] ?? null);
    }),
  }));
  const trend = {
    rijen: categorieen,
    kolommen: jaren,
    cellen: series.map((serie) => serie.waarden),
    rijtotalen: categorieen.map(() => null),
    kolomtotalen: tabellen.map((tabel) => tabel.totaal),
    totaal: null,
    drempel: tabellen[0]?.drempel ?? null,
  };
  return (
    <section aria-labelledby="trend">
      <h3 id="trend" className="utrecht-heading-3">
        Trend over {TRENDJAREN} schooljaren
      </h3>
      {tabellen.every((tabel) => tabel.totaal === 0) ? (
        <Leeg>
          Nog geen cijfers in {jaren[0]} tot en met {jaren.at(-1)}.
        </Leeg>
      ) : (
        <>
          <Grafiek titel="Werkelijke bestemming op 1 oktober per schooljaar" categorieen={jaren} series={series} soort="lijn" />
          <TrendTabel trend={trend} />
        </>
      )}
    </section>
  );
}

/** The trend as a table: a row per destination, a column per school year (no row totals: years are not summed). */
function TrendTabel({ trend }: { trend: Parameters<typeof Tabel>[0]['tabel'] }) {
  return (
    <Tabel
      titel="Werkelijke bestemming op 1 oktober per schooljaar"
      tabel={trend}
      rijkop="Bestemming op 1 oktober"
      kolomkop="schooljaar"
      rijtotaal={false}
    />
  );
}
