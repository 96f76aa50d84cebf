import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { AlertMetHistorie, ApiFout, data, notificaties, trajecten, Uitkomst } from '../api/client';
import { useAuth } from '../auth';
import { Fout, Laden, Leeg, Melding } from '../components/status';
import { ALERT_STATUS, formatDatumTijd, gemeenteLabel, regioLabel, SIGNAAL_TYPES, SIGNAAL_UITLEG, signaalLabel, UITKOMSTEN } from '../teksten';
import { LIVE_QUERIES_INBOX as LIVE_QUERIES, LiveStatus } from '../components/live-status';
import { POLL_MS, useLive } from '../live';
import { useTitel } from './titel';

const STATUSSEN = ['nieuw', 'gezien', 'opgepakt', 'afgehandeld'] as const;
type Status = (typeof STATUSSEN)[number];
const PER_PAGINA = 20;

/** The young person's pseudonym, or a dash when the signal names none. */
const pseudoniem = (waarde: string | null | undefined) => waarde || '—';

function StatusLabel({ status }: { status: string }) {
  return <span className={`sluitend-status sluitend-status--${status}`}>{ALERT_STATUS[status] ?? status}</span>;
}

/** The inbox of the user's organisation: counts per status, a page of alerts, filter and paging in the URL. */
export function InboxPagina() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const status = STATUSSEN.find((s) => s === params.get('status'));
  const signaalType = Object.keys(SIGNAAL_TYPES).find((type) => type === params.get('signaalType'));
  const pagina = Math.max(1, Number(params.get('pagina')) || 1);
  useTitel(status ? `Signalen: ${ALERT_STATUS[status]}` : 'Signalen');

  // New and changed alerts arrive live (server-sent events); without the stream an open inbox looks every 15 seconds.
  const live = useLive('alerts', LIVE_QUERIES);
  const tellingen = useQuery({
    queryKey: ['tellingen'],
    queryFn: () => data(notificaties.GET('/api/notificaties/alerts/tellingen')),
    refetchInterval: live ? false : POLL_MS,
  });
  const inbox = useQuery({
    queryKey: ['inbox', status ?? 'alle', signaalType ?? 'alle', pagina],
    queryFn: () => data(notificaties.GET('/api/notificaties/alerts', { params: { query: { status, signaalType, pagina, perPagina: PER_PAGINA } } })),
    refetchInterval: live ? false : POLL_MS,
  });
  const link = (s: Status | undefined, p = 1, type = signaalType) =>
    `/signalen?${new URLSearchParams({ ...(s ? { status: s } : {}), ...(type ? { signaalType: type } : {}), ...(p > 1 ? { pagina: String(p) } : {}) }).toString()}`;

  return (
    <>
      <h1 className="utrecht-heading-1">Signalen</h1>
      <p className="utrecht-paragraph">
        Signalen over jongeren die uit beeld dreigen te raken. Pak een signaal op en handel het af met een uitkomst.
      </p>
      <LiveStatus live={live} />
      {tellingen.isError && <Fout fout={tellingen.error} wat="De aantallen" />}
      <nav aria-label="Filter op status">
        <ul className="sluitend-tabs">
          <li>
            <Link to={link(undefined)} aria-current={!status ? 'page' : undefined}>
              Alle{tellingen.data ? ` (${tellingen.data.totaal})` : ''}
            </Link>
          </li>
          {STATUSSEN.map((s) => (
            <li key={s}>
              <Link to={link(s)} aria-current={status === s ? 'page' : undefined}>
                {ALERT_STATUS[s]}
                {tellingen.data ? ` (${tellingen.data.perStatus[s]})` : ''}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form className="sluitend-formulier" onSubmit={(event) => event.preventDefault()}>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="soort">
            Soort signaal
          </label>
          <select
            id="soort"
            className="utrecht-select"
            value={signaalType ?? ''}
            onChange={(event) => void navigate(link(status, 1, event.target.value || undefined))}
          >
            <option value="">Alle soorten</option>
            {Object.entries(SIGNAAL_TYPES).map(([type, label]) => (
              <option key={type} value={type}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </form>
      {tellingen.data && tellingen.data.geescaleerd > 0 && (
        <Melding soort="warning">
          <p className="utrecht-paragraph">{tellingen.data.geescaleerd} signalen zijn geëscaleerd omdat ze niet op tijd zijn opgepakt.</p>
        </Melding>
      )}
      {inbox.isPending && <Laden wat="Signalen" />}
      {inbox.isError && <Fout fout={inbox.error} wat="De signalen" />}
      {inbox.data && inbox.data.alerts.length === 0 && (
        <Leeg>
          Er zijn geen signalen{status ? ` met status ${ALERT_STATUS[status]?.toLowerCase()}` : ''}
          {signaalType ? ` van de soort ‘${signaalLabel(signaalType)}’` : ''}.
        </Leeg>
      )}
      {inbox.data && inbox.data.alerts.length > 0 && (
        <>
          <table className="sluitend-tabel">
            <caption className="utrecht-paragraph sluitend-bijschrift">
              {inbox.data.totaal} {inbox.data.totaal === 1 ? 'signaal' : 'signalen'}
              {status ? ` met status ${ALERT_STATUS[status]?.toLowerCase()}` : ''}, pagina {inbox.data.pagina} van{' '}
              {Math.max(1, Math.ceil(inbox.data.totaal / inbox.data.perPagina))}
            </caption>
            <thead>
              <tr>
                <th scope="col">Nummer</th>
                <th scope="col">Signaal</th>
                <th scope="col">Status</th>
                <th scope="col">Toegewezen aan</th>
                <th scope="col">Woongemeente</th>
                <th scope="col">Binnengekomen</th>
              </tr>
            </thead>
            <tbody>
              {inbox.data.alerts.map((alert) => (
                <tr key={alert.id}>
                  <td>
                    <Link className="utrecht-link" to={`/signalen/${alert.id}`} state={{ terug: `/signalen${location.search}` }}>
                      Signaal {alert.nummer}
                    </Link>
                  </td>
                  <td>
                    {signaalLabel(alert.signaalType)}
                    {alert.geescaleerdOp && ' (geëscaleerd)'}
                  </td>
                  <td>
                    <StatusLabel status={alert.status} />
                  </td>
                  <td>{alert.toegewezenAan ? (alert.toegewezenAan.naam ?? alert.toegewezenAan.sub) : '—'}</td>
                  <td>{gemeenteLabel(alert.context.woongemeente)}</td>
                  <td>{formatDatumTijd(alert.aangemaaktOp)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Paging pagina={inbox.data.pagina} totaal={inbox.data.totaal} perPagina={inbox.data.perPagina} link={(p) => link(status, p)} />
        </>
      )}
    </>
  );
}

export function Paging({ pagina, totaal, perPagina, link }: { pagina: number; totaal: number; perPagina: number; link: (pagina: number) => string }) {
  const laatste = Math.max(1, Math.ceil(totaal / perPagina));
  if (laatste <= 1) return null;
  return (
    <nav aria-label="Paginering" className="sluitend-paging">
      {pagina > 1 ? (
        <Link className="utrecht-link" to={link(pagina - 1)}>
          Vorige pagina
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        Pagina {pagina} van {laatste}
      </span>
      {pagina < laatste && (
        <Link className="utrecht-link" to={link(pagina + 1)}>
          Volgende pagina
        </Link>
      )}
    </nav>
  );
}

/** One alert: what it is about (no names: a pseudonym and the context), its history, and the actions its status allows. */
export function AlertPagina() {
  const { id = '' } = useParams();
  // Back to the inbox as the user left it (status, kind, page), else to the whole inbox.
  const terug = (useLocation().state as { terug?: string } | null)?.terug ?? '/signalen';
  const alert = useQuery({
    queryKey: ['alert', id],
    queryFn: () => data(notificaties.GET('/api/notificaties/alerts/{id}', { params: { path: { id } } })),
  });
  useTitel(alert.data ? `Signaal ${alert.data.nummer}` : 'Signaal');
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={terug}>
          ← Terug naar de signalen
        </Link>
      </p>
      {alert.isPending && <Laden wat="Het signaal" />}
      {alert.isError && <Fout fout={alert.error} wat="Dit signaal" />}
      {alert.data && <AlertDetails alert={alert.data} />}
    </>
  );
}

/**
 * The alert's case in trajecten: a link when a case handles it, else (RMC staff, the alert names a pseudonym) one action
 * that opens a case for the young person in the region — or, when one is open there already (one open case per person
 * per region, 409 casus.al-open naming it), shows that case. Only the pseudonym goes to trajecten, in the body.
 */
function TrajectOpenen({ alert }: { alert: AlertMetHistorie }) {
  const { gebruiker } = useAuth();
  const queryClient = useQueryClient();
  const [casus, setCasus] = useState<{ id: string; bestond: boolean }>();
  const openen = useMutation({
    mutationFn: async () => {
      try {
        const geopend = await data(
          trajecten.POST('/api/trajecten/casussen', {
            body: { jongereId: alert.jongereId ?? '', aanleiding: 'overig', toelichting: `Geopend vanuit signaal ${alert.nummer} in de inbox` },
          }),
        );
        return { id: geopend.id, bestond: false };
      } catch (fout) {
        const bestaand = fout instanceof ApiFout && fout.status === 409 ? (fout.probleem as { casusId?: unknown } | undefined)?.casusId : undefined;
        if (typeof bestaand === 'string') return { id: bestaand, bestond: true };
        throw fout;
      }
    },
    onSuccess: async (resultaat) => {
      setCasus(resultaat);
      await queryClient.invalidateQueries({ queryKey: ['casussen'] });
    },
  });
  const rmc = gebruiker?.org.type === 'rmc-regio' && gebruiker.rollen.some((rol) => rol === 'trajectbegeleider' || rol === 'rmc-coordinator');
  const casusId = casus?.id ?? alert.casusId;
  if (!rmc || (!alert.jongereId && !casusId)) return null;
  return (
    <section aria-labelledby="traject">
      <h2 id="traject" className="utrecht-heading-2">
        Traject
      </h2>
      {casus && (
        <Melding soort="ok">
          <p className="utrecht-paragraph">
            {casus.bestond
              ? 'Deze jongere heeft in deze regio al een open casus; het werk gaat daar verder.'
              : 'Er is een casus geopend voor deze jongere.'}
          </p>
        </Melding>
      )}
      {openen.isError && <Fout fout={openen.error} wat="Het openen van het traject" />}
      {casusId ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`/casussen/${casusId}`}>
            Naar de casus
          </Link>
        </p>
      ) : (
        <div className="sluitend-knoppen">
          <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={openen.isPending} onClick={() => openen.mutate()}>
            Traject openen
          </button>
        </div>
      )}
    </section>
  );
}

function AlertDetails({ alert }: { alert: AlertMetHistorie }) {
  const { gebruiker } = useAuth();
  const queryClient = useQueryClient();
  const [uitkomst, setUitkomst] = useState<Uitkomst | ''>('');
  const [toelichting, setToelichting] = useState('');
  const [gelukt, setGelukt] = useState<string>();
  const ververs = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['alert', alert.id] }),
      queryClient.invalidateQueries({ queryKey: ['inbox'] }),
      queryClient.invalidateQueries({ queryKey: ['tellingen'] }),
    ]);
  };
  const pad = { params: { path: { id: alert.id } } };
  const gezien = useMutation({
    mutationFn: () => data(notificaties.POST('/api/notificaties/alerts/{id}/gezien', { ...pad, body: {} })),
    onSuccess: async () => {
      setGelukt('Het signaal is als gezien gemarkeerd.');
      await ververs();
    },
  });
  const oppakken = useMutation({
    mutationFn: () => data(notificaties.POST('/api/notificaties/alerts/{id}/opgepakt', { ...pad, body: {} })),
    onSuccess: async () => {
      setGelukt('Je hebt het signaal opgepakt.');
      await ververs();
    },
  });
  const afhandelen = useMutation({
    mutationFn: (body: { uitkomst: Uitkomst; toelichting?: string }) =>
      data(notificaties.POST('/api/notificaties/alerts/{id}/afgehandeld', { ...pad, body })),
    onSuccess: async () => {
      setGelukt('Het signaal is afgehandeld.');
      await ververs();
    },
  });
  const [uitkomstFout, setUitkomstFout] = useState<string>();
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    if (!uitkomst) {
      setUitkomstFout('Kies een uitkomst.');
      return;
    }
    setUitkomstFout(undefined);
    afhandelen.mutate({ uitkomst, ...(toelichting.trim() ? { toelichting: toelichting.trim() } : {}) });
  };
  const vanMij = alert.toegewezenAan?.sub === gebruiker?.sub;
  const bezig = gezien.isPending || oppakken.isPending || afhandelen.isPending;
  const fout = gezien.error ?? oppakken.error ?? afhandelen.error;

  return (
    <>
      <h1 className="utrecht-heading-1">
        Signaal {alert.nummer}: {signaalLabel(alert.signaalType)}
      </h1>
      {gelukt && (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{gelukt}</p>
        </Melding>
      )}
      {fout && <Fout fout={fout} wat="Deze actie" />}
      {SIGNAAL_UITLEG[alert.signaalType] && <p className="utrecht-paragraph">{SIGNAAL_UITLEG[alert.signaalType]}</p>}
      <dl className="sluitend-velden">
        <dt>Status</dt>
        <dd>
          <StatusLabel status={alert.status} />
        </dd>
        <dt>Toegewezen aan</dt>
        <dd>{alert.toegewezenAan ? `${alert.toegewezenAan.naam ?? alert.toegewezenAan.sub}${vanMij ? ' (jij)' : ''}` : 'Nog niemand'}</dd>
        {alert.uitkomst && (
          <>
            <dt>Uitkomst</dt>
            <dd>{UITKOMSTEN[alert.uitkomst]}</dd>
          </>
        )}
        <dt>Jongere (pseudoniem)</dt>
        <dd>
          <code>{pseudoniem(alert.jongereId)}</code>
        </dd>
        <dt>Woongemeente</dt>
        <dd>{gemeenteLabel(alert.context.woongemeente)}</dd>
        <dt>RMC-regio</dt>
        <dd>{regioLabel(alert.context.rmcRegio)}</dd>
        <dt>School (BRIN, vestiging)</dt>
        <dd>{alert.context.brin ? `${alert.context.brin}${alert.context.vestiging ? `, ${alert.context.vestiging}` : ''}` : '—'}</dd>
        <dt>Schooljaar</dt>
        <dd>{alert.context.schooljaar ?? '—'}</dd>
        <dt>Minderjarig</dt>
        <dd>{alert.context.minderjarig === undefined ? '—' : alert.context.minderjarig ? 'ja' : 'nee'}</dd>
        <dt>Binnengekomen</dt>
        <dd>{formatDatumTijd(alert.aangemaaktOp)}</dd>
        {alert.geescaleerdOp ? (
          <>
            <dt>Geëscaleerd</dt>
            <dd>{formatDatumTijd(alert.geescaleerdOp)}</dd>
          </>
        ) : (
          (alert.status === 'nieuw' || alert.status === 'gezien') &&
          alert.escalerenOp && (
            <>
              <dt>Escaleert als niemand het oppakt op</dt>
              <dd>{formatDatumTijd(alert.escalerenOp)}</dd>
            </>
          )
        )}
      </dl>

      <TrajectOpenen alert={alert} />

      {alert.status !== 'afgehandeld' && (
        <section aria-labelledby="acties">
          <h2 id="acties" className="utrecht-heading-2">
            Wat wil je doen?
          </h2>
          {(alert.status !== 'opgepakt' || !vanMij) && (
            <div className="sluitend-knoppen">
              {alert.status === 'nieuw' && (
                <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={bezig} onClick={() => gezien.mutate()}>
                  Markeer als gezien
                </button>
              )}
              {(alert.status === 'nieuw' || alert.status === 'gezien' || (alert.status === 'opgepakt' && !vanMij)) && (
                <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={bezig} onClick={() => oppakken.mutate()}>
                  {alert.status === 'opgepakt' ? 'Aan mij toewijzen' : 'Oppakken (aan mij toewijzen)'}
                </button>
              )}
            </div>
          )}
          {alert.status === 'opgepakt' && (
            <form className="sluitend-formulier" onSubmit={verstuur} noValidate>
              <h3 className="utrecht-heading-3">Afhandelen</h3>
              <div className={`utrecht-form-field${uitkomstFout ? ' utrecht-form-field--invalid' : ''}`}>
                <label className="utrecht-form-label" htmlFor="uitkomst">
                  Uitkomst
                </label>
                {uitkomstFout && (
                  <p id="uitkomst-fout" className="utrecht-form-field-error-message">
                    {uitkomstFout}
                  </p>
                )}
                <select
                  id="uitkomst"
                  className="utrecht-select"
                  value={uitkomst}
                  aria-invalid={uitkomstFout ? true : undefined}
                  aria-describedby={uitkomstFout ? 'uitkomst-fout' : undefined}
                  onChange={(event) => setUitkomst(event.target.value as Uitkomst | '')}
                >
                  <option value="">Kies een uitkomst</option>
                  {Object.entries(UITKOMSTEN).map(([waarde, label]) => (
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
                  maxLength={500}
                  value={toelichting}
                  onChange={(event) => setToelichting(event.target.value)}
                />
              </div>
              <div>
                <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
                  Afhandelen
                </button>
              </div>
            </form>
          )}
        </section>
      )}

      <section aria-labelledby="geschiedenis">
        <h2 id="geschiedenis" className="utrecht-heading-2">
          Geschiedenis
        </h2>
        {alert.historie.length === 0 ? (
          <p className="utrecht-paragraph">Nog niets gebeurd met dit signaal.</p>
        ) : (
          <table className="sluitend-tabel">
            <thead>
              <tr>
                <th scope="col">Wanneer</th>
                <th scope="col">Wat</th>
                <th scope="col">Door</th>
                <th scope="col">Toelichting</th>
              </tr>
            </thead>
            <tbody>
              {alert.historie.map((regel, index) => (
                <tr key={`${regel.op}-${index}`}>
                  <td>{formatDatumTijd(regel.op)}</td>
                  <td>
                    {regel.vanStatus ? `${ALERT_STATUS[regel.vanStatus]} → ` : ''}
                    {ALERT_STATUS[regel.naarStatus]}
                  </td>
                  <td>{regel.door.naam}</td>
                  <td>{regel.toelichting ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
