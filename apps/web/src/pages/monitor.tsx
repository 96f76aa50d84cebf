import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { data, overstap } from '../api/client';
import { useAuth } from '../auth';
import { Fout, Laden, Leeg } from '../components/status';
import { useKlok } from '../klok';
import { BESTEMMINGEN, formatDatum, gemeenteLabel, MONITOR_FILTERS, MONITOR_STATUS, regelLabel } from '../teksten';
import { OpgeslagenMelding } from './dossiers';
import { Paging } from './signalen';
import { LIVE_QUERIES_MONITOR, LiveStatus } from '../components/live-status';
import { POLL_MS, useLive } from '../live';
import { useTitel } from './titel';

type Filter = keyof typeof MONITOR_FILTERS;
const PER_PAGINA = 25;
const isFilter = (value: string | null): value is Filter => value !== null && value in MONITOR_FILTERS;

/** The doorstroommonitor: the school's (or region's) leavers of a schooljaar with their overstap status. */
export function MonitorPagina() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  // Only the school itself may open a dossier (overstap answers 404 to anyone else).
  const eigenSchool = useAuth().gebruiker?.org.type === 'vo-school';
  const klok = useKlok();
  const filter: Filter = isFilter(params.get('filter')) ? (params.get('filter') as Filter) : 'alle';
  const pagina = Math.max(1, Number(params.get('pagina')) || 1);
  const schooljaar = params.get('schooljaar') ?? klok.data?.schooljaar;
  useTitel(`Doorstroommonitor${filter !== 'alle' ? `: ${MONITOR_FILTERS[filter]}` : ''}`);

  // New aanmeldingen (and other changes of its students) arrive live; without the stream it looks every 15 seconds.
  const live = useLive('monitor', LIVE_QUERIES_MONITOR);
  const leerlingen = useQuery({
    queryKey: ['monitor', schooljaar, filter, pagina],
    enabled: schooljaar !== undefined,
    refetchInterval: live ? false : POLL_MS,
    queryFn: () =>
      data(
        overstap.GET('/api/overstap/monitor/leerlingen', {
          params: { query: { schooljaar: schooljaar as string, filter, limit: PER_PAGINA, offset: (pagina - 1) * PER_PAGINA } },
        }),
      ),
  });
  const link = (f: Filter, p = 1) =>
    `/monitor?${new URLSearchParams({ ...(f !== 'alle' ? { filter: f } : {}), ...(params.get('schooljaar') ? { schooljaar: params.get('schooljaar') as string } : {}), ...(p > 1 ? { pagina: String(p) } : {}) }).toString()}`;

  return (
    <>
      <h1 className="utrecht-heading-1">Doorstroommonitor{schooljaar ? ` ${schooljaar}` : ''}</h1>
      <p className="utrecht-paragraph">
        {eigenSchool
          ? 'Je leerlingen die dit schooljaar de overstap maken, met de stand van hun aanmeldingen en de signalen. Kies een leerling voor het dossier.'
          : 'De jongeren in je regio die dit schooljaar de overstap maken, met de stand van hun aanmeldingen en de signalen. Het dossier zelf ziet alleen de eigen school.'}
      </p>
      <LiveStatus live={live} />
      <form className="sluitend-formulier" onSubmit={(event) => event.preventDefault()}>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="filter">
            Toon
          </label>
          <select id="filter" className="utrecht-select" value={filter} onChange={(event) => void navigate(link(event.target.value as Filter))}>
            {Object.entries(MONITOR_FILTERS).map(([waarde, label]) => (
              <option key={waarde} value={waarde}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </form>
      {klok.isError && <Fout fout={klok.error} wat="Het schooljaar" />}
      {leerlingen.isPending && schooljaar !== undefined && <Laden wat="Leerlingen" />}
      {leerlingen.isError && <Fout fout={leerlingen.error} wat="De monitor" />}
      {leerlingen.data && leerlingen.data.items.length === 0 && <Leeg>Geen leerlingen bij dit filter in schooljaar {schooljaar}.</Leeg>}
      {leerlingen.data && leerlingen.data.items.length > 0 && (
        <>
          <table className="sluitend-tabel">
            <caption className="utrecht-paragraph sluitend-bijschrift">
              {leerlingen.data.totaal} {leerlingen.data.totaal === 1 ? 'leerling' : 'leerlingen'} ({MONITOR_FILTERS[filter].toLowerCase()})
            </caption>
            <thead>
              <tr>
                <th scope="col">Leerling</th>
                <th scope="col">Vestiging</th>
                <th scope="col">Keuze</th>
                <th scope="col">Status</th>
                <th scope="col">Aanmeldingen</th>
                <th scope="col">Signalen</th>
              </tr>
            </thead>
            <tbody>
              {leerlingen.data.items.map((leerling) => (
                <tr key={leerling.dossierId}>
                  <td>
                    {eigenSchool ? (
                      <Link className="utrecht-link" to={`/monitor/${leerling.dossierId}`} state={{ terug: `/monitor${location.search}` }}>
                        {leerling.naam}
                      </Link>
                    ) : (
                      leerling.naam
                    )}
                  </td>
                  <td>{leerling.vestiging}</td>
                  <td>{BESTEMMINGEN[leerling.bestemming] ?? leerling.bestemming}</td>
                  <td>{MONITOR_STATUS[leerling.status] ?? leerling.status}</td>
                  <td>{leerling.aanmeldingen === 0 ? 'geen' : `${leerling.aanmeldingen}, waarvan ${leerling.levend} lopend`}</td>
                  <td>{leerling.signalen.length === 0 ? '—' : leerling.signalen.map(regelLabel).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Paging pagina={pagina} totaal={leerlingen.data.totaal} perPagina={PER_PAGINA} link={(p) => link(filter, p)} />
        </>
      )}
    </>
  );
}

/** A student's doorstroomdossier (the latest version), as the school submitted it. */
export function LeerlingPagina() {
  const { dossierId = '' } = useParams();
  // Back to the monitor as the user left it (its filter and page), else to the whole monitor.
  const terug = (useLocation().state as { terug?: string } | null)?.terug ?? '/monitor';
  const dossier = useQuery({
    queryKey: ['dossier', dossierId],
    queryFn: () => data(overstap.GET('/api/overstap/dossiers/{id}', { params: { path: { id: dossierId } } })),
  });
  const inhoud = dossier.data?.inhoud;
  useTitel(inhoud ? `Dossier van ${inhoud.leerling.voornamen} ${inhoud.leerling.achternaam}` : 'Dossier');
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={terug}>
          ← Terug naar de monitor
        </Link>
      </p>
      {dossier.isPending && <Laden wat="Het dossier" />}
      {dossier.isError && <Fout fout={dossier.error} wat="Dit dossier" />}
      {dossier.data && inhoud && (
        <>
          <h1 className="utrecht-heading-1">
            Dossier van {inhoud.leerling.voornamen} {inhoud.leerling.achternaam}
          </h1>
          <OpgeslagenMelding />
          <p className="utrecht-paragraph">
            Versie {dossier.data.versie}, schooljaar {dossier.data.schooljaar}.{' '}
            <Link className="utrecht-link" to={`/dossiers/${dossier.data.dossierId}/bewerken`}>
              Dossier bewerken
            </Link>
          </p>
          <h2 className="utrecht-heading-2">Leerling</h2>
          <dl className="sluitend-velden">
            <dt>Geboortedatum</dt>
            <dd>{formatDatum(inhoud.leerling.geboortedatum)}</dd>
            <dt>Postcode</dt>
            <dd>{inhoud.leerling.postcode}</dd>
            <dt>Woongemeente</dt>
            <dd>{gemeenteLabel(inhoud.leerling.woongemeente)}</dd>
            <dt>School</dt>
            <dd>
              {inhoud.school.brin}, vestiging {inhoud.school.vestiging}
            </dd>
          </dl>
          <h2 className="utrecht-heading-2">Opleiding</h2>
          <dl className="sluitend-velden">
            <dt>Onderwijstype</dt>
            <dd>{inhoud.opleiding.onderwijstype}</dd>
            <dt>Leerjaar</dt>
            <dd>{inhoud.opleiding.leerjaar}</dd>
            {inhoud.opleiding.uitstroomprofiel && (
              <>
                <dt>Uitstroomprofiel</dt>
                <dd>{inhoud.opleiding.uitstroomprofiel}</dd>
              </>
            )}
          </dl>
          <h2 className="utrecht-heading-2">Keuze</h2>
          <dl className="sluitend-velden">
            <dt>Bestemming</dt>
            <dd>{BESTEMMINGEN[inhoud.keuze.bestemming] ?? inhoud.keuze.bestemming}</dd>
            <dt>Opleidingen</dt>
            <dd>
              {inhoud.keuze.opleidingen.length === 0
                ? 'geen'
                : inhoud.keuze.opleidingen.map((o) => `crebo ${o.crebo} (niveau ${o.niveau}${o.instelling ? `, ${o.instelling}` : ''})`).join('; ')}
            </dd>
            {inhoud.keuze.keuzeproces && (
              <>
                <dt>Keuzeproces</dt>
                <dd>{inhoud.keuze.keuzeproces}</dd>
              </>
            )}
          </dl>
        </>
      )}
    </>
  );
}
