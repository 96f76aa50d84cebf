import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { data, trajecten } from '../api/client';
import type { components } from '../api/trajecten';
import { useAuth } from '../auth';
import { Fout, Laden, Leeg, Melding } from '../components/status';
import { formatDatum, formatDatumTijd, regioLabel } from '../teksten';
import { ROUTES } from './casus-plan';
import { LEEFDOMEINEN } from './casus-screening';
import { organisatieLabel } from './casus-tijdlijn';
import { useTitel } from './titel';

type Lijst = components['schemas']['NetwerkoverlegLijstDto_Output'];
type Rij = Lijst['casussen'][number];
type Advies = components['schemas']['AdviesDto_Output'];
type Triage = components['schemas']['RegistreerAdviesDto']['triage'];
type Route = NonNullable<components['schemas']['RegistreerAdviesDto']['route']>;

const TRIAGE: Record<Triage, string> = { eenvoudig: 'Eenvoudig (casusregisseur)', complex: 'Complex (klantmanager)' };
const TRIAGE_REDEN: Record<Rij['triageVoorstel']['reden'], string> = {
  'geen-screening': 'Nog geen screening: de triage is aan het overleg',
  'meerdere-leefdomeinen': 'Knelpunten op meerdere leefdomeinen',
  'hoogstens-een-leefdomein': 'Hoogstens één leefdomein met een knelpunt',
};
const vandaag = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** The list for a netwerkoverleg: the region's cases for a meeting date, a triage proposal each, and the advice recorded per case. */
export function NetwerkoverlegPagina() {
  useTitel('Netwerkoverleg');
  const { gebruiker } = useAuth();
  const regio = gebruiker?.org.code ?? '';
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const datum = /^\d{4}-\d{2}-\d{2}$/.test(params.get('datum') ?? '') ? (params.get('datum') as string) : vandaag();
  const lijst = useQuery({
    queryKey: ['netwerkoverleg', regio, datum],
    queryFn: () => data(trajecten.GET('/api/trajecten/netwerkoverleg/{rmcRegio}', { params: { path: { rmcRegio: regio }, query: { datum } } })),
  });
  const [adviezen, setAdviezen] = useState<Record<string, Advies>>({});
  return (
    <>
      <h1 className="utrecht-heading-1">Netwerkoverleg {regioLabel(regio)}</h1>
      <p className="utrecht-paragraph">
        De casussen voor het overleg op een datum, langst wachtend eerst, met een voorstel voor de triage: eenvoudig (een casusregisseur en een route)
        of complex (een klantmanager). Leg per casus het advies vast; de casusregisseur zet daarna de stap.
      </p>
      <form className="sluitend-formulier sluitend-filters" onSubmit={(event) => event.preventDefault()}>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="overlegdatum">
            Datum van het overleg
          </label>
          <input
            id="overlegdatum"
            type="date"
            className="utrecht-textbox"
            value={datum}
            onChange={(event) => event.target.value && void navigate(`/netwerkoverleg?datum=${event.target.value}`)}
          />
        </div>
      </form>
      {lijst.isPending && <Laden wat="De lijst" />}
      {lijst.isError && <Fout fout={lijst.error} wat="De lijst voor het overleg" />}
      {lijst.data && (
        <p className="utrecht-paragraph">
          De lijst voor {formatDatum(lijst.data.datum)} sluit {formatDatumTijd(lijst.data.sluiting)}.
        </p>
      )}
      {lijst.data && lijst.data.casussen.length === 0 && <Leeg>Er staan geen casussen op de lijst voor {formatDatum(datum)}.</Leeg>}
      {lijst.data && lijst.data.casussen.length > 0 && (
        <table className="sluitend-tabel">
          <caption className="utrecht-paragraph sluitend-bijschrift">
            {lijst.data.casussen.length} {lijst.data.casussen.length === 1 ? 'casus' : 'casussen'} op de lijst
          </caption>
          <thead>
            <tr>
              <th scope="col">Casus</th>
              <th scope="col">Geagendeerd</th>
              <th scope="col">Casusregisseur</th>
              <th scope="col">Voorstel</th>
              <th scope="col">Advies</th>
            </tr>
          </thead>
          <tbody>
            {lijst.data.casussen.map((rij) => (
              <tr key={rij.casusId}>
                <td>
                  <Link className="utrecht-link" to={`/casussen/${rij.casusId}`} state={{ terug: `/netwerkoverleg?datum=${datum}` }}>
                    Casus {rij.casusId.slice(0, 8)}
                  </Link>
                </td>
                <td>{formatDatumTijd(rij.geagendeerdOp)}</td>
                <td>{rij.casusregisseur?.naam ?? 'Nog niemand'}</td>
                <td>
                  {rij.triageVoorstel.triage ? TRIAGE[rij.triageVoorstel.triage] : 'Geen voorstel'}
                  <br />
                  <span>
                    {TRIAGE_REDEN[rij.triageVoorstel.reden]}
                    {rij.triageVoorstel.knelpunten.length > 0
                      ? ` (${rij.triageVoorstel.knelpunten.map((d) => LEEFDOMEINEN[d].toLowerCase()).join(', ')})`
                      : ''}
                  </span>
                </td>
                <td>
                  {adviezen[rij.casusId] ? (
                    <AdviesUitkomst advies={adviezen[rij.casusId]} />
                  ) : (
                    <AdviesFormulier rij={rij} regio={regio} datum={datum} onVastgelegd={(a) => setAdviezen({ ...adviezen, [rij.casusId]: a })} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function AdviesUitkomst({ advies }: { advies: Advies }) {
  return (
    <Melding soort="ok" titel="Advies vastgelegd">
      <p className="utrecht-paragraph">
        {TRIAGE[advies.triage]}
        {advies.route ? `, route ${ROUTES[advies.route].toLowerCase()}` : ''}: {advies.toewijzing.rol} bij{' '}
        {organisatieLabel(advies.toewijzing.organisatie)}.
      </p>
      <p className="utrecht-paragraph">
        Volgende stap: route toewijzen
        {advies.gevolg.overdrachtNaar ? ` en een warme overdracht aan ${organisatieLabel(advies.gevolg.overdrachtNaar)} voorstellen` : ''}.
      </p>
    </Melding>
  );
}

function AdviesFormulier({ rij, regio, datum, onVastgelegd }: { rij: Rij; regio: string; datum: string; onVastgelegd: (advies: Advies) => void }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [triage, setTriage] = useState<Triage>(rij.triageVoorstel.triage ?? 'eenvoudig');
  const [route, setRoute] = useState<Route | ''>('');
  const [type, setType] = useState<'rmc-regio' | 'partner'>('rmc-regio');
  const [code, setCode] = useState(regio);
  const [toelichting, setToelichting] = useState('');
  const [fout, setFout] = useState<string>();
  const vastleggen = useMutation({
    mutationFn: () =>
      data(
        trajecten.POST('/api/trajecten/casussen/{id}/netwerkoverleg-advies', {
          params: { path: { id: rij.casusId } },
          body: {
            overlegdatum: datum,
            triage,
            ...(route ? { route } : {}),
            toewijzing: { organisatie: { type, code: code.trim() }, rol: triage === 'eenvoudig' ? 'casusregisseur' : 'klantmanager' },
            ...(toelichting.trim() ? { toelichting: toelichting.trim() } : {}),
          },
        }),
      ),
    onSuccess: async (advies) => {
      onVastgelegd(advies);
      await queryClient.invalidateQueries({ queryKey: ['casus', rij.casusId] });
    },
  });
  const kort = rij.casusId.slice(0, 8);
  if (!open)
    return (
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setOpen(true)}>
        Advies vastleggen<span className="sluitend-verborgen"> voor casus {kort}</span>
      </button>
    );
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    if (triage === 'eenvoudig' && !route) return setFout('Bij een eenvoudige casus is de route duidelijk: kies er een.');
    if (!code.trim()) return setFout('Vul de code in van de organisatie die de casus oppakt.');
    setFout(undefined);
    vastleggen.mutate();
  };
  const id = (naam: string) => `${naam}-${kort}`;
  return (
    <form className="sluitend-formulier" onSubmit={verstuur} noValidate aria-label={`Advies voor casus ${kort}`}>
      {fout && (
        <p className="utrecht-form-field-error-message" role="alert">
          {fout}
        </p>
      )}
      {vastleggen.error && <Fout fout={vastleggen.error} wat="Het advies" />}
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor={id('triage')}>
          Triage
        </label>
        <select id={id('triage')} className="utrecht-select" value={triage} onChange={(event) => setTriage(event.target.value as Triage)}>
          {Object.entries(TRIAGE).map(([waarde, label]) => (
            <option key={waarde} value={waarde}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor={id('route')}>
          Route
        </label>
        <select id={id('route')} className="utrecht-select" value={route} onChange={(event) => setRoute(event.target.value as Route | '')}>
          <option value="">{triage === 'eenvoudig' ? 'Kies een route' : 'Nog geen route'}</option>
          {Object.entries(ROUTES).map(([waarde, label]) => (
            <option key={waarde} value={waarde}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor={id('wie')}>
          {triage === 'eenvoudig' ? 'Casusregisseur bij' : 'Klantmanager bij'}
        </label>
        <select
          id={id('wie')}
          className="utrecht-select"
          value={type}
          onChange={(event) => {
            const nieuw = event.target.value as 'rmc-regio' | 'partner';
            setType(nieuw);
            setCode(nieuw === 'rmc-regio' ? regio : '');
          }}
        >
          <option value="rmc-regio">Ons RMC</option>
          <option value="partner">Een partnerorganisatie</option>
        </select>
      </div>
      {type === 'partner' && (
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={id('code')}>
            Code van de partner
          </label>
          <input id={id('code')} className="utrecht-textbox" maxLength={100} value={code} onChange={(event) => setCode(event.target.value)} />
        </div>
      )}
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor={id('toelichting')}>
          Toelichting (zonder namen of BSN)
        </label>
        <textarea
          id={id('toelichting')}
          className="utrecht-textarea"
          rows={2}
          maxLength={2000}
          value={toelichting}
          onChange={(event) => setToelichting(event.target.value)}
        />
      </div>
      <div className="sluitend-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={vastleggen.isPending}>
          Advies opslaan
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setOpen(false)}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
