import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { data, trajecten } from '../api/client';
import type { components } from '../api/trajecten';
import { useAuth } from '../auth';
import { Fout, Laden, Leeg, Melding } from '../components/status';
import { formatDatumTijd, regioLabel } from '../teksten';
import { PlanSectie } from './casus-plan';
import { ScreeningSectie } from './casus-screening';
import { CasusTijdlijn, OverdrachtSectie } from './casus-tijdlijn';
import { Paging } from './signalen';
import { useTitel } from './titel';

type Casus = components['schemas']['CasusMetHistorieDto_Output'];
type CasusStatus = Casus['status'];
type Stap = Casus['toegestaneStappen'][number];
type UitkomstCategorie = NonNullable<Casus['uitkomst']>['categorie'];
type Inkomensklasse = NonNullable<NonNullable<Casus['uitkomst']>['inkomensklasse']>;
type Contactsoort = components['schemas']['RegistreerContactpogingDto']['soort'];
type Aanleiding = components['schemas']['OpenCasusDto']['aanleiding'];
type Regel = components['schemas']['CasusRegelsDto_Output']['regels'][number];

export const CASUS_STATUS: Record<CasusStatus, string> = {
  aangemeld: 'Aangemeld',
  'in-contact': 'In contact',
  screening: 'Screening',
  netwerkoverleg: 'Netwerkoverleg',
  traject: 'Traject',
  nazorg: 'Nazorg',
  afgewezen: 'Afgewezen (benadert later opnieuw)',
  onbereikbaar: 'Onbereikbaar',
  afgesloten: 'Afgesloten',
};
const STAPPEN: Record<Stap, string> = {
  'contact-leggen': 'Contact gelegd',
  'screening-starten': 'Screening starten',
  agenderen: 'Agenderen voor netwerkoverleg',
  'route-toewijzen': 'Route toewijzen (traject starten)',
  'nazorg-starten': 'Nazorg starten',
  terugvallen: 'Terug naar traject',
  afwijzen: 'Jongere wijst hulp af',
  'onbereikbaar-melden': 'Onbereikbaar melden',
  afsluiten: 'Afsluiten met uitkomst',
};
const HISTORIE_ACTIES: Record<string, string> = {
  geopend: 'Geopend',
  'signaal-gekoppeld': 'Signaal gekoppeld',
  'casusregisseur-toegewezen': 'Casusregisseur toegewezen',
  contactpoging: 'Contactpoging',
  'programma-aangemeld': 'Aangemeld voor een programma',
  'programma-afgemeld': 'Afgemeld bij een programma',
  'nazorgcontrole-nodig': 'Nazorgcontrole aan de beurt',
  nazorgcontrole: 'Nazorgcontrole vastgelegd',
  ...STAPPEN,
};
const UITKOMST_CATEGORIEEN: Record<UitkomstCategorie, string> = {
  'voltijd-onderwijs': 'Voltijd onderwijs',
  'combinatie-leren-werken': 'Combinatie leren en werken',
  'werk-zonder-startkwalificatie': 'Werk zonder startkwalificatie',
  'zorg-opvang-detentie': 'Zorg, opvang of detentie',
  'beeindigd-zonder-dagbesteding': 'Beëindigd zonder dagbesteding',
  'verhuisd-onvindbaar': 'Verhuisd of onvindbaar',
  overig: 'Overig',
};
/** Monthly income from work with werk zonder startkwalificatie (RMC priority groups 2 and 3): a class, never the amount. */
const INKOMENSKLASSEN: Record<Inkomensklasse, string> = {
  'minder-dan-300': 'minder dan € 300',
  '300-tot-700': '€ 300 tot € 700',
  '700-of-meer': '€ 700 of meer',
};
const AANLEIDINGEN: Record<Casus['aanleiding'], string> = {
  signaal: 'Signaal',
  'duo-lijst': 'DUO-lijst',
  'inbox-alert': 'Signaal uit de inbox',
  handmatig: 'Met de hand geopend',
};
const HANDMATIGE_AANLEIDINGEN: Record<Aanleiding, string> = {
  'jongere-zelf': 'De jongere meldt zich zelf',
  school: 'Een school vraagt erom',
  partner: 'Een partner vraagt erom',
  ouders: 'Ouders vragen erom',
  overig: 'Anders',
};
const CONTACTSOORTEN: Record<Contactsoort, string> = {
  brief: 'Brief',
  email: 'E-mail',
  telefoon: 'Telefoon',
  huisbezoek: 'Huisbezoek',
  opsporing: 'Opsporing',
};
export const CASUS_SIGNALEN: Record<Regel['signaalSoort'], string> = {
  'geen-herinschrijving': 'Uitgeschreven, niet opnieuw ingeschreven',
  'niet-ingeschreven-teldatum': 'Niet ingeschreven op 1 oktober',
  'negatief-bsa': 'Negatief bindend studieadvies',
  'rmc-verzuim': 'RMC-verzuim',
  'langdurig-relatief-verzuim': 'Langdurig relatief verzuim',
  'aanmelding-gemist': 'Geen aanmelding op 1 april',
  'geen-levende-aanmelding': 'Geen lopende aanmelding',
  'uitschrijving-zonder-startkwalificatie': 'Uitschrijving zonder startkwalificatie',
};
const FILTERS = { open: 'Open casussen', alle: 'Alle casussen', 'zonder-regisseur': 'Open, zonder casusregisseur' } as const;
type Filter = keyof typeof FILTERS;
const PER_PAGINA = 20;
const isStatus = (waarde: string | null): waarde is CasusStatus => waarde !== null && waarde in CASUS_STATUS;

