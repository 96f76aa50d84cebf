import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { data, verzuim } from '../api/client';
import type { components } from '../api/verzuim';
import { useAuth } from '../auth';
import { Fout, Laden, Leeg, Melding } from '../components/status';
import { formatDatum, gemeenteLabel } from '../teksten';
import { useTitel } from './titel';

type Verlofaanvraag = components['schemas']['VerlofaanvraagDto_Output'];
type VraagVerlofAan = components['schemas']['VraagVerlofAanDto'];

const SOORTEN: Record<Verlofaanvraag['soort'], string> = {
  vakantieverlof: 'Vakantieverlof (beroep ouder)',
  'gewichtige-omstandigheden': 'Gewichtige omstandigheden',
  'religieuze-verplichting': 'Religieuze verplichting',
};
const STATUS: Record<Verlofaanvraag['status'], string> = {
  aangevraagd: 'Aangevraagd',
  verleend: 'Verleend',
  geweigerd: 'Geweigerd',
  gemeld: 'Gemeld (geen besluit nodig)',
};
const BESLISSER: Record<Verlofaanvraag['beslisser'], string> = {
  directeur: 'School (directeur)',
  leerplichtambtenaar: 'Leerplichtambtenaar',
  geen: 'Niemand (kennisgeving)',
};
const OMSTANDIGHEDEN: Record<NonNullable<VraagVerlofAan['omstandigheid']>, string> = {
  'wettelijke-verplichting': 'Wettelijke verplichting',
  verhuizing: 'Verhuizing',
  'huwelijk-familie': 'Huwelijk in de familie',
  'ernstige-ziekte-familie': 'Ernstige ziekte in de familie',
  'overlijden-familie-eerste-graad': 'Overlijden (eerste graad)',
  'overlijden-familie-tweede-graad': 'Overlijden (tweede graad)',
  'overlijden-familie-derde-vierde-graad': 'Overlijden (derde of vierde graad)',
  'jubileum-ouders-grootouders': 'Jubileum van ouders of grootouders',
  andere: 'Andere omstandigheid',
};

/**
 * Verlof: the school enters parents' requests and decides up to 10 school days; the leerplichtambtenaar decides the
 * longer requests of residents. Parents are not users.
 */
