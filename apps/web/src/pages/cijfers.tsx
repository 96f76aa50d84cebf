import { useMutation, useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { data, rapportage } from '../api/client';
import type { components } from '../api/rapportage';
import { useAuth } from '../auth';
import { Fout, Laden, Leeg } from '../components/status';
import { useKlok } from '../klok';
import { regioLabel } from '../teksten';
import { useTitel } from './titel';

/** An optional code (vestiging, RMC-regio) as the list of what is shown: none or one. */
const lijst = (waarde: string | null | undefined): string[] => (waarde ? [waarde] : []);

type Kruistabel = components['schemas']['TabellenboekDto_Output']['keuzeEnWerkelijk'];

const getal = (waarde: number | null) =>
  waarde === null ? (
    <>
      <span aria-hidden="true">—</span>
      <span className="sluitend-sr">onderdrukt</span>
    </>
  ) : (
    waarde.toLocaleString('nl-NL')
  );

/** What a "—" means, next to every table that may hold one. */
function Onderdrukking({ drempel }: { drempel: number | null }) {
  if (drempel === null)
    return <p className="utrecht-paragraph sluitend-onderdrukt">Niets is onderdrukt: deze cijfers blijven binnen je organisatie.</p>;
  return (
    <p className="utrecht-paragraph sluitend-onderdrukt">
      — = onderdrukt: minder dan {drempel} jongeren, of een cel waaruit zo’n klein aantal terug te rekenen is. Zo is niemand te herkennen in cijfers
      die de organisatie verlaten.
    </p>
  );
}

function Tabel({ titel, tabel, rijkop, kolomkop }: { titel: string; tabel: Kruistabel; rijkop: string; kolomkop: string }) {
  return (
    <>
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
            <th scope="col" className="sluitend-getal">
              Totaal
            </th>
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
              <td className="sluitend-getal">{getal(tabel.rijtotalen[r] ?? null)}</td>
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
            <td className="sluitend-getal">{getal(tabel.totaal)}</td>
          </tr>
        </tfoot>
      </table>
      <Onderdrukking drempel={tabel.drempel} />
    </>
  );
}

/** The tabellenboek of a VO school (own, or for an RMC over its residents, or suppressed for ops), its CSV, signals per region. */
export function CijfersPagina() {
  const { gebruiker } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const klok = useKlok();
  const type = gebruiker?.org.type;
  const eigenSchool = type === 'vo-school';
  const schooljaar = params.get('schooljaar') ?? klok.data?.schooljaar;
  const brin = eigenSchool ? undefined : (params.get('brin') ?? undefined);
  const vestiging = params.get('vestiging') ?? undefined;
  useTitel(`Cijfers${schooljaar ? ` ${schooljaar}` : ''}`);
  const [brinInvoer, setBrinInvoer] = useState(brin ?? '');
  const [vestigingInvoer, setVestigingInvoer] = useState(vestiging ?? '');
  const [jaarInvoer, setJaarInvoer] = useState<string>();

  const query = { schooljaar: schooljaar as string, ...(brin ? { brin } : {}), ...(vestiging ? { vestiging } : {}) };
  const tabellenboek = useQuery({
    queryKey: ['tabellenboek', schooljaar, brin, vestiging],
    enabled: schooljaar !== undefined && (eigenSchool || brin !== undefined),
    queryFn: () => data(rapportage.GET('/api/rapportage/tabellenboek', { params: { query } })),
  });
  const signalen = useQuery({
    queryKey: ['signalen-per-regio', schooljaar],
    enabled: schooljaar !== undefined && (type === 'rmc-regio' || type === 'ops'),
    queryFn: () => data(rapportage.GET('/api/rapportage/signalen', { params: { query: { schooljaar: schooljaar as string } } })),
  });
  const download = useMutation({
    mutationFn: async () => {
      const { data: tekst, response } = await rapportage.GET('/api/rapportage/tabellenboek/export.csv', { params: { query }, parseAs: 'text' });
      if (!response.ok || tekst === undefined) throw new Error(`De export is mislukt (HTTP ${response.status}).`);
      const adres = URL.createObjectURL(new Blob([tekst], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = adres;
      link.download = `tabellenboek-${brin ?? gebruiker?.org.code ?? 'school'}${vestiging ? `-${vestiging}` : ''}-${schooljaar}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(adres);
    },
  });
  const kies = (event: FormEvent) => {
    event.preventDefault();
    const nieuw = new URLSearchParams();
    const jaar = jaarInvoer ?? schooljaar;
    if (jaar && jaar !== klok.data?.schooljaar) nieuw.set('schooljaar', jaar);
    if (!eigenSchool && brinInvoer.trim()) {
      nieuw.set('brin', brinInvoer.trim().toUpperCase());
      setBrinInvoer(brinInvoer.trim().toUpperCase());
    }
    if (vestigingInvoer.trim()) nieuw.set('vestiging', vestigingInvoer.trim().toUpperCase());
    void navigate(`/cijfers${nieuw.size ? `?${nieuw.toString()}` : ''}`);
  };

  return (
    <>
      <h1 className="utrecht-heading-1">Cijfers{schooljaar ? ` ${schooljaar}` : ''}</h1>
      <p className="utrecht-paragraph">
        {eigenSchool
          ? 'Het tabellenboek van je school: de keuze van je leerlingen tegen hun aanmelding en hun werkelijke bestemming op 1 oktober, en de signalen over hen.'
          : type === 'rmc-regio'
            ? 'Het tabellenboek van een VO-school over de jongeren uit je regio, en de signalen in je regio per soort.'
            : 'Het tabellenboek van een VO-school en de signalen per RMC-regio, als platformcijfers: kleine aantallen zijn onderdrukt.'}
      </p>
      <form className="sluitend-formulier sluitend-filters" onSubmit={kies}>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="schooljaar">
            Schooljaar
          </label>
          <input
            id="schooljaar"
            className="utrecht-textbox"
            value={jaarInvoer ?? schooljaar ?? ''}
            pattern="\d{4}-\d{4}"
            onChange={(event) => setJaarInvoer(event.target.value)}
          />
        </div>
        {!eigenSchool && (
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="brin">
              School (BRIN)
            </label>
            <input
              id="brin"
              className="utrecht-textbox"
              value={brinInvoer}
              autoComplete="off"
              onChange={(event) => setBrinInvoer(event.target.value)}
            />
          </div>
        )}
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="vestiging">
            Vestiging (mag leeg)
          </label>
          <input
            id="vestiging"
            className="utrecht-textbox"
            value={vestigingInvoer}
            autoComplete="off"
            onChange={(event) => setVestigingInvoer(event.target.value)}
          />
        </div>
        <div className="sluitend-filters__knop">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            Toon
          </button>
        </div>
      </form>
      {klok.isError && <Fout fout={klok.error} wat="Het schooljaar" />}

      <section aria-labelledby="tabellenboek">
        <h2 id="tabellenboek" className="utrecht-heading-2">
          Tabellenboek
          {tabellenboek.data
            ? ` van ${tabellenboek.data.brin}${lijst(tabellenboek.data.vestiging).length ? `, vestiging ${lijst(tabellenboek.data.vestiging).join(', ')}` : ''}`
            : ''}
        </h2>
        {!eigenSchool && brin === undefined && <Leeg>Vul de BRIN van een VO-school in om haar tabellenboek te zien.</Leeg>}
        {tabellenboek.isFetching && <Laden wat="Het tabellenboek" />}
        {tabellenboek.isError && <Fout fout={tabellenboek.error} wat="Het tabellenboek" />}
        {tabellenboek.data && (
          <>
            {lijst(tabellenboek.data.rmcRegio).length > 0 && (
              <p className="utrecht-paragraph">Alleen de leerlingen die wonen in {lijst(tabellenboek.data.rmcRegio).map(regioLabel).join(', ')}.</p>
            )}
            {tabellenboek.data.keuzeEnWerkelijk.totaal === 0 && tabellenboek.data.keuze1AprilEnAanmelding.totaal === 0 ? (
              <Leeg>Nog geen cijfers voor deze school in schooljaar {tabellenboek.data.schooljaar}.</Leeg>
            ) : (
              <>
                <div className="sluitend-knoppen">
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action"
                    disabled={download.isPending}
                    onClick={() => download.mutate()}
                  >
                    Download als CSV (altijd met onderdrukking)
                  </button>
                </div>
                {download.error && <Fout fout={download.error} wat="De export" />}
                <div className="sluitend-scroll">
                  <Tabel
                    titel="Keuze op 1 april en aanmelding"
                    tabel={tabellenboek.data.keuze1AprilEnAanmelding}
                    rijkop="Keuze op 1 april"
                    kolomkop="aanmelding"
                  />
                </div>
                <div className="sluitend-scroll">
                  <Tabel
                    titel="Keuze en werkelijke bestemming op 1 oktober"
                    tabel={tabellenboek.data.keuzeEnWerkelijk}
                    rijkop="Keuze einde schooljaar"
                    kolomkop="bestemming op 1 oktober"
                  />
                </div>
                <table className="sluitend-tabel">
                  <caption className="utrecht-paragraph sluitend-bijschrift">
                    <strong>Signalen over de leerlingen van de school</strong>, per soort
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Soort signaal</th>
                      <th scope="col" className="sluitend-getal">
                        Aantal
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {tabellenboek.data.signalen.categorieen.map((categorie, index) => (
                      <tr key={categorie}>
                        <th scope="row">{categorie}</th>
                        <td className="sluitend-getal">{getal(tabellenboek.data.signalen.waarden[index] ?? null)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">Totaal</th>
                      <td className="sluitend-getal">{getal(tabellenboek.data.signalen.totaal)}</td>
                    </tr>
                  </tfoot>
                </table>
                <Onderdrukking drempel={tabellenboek.data.signalen.drempel} />
              </>
            )}
          </>
        )}
      </section>

      {(type === 'rmc-regio' || type === 'ops') && (
        <section aria-labelledby="per-regio">
          <h2 id="per-regio" className="utrecht-heading-2">
            Signalen per RMC-regio
          </h2>
          {signalen.isPending && <Laden wat="De signalen" />}
          {signalen.isError && <Fout fout={signalen.error} wat="De signalen per regio" />}
          {signalen.data && signalen.data.tabel.rijen.length === 0 && <Leeg>Nog geen signalen in schooljaar {signalen.data.schooljaar}.</Leeg>}
          {signalen.data && signalen.data.tabel.rijen.length > 0 && (
            <div className="sluitend-scroll">
              <Tabel
                titel={`Signalen in schooljaar ${signalen.data.schooljaar}`}
                tabel={{
                  ...signalen.data.tabel,
                  rijen: signalen.data.rmcRegios.map((code, index) => (code ? regioLabel(code) : (signalen.data.tabel.rijen[index] ?? 'onbekend'))),
                }}
                rijkop="RMC-regio"
                kolomkop="soort signaal"
              />
            </div>
          )}
        </section>
      )}
    </>
  );
}
