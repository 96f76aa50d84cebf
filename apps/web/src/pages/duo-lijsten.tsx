import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { data, trajecten } from '../api/client';
import type { components } from '../api/trajecten';
import { useAuth } from '../auth';
import { algemeneRegel, uitleg } from '../components/formulier';
import { Fout, Melding } from '../components/status';
import { regioLabel } from '../teksten';
import { useTitel } from './titel';

type Rapport = components['schemas']['DuoLijstRapportDto_Output'];
type Soort = Rapport['soort'];
type RegelStatus = Rapport['regels'][number]['status'];

const SOORTEN: Record<Soort, { label: string; datum: string; kolommen: string }> = {
  a01: {
    label: 'A01: uitschrijvingen zonder startkwalificatie',
    datum: 'Rapportagedatum van de lijst',
    kolommen: 'bsn_of_onderwijsnummer,geboortedatum,woongemeente,brin,onderwijssoort,opleidingscode,uitschrijfdatum',
  },
  'oud-vsv': {
    label: "Regiolijst oud-VSV'ers",
    datum: 'Peildatum van de lijst',
    kolommen: 'bsn_of_onderwijsnummer,geboortedatum,woongemeente,uitgeschreven_op,laatste_brin,laatste_onderwijssoort',
  },
};
const STATUS: Record<RegelStatus, string> = {
  'nieuwe-casus': 'Nieuwe casus geopend',
  'bij-open-casus': 'Bij de open casus gevoegd',
  'buiten-doelgroep': 'Buiten de doelgroep (geen casus)',
  ongeldig: 'Ongeldig: niet verwerkt',
};
const vandaag = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** A DUO list (A01 or oud-VSV) of the region as CSV: per row a new case, the open case it joins, or what is wrong with it. */
export function DuoLijstPagina() {
  useTitel('DUO-lijst inlezen');
  const { gebruiker } = useAuth();
  const queryClient = useQueryClient();
  const [soort, setSoort] = useState<Soort>('a01');
  const [datum, setDatum] = useState(vandaag);
  const [bestand, setBestand] = useState<File>();
  const [fout, setFout] = useState<string>();
  const [alleenProblemen, setAlleenProblemen] = useState(false);
  const inlezen = useMutation({
    mutationFn: async ({ tekst, soort, datum }: { tekst: string; soort: Soort; datum: string }) => {
      const opties = { body: tekst, bodySerializer: (t: string) => t, headers: { 'content-type': 'text/csv' } };
      return soort === 'a01'
        ? data(trajecten.POST('/api/trajecten/duo-lijsten/a01', { ...opties, params: { query: { rapportagedatum: datum } } }))
        : data(trajecten.POST('/api/trajecten/duo-lijsten/oud-vsv', { ...opties, params: { query: { peildatum: datum } } }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['casussen'] }),
  });
  const verstuur = async (event: FormEvent) => {
    event.preventDefault();
    if (!bestand) return setFout('Kies een CSV-bestand.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) return setFout('Vul de datum van de lijst in.');
    setFout(undefined);
    inlezen.mutate({ tekst: await bestand.text(), soort, datum });
  };
  const rapport = inlezen.data;
  const regels = rapport ? rapport.regels.filter((r) => !alleenProblemen || r.status === 'ongeldig') : [];
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/casussen">
          ← Terug naar de casussen
        </Link>
      </p>
      <h1 className="utrecht-heading-1">DUO-lijst inlezen</h1>
      <p className="utrecht-paragraph">
        Lees een lijst van DUO in voor {regioLabel(gebruiker?.org.code)}. Elke geldige regel wordt een casus, of wordt gevoegd bij de open casus van
        de jongere; een ongeldige regel wordt niet verwerkt en je ziet per regel wat er niet klopt. Kommagescheiden, met een kopregel.
      </p>
      <form className="sluitend-formulier" onSubmit={(event) => void verstuur(event)} noValidate aria-labelledby="duo-kop">
        <h2 id="duo-kop" className="utrecht-heading-2">
          Bestand kiezen
        </h2>
        {fout && (
          <p className="utrecht-form-field-error-message" role="alert">
            {fout}
          </p>
        )}
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="duo-soort">
            Soort lijst
          </label>
          <select id="duo-soort" className="utrecht-select" value={soort} onChange={(event) => setSoort(event.target.value as Soort)}>
            {Object.entries(SOORTEN).map(([waarde, { label }]) => (
              <option key={waarde} value={waarde}>
                {label}
              </option>
            ))}
          </select>
          <p className="utrecht-form-field-description" id="duo-kolommen">
            Kolommen: <code>{SOORTEN[soort].kolommen}</code>
          </p>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="duo-datum">
            {SOORTEN[soort].datum}
          </label>
          <input id="duo-datum" type="date" className="utrecht-textbox" value={datum} onChange={(event) => setDatum(event.target.value)} />
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="duo-bestand">
            CSV-bestand
          </label>
          <input
            id="duo-bestand"
            type="file"
            accept=".csv,text/csv"
            className="utrecht-textbox"
            aria-describedby="duo-kolommen"
            onChange={(event) => setBestand(event.target.files?.[0])}
          />
        </div>
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={inlezen.isPending}>
            {inlezen.isPending ? 'Bezig met inlezen…' : 'Lijst inlezen'}
          </button>
        </div>
      </form>
      {inlezen.error && <Fout fout={inlezen.error} wat="De lijst" />}
      {rapport && (
        <section aria-labelledby="duo-rapport">
          <h2 id="duo-rapport" className="utrecht-heading-2">
            Verslag per regel
          </h2>
          <Melding
            soort={rapport.telling.ongeldig > 0 ? 'warning' : 'ok'}
            titel={`${rapport.aantalRijen} regels ingelezen (${SOORTEN[rapport.soort].label}).`}
          >
            <ul className="utrecht-unordered-list">
              <li>{rapport.telling['nieuwe-casus']} nieuwe casussen</li>
              <li>{rapport.telling['bij-open-casus']} bij een open casus gevoegd</li>
              <li>{rapport.telling['buiten-doelgroep']} buiten de doelgroep</li>
              <li>{rapport.telling.ongeldig} ongeldig, niet verwerkt</li>
            </ul>
            <p className="utrecht-paragraph">
              <Link className="utrecht-link" to={`/benaderrondes?lijst=${rapport.lijstId}`}>
                Een benaderronde starten over de casussen van deze lijst
              </Link>
            </p>
          </Melding>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label">
              <input type="checkbox" checked={alleenProblemen} onChange={(event) => setAlleenProblemen(event.target.checked)} /> Alleen ongeldige
              regels tonen
            </label>
          </div>
          <table className="sluitend-tabel">
            <caption className="utrecht-paragraph sluitend-bijschrift">Per regel van het bestand (de kopregel is regel 1)</caption>
            <thead>
              <tr>
                <th scope="col">Regel</th>
                <th scope="col">Uitkomst</th>
                <th scope="col">Casus</th>
                <th scope="col">Wat er niet klopt</th>
              </tr>
            </thead>
            <tbody>
              {regels.map((r) => (
                <tr key={r.regel}>
                  <td>{r.regel}</td>
                  <td>
                    <span className={`sluitend-status sluitend-status--${r.status === 'ongeldig' ? 'fout' : 'klaar'}`}>{STATUS[r.status]}</span>
                  </td>
                  <td>
                    {r.casusId ? (
                      <Link className="utrecht-link" to={`/casussen/${r.casusId}`} state={{ terug: '/duo-lijsten' }}>
                        Casus {r.casusId.slice(0, 8)}
                      </Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    {r.meldingen.length === 0 ? (
                      '—'
                    ) : (
                      <ul className="utrecht-unordered-list">
                        {r.meldingen.map((m, i) => (
                          <li key={`${m.kolom}-${i}`}>
                            <code>{m.kolom}</code>: {uitleg(m)}
                            {algemeneRegel(m.rule) ? ` (${algemeneRegel(m.rule)})` : ''}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