export function VerlofPagina() {
  const { gebruiker } = useAuth();
  const school = gebruiker?.org.type === 'vo-school' || gebruiker?.org.type === 'mbo-instelling';
  useTitel(school ? 'Verlofaanvragen' : 'Verlofbesluiten');
  const aanvragen = useQuery({
    queryKey: ['verlof'],
    queryFn: () => data(verzuim.GET('/api/verzuim/verlof', { params: { query: { limiet: 500 } } })),
  });
  return (
    <>
      <h1 className="utrecht-heading-1">{school ? 'Verlofaanvragen' : 'Verlofbesluiten'}</h1>
      <p className="utrecht-paragraph">
        {school
          ? 'Voer verlofaanvragen van ouders in. Tot en met 10 schooldagen per schooljaar beslist de school; daarboven de leerplichtambtenaar van de woongemeente.'
          : 'Verlofaanvragen van meer dan 10 schooldagen van leerlingen die in je gemeente wonen: jij beslist.'}
      </p>
      {school && <VerlofFormulier />}
      <section aria-labelledby="aanvragen">
        <h2 id="aanvragen" className="utrecht-heading-2">
          Aanvragen
        </h2>
        {aanvragen.isPending && <Laden wat="Verlofaanvragen" />}
        {aanvragen.isError && <Fout fout={aanvragen.error} wat="De verlofaanvragen" />}
        {aanvragen.data && aanvragen.data.aanvragen.length === 0 && <Leeg>Er zijn geen verlofaanvragen.</Leeg>}
        {aanvragen.data && aanvragen.data.aanvragen.length > 0 && (
          <table className="sluitend-tabel">
            <caption className="utrecht-paragraph sluitend-bijschrift">
              {aanvragen.data.aanvragen.length} {aanvragen.data.aanvragen.length === 1 ? 'aanvraag' : 'aanvragen'}, nieuwste eerst
            </caption>
            <thead>
              <tr>
                <th scope="col">Leerling</th>
                <th scope="col">Soort</th>
                <th scope="col">Periode</th>
                <th scope="col">Lesdagen</th>
                <th scope="col">Beslisser</th>
                <th scope="col">Bezwaren</th>
                <th scope="col">Status</th>
                <th scope="col">Besluit</th>
              </tr>
            </thead>
            <tbody>
              {aanvragen.data.aanvragen.map((aanvraag) => (
                <tr key={aanvraag.id}>
                  <td>
                    {aanvraag.leerlingId.slice(0, 8)} ({gemeenteLabel(aanvraag.woongemeente)})
                  </td>
                  <td>{SOORTEN[aanvraag.soort]}</td>
                  <td>
                    {formatDatum(aanvraag.van)} – {formatDatum(aanvraag.totEnMet)}
                  </td>
                  <td>{aanvraag.lesdagen}</td>
                  <td>{BESLISSER[aanvraag.beslisser]}</td>
                  <td>{aanvraag.bezwaren.length === 0 ? 'Geen' : aanvraag.bezwaren.map((b) => b.melding).join('; ')}</td>
                  <td>{STATUS[aanvraag.status]}</td>
                  <td>
                    <Besluit
                      aanvraag={aanvraag}
                      magBeslissen={school ? aanvraag.beslisser !== 'leerplichtambtenaar' : aanvraag.beslisser === 'leerplichtambtenaar'}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function Besluit({ aanvraag, magBeslissen }: { aanvraag: Verlofaanvraag; magBeslissen: boolean }) {
  const queryClient = useQueryClient();
  const beslis = useMutation({
    mutationFn: (besluit: 'verleend' | 'geweigerd') =>
      data(verzuim.POST('/api/verzuim/verlof/{verlofId}/besluit', { params: { path: { verlofId: aanvraag.id } }, body: { besluit } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['verlof'] }),
  });
  if (aanvraag.status !== 'aangevraagd' || !magBeslissen) return <>{aanvraag.beslotenOp ? formatDatum(aanvraag.beslotenOp.slice(0, 10)) : '—'}</>;
  return (
    <>
      {beslis.error && <Fout fout={beslis.error} wat="Het besluit" />}
      {aanvraag.toewijsbaar && (
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          disabled={beslis.isPending}
          onClick={() => beslis.mutate('verleend')}
        >
          Verlenen
        </button>
      )}{' '}
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        disabled={beslis.isPending}
        onClick={() => beslis.mutate('geweigerd')}
      >
        Weigeren
      </button>
    </>
  );
}

function VerlofFormulier() {
  const queryClient = useQueryClient();
  const [velden, setVelden] = useState({
    persoonsnummer: '',
    soort: 'gewichtige-omstandigheden',
    omstandigheid: 'andere',
    van: '',
    totEnMet: '',
    aangevraagdOp: '',
    werkgeversverklaring: false,
  });
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const invoeren = useMutation({
    mutationFn: (body: VraagVerlofAan) => data(verzuim.POST('/api/verzuim/verlof', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['verlof'] }),
  });
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    const nieuw: Record<string, string> = {};
    if (!/^\d{9}$/.test(velden.persoonsnummer.trim())) nieuw.persoonsnummer = 'Vul een BSN of onderwijsnummer van 9 cijfers in.';
    for (const veld of ['van', 'totEnMet', 'aangevraagdOp'] as const) if (!/^\d{4}-\d{2}-\d{2}$/.test(velden[veld])) nieuw[veld] = 'Kies een datum.';
    setFouten(nieuw);
    if (Object.keys(nieuw).length > 0) return;
    const soort = velden.soort as VraagVerlofAan['soort'];
    invoeren.mutate({
      persoonsnummer: velden.persoonsnummer.trim(),
      soort,
      van: velden.van,
      totEnMet: velden.totEnMet,
      aangevraagdOp: velden.aangevraagdOp,
      ...(soort === 'gewichtige-omstandigheden' ? { omstandigheid: velden.omstandigheid as NonNullable<VraagVerlofAan['omstandigheid']> } : {}),
      ...(soort === 'vakantieverlof' ? { werkgeversverklaring: velden.werkgeversverklaring } : {}),
    });
  };
  const datum = (naam: 'van' | 'totEnMet' | 'aangevraagdOp', label: string) => (
    <div className={`utrecht-form-field${fouten[naam] ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={`verlof-${naam}`}>
        {label}
      </label>
      {fouten[naam] && (
        <p id={`verlof-${naam}-fout`} className="utrecht-form-field-error-message">
          {fouten[naam]}
        </p>
      )}
      <input
        id={`verlof-${naam}`}
        type="date"
        className="utrecht-textbox"
        value={velden[naam]}
        aria-invalid={fouten[naam] ? true : undefined}
        aria-describedby={fouten[naam] ? `verlof-${naam}-fout` : undefined}
        onChange={(event) => setVelden({ ...velden, [naam]: event.target.value })}
      />
    </div>
  );
  return (
    <section aria-labelledby="invoeren">
      <h2 id="invoeren" className="utrecht-heading-2">
        Aanvraag invoeren
      </h2>
      {invoeren.data && (
        <Melding soort={invoeren.data.toewijsbaar ? 'ok' : 'warning'} titel="Aanvraag ingevoerd">
          {invoeren.data.lesdagen} lesdagen; beslisser: {BESLISSER[invoeren.data.beslisser]}.
          {invoeren.data.bezwaren.length > 0 && ` ${invoeren.data.bezwaren.map((b) => b.melding).join('; ')}.`}
        </Melding>
      )}
      {invoeren.error && <Fout fout={invoeren.error} wat="De verlofaanvraag" />}
      <form className="sluitend-formulier" onSubmit={verstuur} noValidate>
        <div className={`utrecht-form-field${fouten.persoonsnummer ? ' utrecht-form-field--invalid' : ''}`}>
          <label className="utrecht-form-label" htmlFor="verlof-persoonsnummer">
            BSN of onderwijsnummer
          </label>
          {fouten.persoonsnummer && (
            <p id="verlof-persoonsnummer-fout" className="utrecht-form-field-error-message">
              {fouten.persoonsnummer}
            </p>
          )}
          <input
            id="verlof-persoonsnummer"
            className="utrecht-textbox"
            inputMode="numeric"
            autoComplete="off"
            value={velden.persoonsnummer}
            aria-invalid={fouten.persoonsnummer ? true : undefined}
            aria-describedby={fouten.persoonsnummer ? 'verlof-persoonsnummer-fout' : undefined}
            onChange={(event) => setVelden({ ...velden, persoonsnummer: event.target.value })}
          />
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="verlof-soort">
            Soort verlof
          </label>
          <select
            id="verlof-soort"
            className="utrecht-select"
            value={velden.soort}
            onChange={(event) => setVelden({ ...velden, soort: event.target.value })}
          >
            {Object.entries(SOORTEN).map(([waarde, label]) => (
              <option key={waarde} value={waarde}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {velden.soort === 'gewichtige-omstandigheden' && (
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="verlof-omstandigheid">
              Omstandigheid
            </label>
            <select
              id="verlof-omstandigheid"
              className="utrecht-select"
              value={velden.omstandigheid}
              onChange={(event) => setVelden({ ...velden, omstandigheid: event.target.value })}
            >
              {Object.entries(OMSTANDIGHEDEN).map(([waarde, label]) => (
                <option key={waarde} value={waarde}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        )}
        {velden.soort === 'vakantieverlof' && (
          <div className="utrecht-form-field utrecht-form-field--checkbox">
            <input
              id="verlof-werkgeversverklaring"
              type="checkbox"
              className="utrecht-checkbox"
              checked={velden.werkgeversverklaring}
              onChange={(event) => setVelden({ ...velden, werkgeversverklaring: event.target.checked })}
            />
            <label className="utrecht-form-label" htmlFor="verlof-werkgeversverklaring">
              Werkgeversverklaring aanwezig
            </label>
          </div>
        )}
        {datum('van', 'Eerste dag')}
        {datum('totEnMet', 'Laatste dag')}
        {datum('aangevraagdOp', 'Aangevraagd op')}
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={invoeren.isPending}>
            Aanvraag invoeren
          </button>
        </div>
      </form>
    </section>
  );
}