/** The region's cases: open, all or without a casusregisseur, by status, a page at a time; filters in the URL. */
export function CasussenPagina() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const filter: Filter = (Object.keys(FILTERS) as Filter[]).find((f) => f === params.get('filter')) ?? 'open';
  const status = isStatus(params.get('status')) ? (params.get('status') as CasusStatus) : undefined;
  const pagina = Math.max(1, Number(params.get('pagina')) || 1);
  useTitel(`Casussen: ${FILTERS[filter]}`);
  const casussen = useQuery({
    queryKey: ['casussen', filter, status ?? 'alle', pagina],
    queryFn: () =>
      data(
        trajecten.GET('/api/trajecten/casussen', {
          params: {
            query: {
              ...(filter === 'open' ? { open: 'ja' as const } : {}),
              ...(filter === 'zonder-regisseur' ? { open: 'ja' as const, zonderRegisseur: 'ja' as const } : {}),
              ...(status ? { status } : {}),
              pagina,
              perPagina: PER_PAGINA,
            },
          },
        }),
      ),
  });
  const link = (f: Filter, s: CasusStatus | undefined, p = 1) =>
    `/casussen?${new URLSearchParams({ ...(f !== 'open' ? { filter: f } : {}), ...(s ? { status: s } : {}), ...(p > 1 ? { pagina: String(p) } : {}) }).toString()}`;

  return (
    <>
      <h1 className="utrecht-heading-1">Casussen</h1>
      <p className="utrecht-paragraph">
        De casussen van je RMC-regio: jongeren die je benadert, begeleidt en volgt tot ze een plek hebben. Kies een casus voor de signalen, de
        geschiedenis en de volgende stap.
      </p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/casussen/nieuw">
          Een casus met de hand openen
        </Link>
      </p>
      <form className="sluitend-formulier sluitend-filters" onSubmit={(event) => event.preventDefault()}>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="filter">
            Toon
          </label>
          <select
            id="filter"
            className="utrecht-select"
            value={filter}
            onChange={(event) => void navigate(link(event.target.value as Filter, status))}
          >
            {Object.entries(FILTERS).map(([waarde, label]) => (
              <option key={waarde} value={waarde}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="status">
            Status
          </label>
          <select
            id="status"
            className="utrecht-select"
            value={status ?? ''}
            onChange={(event) => void navigate(link(filter, (event.target.value || undefined) as CasusStatus | undefined))}
          >
            <option value="">Alle statussen</option>
            {Object.entries(CASUS_STATUS).map(([waarde, label]) => (
              <option key={waarde} value={waarde}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </form>
      {casussen.isPending && <Laden wat="Casussen" />}
      {casussen.isError && <Fout fout={casussen.error} wat="De casussen" />}
      {casussen.data && casussen.data.casussen.length === 0 && (
        <Leeg>
          Geen casussen bij dit filter ({FILTERS[filter].toLowerCase()}
          {status ? `, status ${CASUS_STATUS[status].toLowerCase()}` : ''}).
        </Leeg>
      )}
      {casussen.data && casussen.data.casussen.length > 0 && (
        <>
          <table className="sluitend-tabel">
            <caption className="utrecht-paragraph sluitend-bijschrift">
              {casussen.data.totaal} {casussen.data.totaal === 1 ? 'casus' : 'casussen'} ({FILTERS[filter].toLowerCase()}
              {status ? `, status ${CASUS_STATUS[status].toLowerCase()}` : ''}), pagina {casussen.data.pagina} van{' '}
              {Math.max(1, Math.ceil(casussen.data.totaal / casussen.data.perPagina))}
            </caption>
            <thead>
              <tr>
                <th scope="col">Casus</th>
                <th scope="col">Status</th>
                <th scope="col">Aanleiding</th>
                <th scope="col">Casusregisseur</th>
                <th scope="col">Geopend</th>
                <th scope="col">Laatst gewijzigd</th>
              </tr>
            </thead>
            <tbody>
              {casussen.data.casussen.map((casus) => (
                <tr key={casus.id}>
                  <td>
                    <Link className="utrecht-link" to={`/casussen/${casus.id}`} state={{ terug: `/casussen${location.search}` }}>
                      Casus {casus.id.slice(0, 8)}
                    </Link>
                  </td>
                  <td>{CASUS_STATUS[casus.status]}</td>
                  <td>{casus.handmatigeAanleiding ? HANDMATIGE_AANLEIDINGEN[casus.handmatigeAanleiding] : AANLEIDINGEN[casus.aanleiding]}</td>
                  <td>{casus.casusregisseur?.naam ?? 'Nog niemand'}</td>
                  <td>{formatDatumTijd(casus.geopendOp)}</td>
                  <td>{formatDatumTijd(casus.gewijzigdOp)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Paging
            pagina={casussen.data.pagina}
            totaal={casussen.data.totaal}
            perPagina={casussen.data.perPagina}
            link={(p) => link(filter, status, p)}
          />
        </>
      )}
    </>
  );
}

/** Opening a case by hand: a young person walks in, a school, partner or parents ask. */
export function NieuweCasusPagina() {
  useTitel('Casus openen');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [persoonsnummer, setPersoonsnummer] = useState('');
  const [aanleiding, setAanleiding] = useState<Aanleiding>('jongere-zelf');
  const [toelichting, setToelichting] = useState('');
  const [veldFout, setVeldFout] = useState<string>();
  const openen = useMutation({
    mutationFn: () =>
      data(
        trajecten.POST('/api/trajecten/casussen', {
          body: { persoonsnummer: persoonsnummer.trim(), aanleiding, ...(toelichting.trim() ? { toelichting: toelichting.trim() } : {}) },
        }),
      ),
    onSuccess: async (casus) => {
      await queryClient.invalidateQueries({ queryKey: ['casussen'] });
      void navigate(`/casussen/${casus.id}`, { state: { geopend: true } });
    },
  });
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{9}$/.test(persoonsnummer.trim())) {
      setVeldFout('Vul een BSN of onderwijsnummer van 9 cijfers in.');
      return;
    }
    setVeldFout(undefined);
    openen.mutate();
  };
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/casussen">
          ← Terug naar de casussen
        </Link>
      </p>
      <h1 className="utrecht-heading-1">Casus openen</h1>
      <p className="utrecht-paragraph">
        Open een casus voor een jongere in je regio die zich zelf meldt of door een school, partner of ouders wordt aangemeld. Het nummer wordt alleen
        als pseudoniem bewaard. Heeft de jongere al een open casus in je regio, dan zie je welke.
      </p>
      {openen.error && <Fout fout={openen.error} wat="De casus openen" />}
      <form className="sluitend-formulier" onSubmit={verstuur} noValidate>
        <div className={`utrecht-form-field${veldFout ? ' utrecht-form-field--invalid' : ''}`}>
          <label className="utrecht-form-label" htmlFor="persoonsnummer">
            BSN of onderwijsnummer
          </label>
          {veldFout && (
            <p id="persoonsnummer-fout" className="utrecht-form-field-error-message">
              {veldFout}
            </p>
          )}
          <input
            id="persoonsnummer"
            className="utrecht-textbox"
            inputMode="numeric"
            autoComplete="off"
            value={persoonsnummer}
            aria-invalid={veldFout ? true : undefined}
            aria-describedby={veldFout ? 'persoonsnummer-fout' : undefined}
            onChange={(event) => setPersoonsnummer(event.target.value)}
          />
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="aanleiding">
            Aanleiding
          </label>
          <select id="aanleiding" className="utrecht-select" value={aanleiding} onChange={(event) => setAanleiding(event.target.value as Aanleiding)}>
            {Object.entries(HANDMATIGE_AANLEIDINGEN).map(([waarde, label]) => (
              <option key={waarde} value={waarde}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="toelichting">
            Toelichting (zonder namen of BSN)
          </label>
          <textarea
            id="toelichting"
            className="utrecht-textarea"
            rows={3}
            maxLength={2000}
            value={toelichting}
            onChange={(event) => setToelichting(event.target.value)}
          />
        </div>
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={openen.isPending}>
            Casus openen
          </button>
        </div>
      </form>
    </>
  );
}

/** One case: its facts, the steps it allows now (the service says which), contact attempts, signals and history. */
export function CasusPagina() {
  const { id = '' } = useParams();
  const state = useLocation().state as { terug?: string; geopend?: boolean } | null;
  const terug = state?.terug ?? '/casussen';
  const casus = useQuery({
    queryKey: ['casus', id],
    queryFn: () => data(trajecten.GET('/api/trajecten/casussen/{id}', { params: { path: { id } } })),
  });
  useTitel(casus.data ? `Casus ${casus.data.id.slice(0, 8)}` : 'Casus');
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={terug}>
          ← Terug naar de casussen
        </Link>
      </p>
      {casus.isPending && <Laden wat="De casus" />}
      {casus.isError && <Fout fout={casus.error} wat="Deze casus" />}
      {casus.data && <CasusDetails casus={casus.data} geopend={state?.geopend === true} />}
    </>
  );
}

function CasusDetails({ casus, geopend }: { casus: Casus; geopend: boolean }) {
  const { gebruiker } = useAuth();
  const queryClient = useQueryClient();
  const [gelukt, setGelukt] = useState<string | undefined>(geopend ? 'De casus is geopend.' : undefined);
  const [afsluiten, setAfsluiten] = useState(false);
  const pad = { params: { path: { id: casus.id } } };
  const ververs = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: ['casus', casus.id] }), queryClient.invalidateQueries({ queryKey: ['casussen'] })]);
  const stap = useMutation({
    mutationFn: (body: components['schemas']['ZetCasusStapDto']) => data(trajecten.POST('/api/trajecten/casussen/{id}/stappen', { ...pad, body })),
    onSuccess: async (_antwoord, body) => {
      setGelukt(`Stap gezet: ${STAPPEN[body.actie].toLowerCase()}.`);
      setAfsluiten(false);
      await ververs();
    },
  });
  const regisseur = useMutation({
    mutationFn: () =>
      data(
        trajecten.POST('/api/trajecten/casussen/{id}/casusregisseur', { ...pad, body: { sub: gebruiker?.sub ?? '', naam: gebruiker?.naam ?? '' } }),
      ),
    onSuccess: async () => {
      setGelukt('Je bent nu de casusregisseur.');
      await ververs();
    },
  });
  const open = casus.afgeslotenOp === null && casus.status !== 'afgesloten';
  const ikBenRegisseur = casus.casusregisseur?.sub === gebruiker?.sub;
  const bezig = stap.isPending || regisseur.isPending;

  return (
    <>
      <h1 className="utrecht-heading-1">
        Casus {casus.id.slice(0, 8)}: {CASUS_STATUS[casus.status]}
      </h1>
      {gelukt && (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{gelukt}</p>
        </Melding>
      )}
      {(stap.error ?? regisseur.error) && <Fout fout={stap.error ?? regisseur.error} wat="Deze stap" />}
      <dl className="sluitend-velden">
        <dt>Status</dt>
        <dd>{CASUS_STATUS[casus.status]}</dd>
        <dt>Casusregisseur</dt>
        <dd>{casus.casusregisseur ? `${casus.casusregisseur.naam}${ikBenRegisseur ? ' (jij)' : ''}` : 'Nog niemand'}</dd>
        <dt>Aanleiding</dt>
        <dd>{casus.handmatigeAanleiding ? HANDMATIGE_AANLEIDINGEN[casus.handmatigeAanleiding] : AANLEIDINGEN[casus.aanleiding]}</dd>
        <dt>Jongere (pseudoniem)</dt>
        <dd>
          <code>{casus.jongereId}</code>
        </dd>
        <dt>RMC-regio</dt>
        <dd>{regioLabel(casus.rmcRegio)}</dd>
        <dt>Geopend</dt>
        <dd>{formatDatumTijd(casus.geopendOp)}</dd>
        {casus.uitkomst && (
          <>
            <dt>Uitkomst</dt>
            <dd>
              {UITKOMST_CATEGORIEEN[casus.uitkomst.categorie]}
              {casus.uitkomst.urenPerWeek !== undefined ? `, ${casus.uitkomst.urenPerWeek} uur per week` : ''}
              {casus.uitkomst.inkomensklasse ? `, inkomen ${INKOMENSKLASSEN[casus.uitkomst.inkomensklasse]} per maand` : ''}
              {casus.uitkomst.toelichting ? ` (${casus.uitkomst.toelichting})` : ''}
            </dd>
            <dt>Afgesloten</dt>
            <dd>{formatDatumTijd(casus.afgeslotenOp)}</dd>
          </>
        )}
      </dl>

      {open && (
        <section aria-labelledby="stappen">
          <h2 id="stappen" className="utrecht-heading-2">
            Volgende stap
          </h2>
          <div className="sluitend-knoppen">
            {!ikBenRegisseur && (
              <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={bezig} onClick={() => regisseur.mutate()}>
                {casus.casusregisseur ? 'Casusregie overnemen' : 'Ik word casusregisseur'}
              </button>
            )}
            {casus.toegestaneStappen
              .filter((actie) => actie !== 'afsluiten')
              .map((actie) => (
                <button
                  key={actie}
                  type="button"
                  className={`utrecht-button utrecht-button--${actie === 'afwijzen' || actie === 'onbereikbaar-melden' ? 'secondary' : 'primary'}-action`}
                  disabled={bezig}
                  onClick={() => stap.mutate({ actie })}
                >
                  {STAPPEN[actie]}
                </button>
              ))}
            {casus.toegestaneStappen.includes('afsluiten') && !afsluiten && (
              <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={bezig} onClick={() => setAfsluiten(true)}>
                {STAPPEN.afsluiten}
              </button>
            )}
          </div>
          {casus.toegestaneStappen.length === 0 && <p className="utrecht-paragraph">In deze status is geen stap mogelijk.</p>}
          {afsluiten && (
            <AfsluitFormulier
              bezig={bezig}
              onAfsluiten={(uitkomst, toelichting) => stap.mutate({ actie: 'afsluiten', uitkomst, ...(toelichting ? { toelichting } : {}) })}
              onAnnuleren={() => setAfsluiten(false)}
            />
          )}
        </section>
      )}

      <CasusTijdlijn casus={casus} />

      <Contactpogingen casusId={casus.id} open={open} />

      <ScreeningSectie casusId={casus.id} magVastleggen={open} onGewijzigd={() => void ververs()} />

      <PlanSectie casusId={casus.id} magWijzigen={open} onGewijzigd={() => void ververs()} />

      <OverdrachtSectie casusId={casus.id} open={open} onGewijzigd={() => void ververs()} />

      <section aria-labelledby="signalen">
        <h2 id="signalen" className="utrecht-heading-2">
          Signalen
        </h2>
        {casus.signalen.length === 0 ? (
          <p className="utrecht-paragraph">Geen signalen gekoppeld aan deze casus.</p>
        ) : (
          <table className="sluitend-tabel">
            <thead>
              <tr>
                <th scope="col">Signaal</th>
                <th scope="col">Ontvangen</th>
                <th scope="col">Opende de casus</th>
              </tr>
            </thead>
            <tbody>
              {casus.signalen.map((signaal) => (
                <tr key={signaal.signaalEventId}>
                  <td>{CASUS_SIGNALEN[signaal.signaalSoort] ?? signaal.signaalSoort}</td>
                  <td>{formatDatumTijd(signaal.ontvangenOp)}</td>
                  <td>{signaal.opende ? 'ja' : 'nee, gekoppeld'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="geschiedenis">
        <h2 id="geschiedenis" className="utrecht-heading-2">
          Geschiedenis
        </h2>
        {casus.historie.length === 0 ? (
          <p className="utrecht-paragraph">Nog niets gebeurd met deze casus.</p>
        ) : (
          <table className="sluitend-tabel">
            <thead>
              <tr>
                <th scope="col">Wanneer</th>
                <th scope="col">Wat</th>
                <th scope="col">Status</th>
                <th scope="col">Door</th>
                <th scope="col">Toelichting</th>
              </tr>
            </thead>
            <tbody>
              {casus.historie.map((regel, index) => (
                <tr key={`${regel.op}-${index}`}>
                  <td>{formatDatumTijd(regel.op)}</td>
                  <td>{HISTORIE_ACTIES[regel.actie] ?? regel.actie}</td>
                  <td>
                    {regel.vanStatus ? `${CASUS_STATUS[regel.vanStatus]} → ` : ''}
                    {regel.naarStatus ? CASUS_STATUS[regel.naarStatus] : '—'}
                  </td>
                  <td>{regel.door ?? 'Sluitend'}</td>
                  <td>
                    {(regel.actie === 'geopend' && regel.toelichting ? HANDMATIGE_AANLEIDINGEN[regel.toelichting as Aanleiding] : undefined) ??
                      regel.toelichting ??
                      '—'}
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

/** No case closes without an outcome in the effectrapportage categories: the form asks for one. */
function AfsluitFormulier({
  bezig,
  onAfsluiten,
  onAnnuleren,
}: {
  bezig: boolean;
  onAfsluiten: (uitkomst: NonNullable<Casus['uitkomst']>, toelichting?: string) => void;
  onAnnuleren: () => void;
}) {
  const [categorie, setCategorie] = useState<UitkomstCategorie | ''>('');
  const [inkomensklasse, setInkomensklasse] = useState<Inkomensklasse | ''>('');
  const [uren, setUren] = useState('');
  const [toelichting, setToelichting] = useState('');
  const [fout, setFout] = useState<string>();
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    if (!categorie) {
      setFout('Kies een uitkomst.');
      return;
    }
    const urenPerWeek = uren.trim() ? Number(uren.replace(',', '.')) : undefined;
    if (urenPerWeek !== undefined && (!Number.isFinite(urenPerWeek) || urenPerWeek < 0 || urenPerWeek > 168)) {
      setFout('Vul een aantal uren per week tussen 0 en 168 in, of laat het leeg.');
      return;
    }
    setFout(undefined);
    // The income class only with werk zonder startkwalificatie, and only when known ("onbekend" sends nothing).
    const metInkomen = categorie === 'werk-zonder-startkwalificatie' && inkomensklasse ? { inkomensklasse } : {};
    onAfsluiten({ categorie, ...(urenPerWeek !== undefined ? { urenPerWeek } : {}), ...metInkomen }, toelichting.trim() || undefined);
  };
  return (
    <form className="sluitend-formulier" onSubmit={verstuur} noValidate aria-labelledby="afsluiten-kop">
      <h3 id="afsluiten-kop" className="utrecht-heading-3">
        Afsluiten met uitkomst
      </h3>
      {fout && (
        <p id="afsluit-fout" className="utrecht-form-field-error-message" role="alert">
          {fout}
        </p>
      )}
      <div className={`utrecht-form-field${fout ? ' utrecht-form-field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor="uitkomst">
          Uitkomst
        </label>
        <select
          id="uitkomst"
          className="utrecht-select"
          value={categorie}
          aria-describedby={fout ? 'afsluit-fout' : undefined}
          onChange={(event) => setCategorie(event.target.value as UitkomstCategorie | '')}
        >
          <option value="">Kies een uitkomst</option>
          {Object.entries(UITKOMST_CATEGORIEEN).map(([waarde, label]) => (
            <option key={waarde} value={waarde}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {categorie === 'werk-zonder-startkwalificatie' && (
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="inkomensklasse">
            Inkomen uit werk per maand
          </label>
          <p id="inkomensklasse-uitleg" className="utrecht-form-field-description">
            Alleen de klasse, nooit het bedrag. Kies onbekend als je het niet weet.
          </p>
          <select
            id="inkomensklasse"
            className="utrecht-select"
            value={inkomensklasse}
            aria-describedby="inkomensklasse-uitleg"
            onChange={(event) => setInkomensklasse(event.target.value as Inkomensklasse | '')}
          >
            <option value="">onbekend</option>
            {Object.entries(INKOMENSKLASSEN).map(([waarde, label]) => (
              <option key={waarde} value={waarde}>
                {label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="uren">
          Uren per week (onderwijs of werk, mag leeg)
        </label>
        <input id="uren" className="utrecht-textbox" inputMode="decimal" value={uren} onChange={(event) => setUren(event.target.value)} />
      </div>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="afsluit-toelichting">
          Toelichting (zonder namen of BSN)
        </label>
        <textarea
          id="afsluit-toelichting"
          className="utrecht-textarea"
          rows={3}
          maxLength={2000}
          value={toelichting}
          onChange={(event) => setToelichting(event.target.value)}
        />
      </div>
      <div className="sluitend-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
          Casus afsluiten
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onAnnuleren}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

function Contactpogingen({ casusId, open }: { casusId: string; open: boolean }) {
  const queryClient = useQueryClient();
  const pad = { params: { path: { id: casusId } } };
  const pogingen = useQuery({
    queryKey: ['contactpogingen', casusId],
    queryFn: () => data(trajecten.GET('/api/trajecten/casussen/{id}/contactpogingen', pad)),
  });
  const [soort, setSoort] = useState<Contactsoort>('telefoon');
  const [bereikt, setBereikt] = useState<'ja' | 'nee'>('ja');
  const [toelichting, setToelichting] = useState('');
  const [gelukt, setGelukt] = useState<string>();
  useEffect(() => setGelukt(undefined), [casusId]);
  const vastleggen = useMutation({
    mutationFn: () =>
      data(
        trajecten.POST('/api/trajecten/casussen/{id}/contactpogingen', {
          ...pad,
          body: { soort, bereikt: bereikt === 'ja', ...(toelichting.trim() ? { toelichting: toelichting.trim() } : {}) },
        }),
      ),
    onSuccess: async () => {
      setGelukt('De contactpoging is vastgelegd.');
      setToelichting('');
      await queryClient.invalidateQueries({ queryKey: ['contactpogingen', casusId] });
    },
  });
  return (
    <section aria-labelledby="contactpogingen">
      <h2 id="contactpogingen" className="utrecht-heading-2">
        Contactpogingen
      </h2>
      {pogingen.isPending && <Laden wat="Contactpogingen" />}
      {pogingen.isError && <Fout fout={pogingen.error} wat="De contactpogingen" />}
      {pogingen.data && pogingen.data.contactpogingen.length === 0 && <p className="utrecht-paragraph">Nog geen contactpogingen.</p>}
      {pogingen.data && pogingen.data.contactpogingen.length > 0 && (
        <table className="sluitend-tabel">
          <thead>
            <tr>
              <th scope="col">Wanneer</th>
              <th scope="col">Soort</th>
              <th scope="col">Bereikt</th>
              <th scope="col">Door</th>
              <th scope="col">Toelichting</th>
            </tr>
          </thead>
          <tbody>
            {pogingen.data.contactpogingen.map((poging) => (
              <tr key={poging.id}>
                <td>{formatDatumTijd(poging.op)}</td>
                <td>{CONTACTSOORTEN[poging.soort]}</td>
                <td>{poging.bereikt ? 'ja' : 'nee'}</td>
                <td>{poging.door}</td>
                <td>{poging.toelichting ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && (
        <form
          className="sluitend-formulier"
          aria-labelledby="poging-kop"
          onSubmit={(event) => {
            event.preventDefault();
            vastleggen.mutate();
          }}
        >
          <h3 id="poging-kop" className="utrecht-heading-3">
            Contactpoging vastleggen
          </h3>
          {gelukt && (
            <Melding soort="ok">
              <p className="utrecht-paragraph">{gelukt}</p>
            </Melding>
          )}
          {vastleggen.error && <Fout fout={vastleggen.error} wat="De contactpoging" />}
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="soort">
              Soort contact
            </label>
            <select id="soort" className="utrecht-select" value={soort} onChange={(event) => setSoort(event.target.value as Contactsoort)}>
              {Object.entries(CONTACTSOORTEN).map(([waarde, label]) => (
                <option key={waarde} value={waarde}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="bereikt">
              Jongere bereikt
            </label>
            <select id="bereikt" className="utrecht-select" value={bereikt} onChange={(event) => setBereikt(event.target.value as 'ja' | 'nee')}>
              <option value="ja">Ja</option>
              <option value="nee">Nee</option>
            </select>
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="poging-toelichting">
              Toelichting (zonder namen of BSN)
            </label>
            <textarea
              id="poging-toelichting"
              className="utrecht-textarea"
              rows={2}
              maxLength={2000}
              value={toelichting}
              onChange={(event) => setToelichting(event.target.value)}
            />
          </div>
          <div>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={vastleggen.isPending}>
              Contactpoging vastleggen
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** The region's rule table: per signal kind whether it opens a case or only attaches to an open one (the coordinator sets it). */
export function CasusregelsPagina() {
  useTitel('Casusregels');
  const { gebruiker } = useAuth();
  const regio = gebruiker?.org.code ?? '';
  const queryClient = useQueryClient();
  const regels = useQuery({
    queryKey: ['casusregels', regio],
    queryFn: () => data(trajecten.GET('/api/trajecten/casusregels/{rmcRegio}', { params: { path: { rmcRegio: regio } } })),
  });
  const [keuzes, setKeuzes] = useState<Record<string, Regel['regel']>>({});
  const [gelukt, setGelukt] = useState<string>();
  useEffect(() => {
    if (regels.data) setKeuzes(Object.fromEntries(regels.data.regels.map((regel) => [regel.signaalSoort, regel.regel])));
  }, [regels.data]);
  const opslaan = useMutation({
    mutationFn: () =>
      data(
        trajecten.PUT('/api/trajecten/casusregels/{rmcRegio}', {
          params: { path: { rmcRegio: regio } },
          body: {
            regels: (regels.data?.regels ?? [])
              .filter((regel) => regel.bron !== 'vast')
              .map((regel) => ({ signaalSoort: regel.signaalSoort, regel: keuzes[regel.signaalSoort] ?? regel.regel })),
          },
        }),
      ),
    onSuccess: async () => {
      setGelukt('De regeltabel is opgeslagen.');
      await queryClient.invalidateQueries({ queryKey: ['casusregels', regio] });
    },
  });
  const BRON: Record<Regel['bron'], string> = { vast: 'Vast (wet)', regio: 'Door de regio gekozen', standaard: 'Standaard' };
  return (
    <>
      <h1 className="utrecht-heading-1">Casusregels van {regioLabel(regio)}</h1>
      <p className="utrecht-paragraph">
        Per soort signaal: opent het een casus, of koppelt het alleen aan een open casus van dezelfde jongere? Een vaste regel kan de regio niet
        wijzigen.
      </p>
      {gelukt && (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{gelukt}</p>
        </Melding>
      )}
      {regels.isPending && <Laden wat="De regeltabel" />}
      {regels.isError && <Fout fout={regels.error} wat="De regeltabel" />}
      {opslaan.error && <Fout fout={opslaan.error} wat="Opslaan" />}
      {regels.data && regels.data.regels.length === 0 && <Leeg>Deze regio heeft geen regels.</Leeg>}
      {regels.data && regels.data.regels.length > 0 && (
        <form
          className="sluitend-formulier sluitend-formulier--breed"
          onSubmit={(event) => {
            event.preventDefault();
            setGelukt(undefined);
            opslaan.mutate();
          }}
        >
          <table className="sluitend-tabel">
            <caption className="utrecht-paragraph sluitend-bijschrift">Regeltabel per soort signaal</caption>
            <thead>
              <tr>
                <th scope="col">Soort signaal</th>
                <th scope="col">Regel</th>
                <th scope="col">Herkomst</th>
              </tr>
            </thead>
            <tbody>
              {regels.data.regels.map((regel) => (
                <tr key={regel.signaalSoort}>
                  <th scope="row">
                    <label htmlFor={`regel-${regel.signaalSoort}`}>{CASUS_SIGNALEN[regel.signaalSoort] ?? regel.signaalSoort}</label>
                  </th>
                  <td>
                    <select
                      id={`regel-${regel.signaalSoort}`}
                      className="utrecht-select"
                      disabled={regel.bron === 'vast'}
                      value={keuzes[regel.signaalSoort] ?? regel.regel}
                      onChange={(event) => setKeuzes({ ...keuzes, [regel.signaalSoort]: event.target.value as Regel['regel'] })}
                    >
                      <option value="opent">Opent een casus</option>
                      <option value="koppelt">Koppelt alleen</option>
                    </select>
                  </td>
                  <td>{BRON[regel.bron]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={opslaan.isPending}>
              Regeltabel opslaan
            </button>
          </div>
        </form>
      )}
    </>
  );
}
