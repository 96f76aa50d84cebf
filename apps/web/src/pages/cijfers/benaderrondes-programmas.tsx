import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { data, rapportage, trajecten } from '../../api/client';
import { Fout, Laden, Leeg } from '../../components/status';
import { Exports } from './exports';
import { Grafiek } from './grafiek';
import { isLeeg, Kruistabel, Tabel } from './tabel';

type Dimensie = 'rmc-regio' | 'ronde';

/** A table with other row labels (the same rows, in the same order). */
const metRijen = (tabel: Kruistabel, rijen: string[]): Kruistabel => ({ ...tabel, rijen });

/**
 * The effectrapportage's outreach rounds and programme results (trajecten's events, counted by rapportage): two
 * sections, for an RMC its own region, for ops all regions with small counts suppressed.
 */
export function BenaderrondesEnProgrammasSecties({ schooljaar, organisatie, rmc }: { schooljaar: string; organisatie: string; rmc: boolean }) {
  return (
    <>
      <BenaderrondesSectie schooljaar={schooljaar} organisatie={organisatie} />
      <ProgrammasSectie schooljaar={schooljaar} organisatie={organisatie} rmc={rmc} />
    </>
  );
}

/** Outreach rounds: the funnel written to → reacted or reached → in beeld → handed over, reactions and handovers. */
function BenaderrondesSectie({ schooljaar, organisatie }: { schooljaar: string; organisatie: string }) {
  const [dimensie, setDimensie] = useState<Dimensie>('rmc-regio');
  const cijfers = useQuery({
    queryKey: ['benaderrondecijfers', schooljaar, dimensie],
    queryFn: () => data(rapportage.GET('/api/rapportage/benaderrondes', { params: { query: { schooljaar, dimensie } } })),
  });
  const rondes = cijfers.data;
  const rijkop = dimensie === 'ronde' ? 'Benaderronde' : 'RMC-regio';
  return (
    <section aria-labelledby="benaderrondes" className="sluitend-dashboard-sectie">
      <h2 id="benaderrondes" className="utrecht-heading-2">
        Benaderrondes
      </h2>
      <p className="utrecht-paragraph">
        De rondes die in schooljaar {schooljaar} zijn afgesloten: hoeveel jongeren zijn aangeschreven, hoe ze reageerden, wie in beeld kwam en aan wie
        ze zijn overgedragen.
      </p>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="benaderrondes-dimensie">
          Benaderrondes per
        </label>
        <select
          id="benaderrondes-dimensie"
          className="utrecht-select"
          value={dimensie}
          onChange={(event) => setDimensie(event.target.value as Dimensie)}
        >
          <option value="rmc-regio">RMC-regio</option>
          <option value="ronde">ronde</option>
        </select>
      </div>
      {cijfers.isPending && <Laden wat="De benaderrondes" />}
      {cijfers.isError && <Fout fout={cijfers.error} wat="De benaderrondes" />}
      {rondes && (
        <>
          <Exports
            rapport="/api/rapportage/benaderrondes"
            query={{ schooljaar, dimensie }}
            wat="de benaderrondes"
            bestandsnaam={`benaderrondes-${organisatie}-${dimensie}-${schooljaar}`}
          />
          {isLeeg(rondes.reacties) ? (
            <Leeg>Geen benaderrondes afgesloten in schooljaar {schooljaar}.</Leeg>
          ) : (
            <>
              <Grafiek
                titel="Van aangeschreven tot overgedragen"
                categorieen={rondes.grafiek.reeksen.filter((r) => r.eenheid === 'aantal').map((r) => r.naam)}
                series={[
                  {
                    naam: 'Jongeren in alle rondes',
                    waarden: rondes.grafiek.reeksen.filter((r) => r.eenheid === 'aantal').map((r) => r.waarden[r.waarden.length - 1] ?? null),
                  },
                ]}
                liggend
              />
              <Tabel titel="Reactie op de benaderronde" tabel={rondes.reacties} rijkop={rijkop} kolomkop="reactie" />
              <Grafiek
                titel="Overgedragen per organisatie"
                categorieen={rondes.overdracht.kolommen}
                series={[{ naam: 'Jongeren', waarden: rondes.overdracht.kolomtotalen }]}
                liggend
              />
              <Tabel titel="In beeld en overgedragen" tabel={rondes.overdracht} rijkop={rijkop} kolomkop="waar de jongere uitkwam" />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** Programme results: participations started and ended per programme, and the results of those that ended. */
function ProgrammasSectie({ schooljaar, organisatie, rmc }: { schooljaar: string; organisatie: string; rmc: boolean }) {
  const cijfers = useQuery({
    queryKey: ['programmaresultaten', schooljaar],
    queryFn: () => data(rapportage.GET('/api/rapportage/programmas', { params: { query: { schooljaar } } })),
  });
  // rapportage knows programmes by id; the region's own programme names come from trajecten (an RMC only).
  const namen = useQuery({
    queryKey: ['programmas', organisatie],
    enabled: rmc,
    queryFn: () => data(trajecten.GET('/api/trajecten/programmas/{rmcRegio}', { params: { path: { rmcRegio: organisatie } } })),
  });
  const resultaten = cijfers.data;
  const naam = new Map((namen.data?.programmas ?? []).map((p) => [p.id, p.naam]));
  const rijen = resultaten ? resultaten.codes.map((id, i) => naam.get(id) ?? resultaten.gestart.rijen[i]) : [];
  return (
    <section aria-labelledby="programmaresultaten" className="sluitend-dashboard-sectie">
      <h2 id="programmaresultaten" className="utrecht-heading-2">
        Programma&apos;s
      </h2>
      <p className="utrecht-paragraph">
        Deelnames aan de programma&apos;s van de regio: gestart in schooljaar {schooljaar} (met het resultaat waarmee ze eindigden, of loopt nog) en
        beëindigd in dat schooljaar.
      </p>
      {cijfers.isPending && <Laden wat="De programmaresultaten" />}
      {cijfers.isError && <Fout fout={cijfers.error} wat="De programmaresultaten" />}
      {resultaten && (
        <>
          <Exports
            rapport="/api/rapportage/programmas"
            query={{ schooljaar }}
            wat="de programmaresultaten"
            bestandsnaam={`programmas-${organisatie}-${schooljaar}`}
          />
          {isLeeg(resultaten.gestart) && isLeeg(resultaten.beeindigd) ? (
            <Leeg>Geen deelnames aan programma&apos;s in schooljaar {schooljaar}.</Leeg>
          ) : (
            <>
              <Grafiek
                titel="Deelnames per programma"
                categorieen={rijen}
                series={resultaten.grafiek.reeksen
                  .filter((r) => r.code === 'gestart' || r.code === 'beeindigd')
                  .map((r) => ({ naam: r.naam, waarden: r.waarden.slice(0, rijen.length) }))}
              />
              <Tabel titel="Deelnames gestart, naar resultaat" tabel={metRijen(resultaten.gestart, rijen)} rijkop="Programma" kolomkop="resultaat" />
              <Grafiek
                titel="Resultaat van de beëindigde deelnames"
                categorieen={resultaten.beeindigd.kolommen}
                series={[{ naam: 'Deelnames', waarden: resultaten.beeindigd.kolomtotalen }]}
                liggend
              />
              <Tabel
                titel="Deelnames beëindigd, naar resultaat"
                tabel={metRijen(resultaten.beeindigd, rijen)}
                rijkop="Programma"
                kolomkop="resultaat"
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
