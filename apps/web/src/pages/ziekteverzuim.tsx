import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { data, verzuim } from '../api/client';
import type { components } from '../api/verzuim';
import { useAuth } from '../auth';
import { Fout, Laden, Leeg, Melding } from '../components/status';
import { formatDatum, formatDatumTijd, gemeenteLabel } from '../teksten';
import { useTitel } from './titel';

type Signaal = components['schemas']['ZiekteverzuimSignaalDto_Output'];

const GRONDEN: Record<Signaal['grond'], string> = {
  'vier-ziekmeldingen-in-twaalf-schoolweken': '4 ziekmeldingen in 12 schoolweken',
  'zevende-schooldag-ziek': '7e schooldag achter elkaar ziek',
};

/**
 * The jeugdarts' list of zorgwekkend ziekteverzuim (M@ZL): the signals about students who live in the gemeente the GGD
 * serves, wherever they go to school (ADR 0022). Pseudonymous: no names, the school's BRIN and the dates only.
 */
export function ZiekteverzuimPagina() {
  const { gebruiker } = useAuth();
  const [params] = useSearchParams();
  const location = useLocation();
  const metVervallen = params.get('vervallen') === 'ja';
  useTitel(metVervallen ? 'Zorgwekkend ziekteverzuim, ook ingetrokken' : 'Zorgwekkend ziekteverzuim');
  const signalen = useQuery({
    queryKey: ['ziekteverzuim', metVervallen],
    queryFn: () => data(verzuim.GET('/api/verzuim/ziekteverzuim', { params: { query: { limiet: 500, metVervallen: metVervallen ? 'ja' : 'nee' } } })),
  });
  const lijst = signalen.data?.signalen ?? [];
  return (
    <>
      <h1 className="utrecht-heading-1">Zorgwekkend ziekteverzuim</h1>
      <p className="utrecht-paragraph">
        Leerlingen die wonen in {gemeenteLabel(gebruiker?.org.code)} en zich vaak of lang ziek meldden (M@ZL): 4 ziekmeldingen in 12 schoolweken, of
        de 7e schooldag achter elkaar ziek. Nodig de leerling uit voor een consult en overleg met de school.
      </p>
      <nav aria-label="Filter">
        <ul className="sluitend-tabs">
          <li>
            <Link to="/ziekteverzuim" aria-current={!metVervallen ? 'page' : undefined}>
              Actueel
            </Link>
          </li>
          <li>
            <Link to="/ziekteverzuim?vervallen=ja" aria-current={metVervallen ? 'page' : undefined}>
              Ook ingetrokken
            </Link>
          </li>
        </ul>
      </nav>
      {signalen.isPending && <Laden wat="Signalen" />}
      {signalen.isError && <Fout fout={signalen.error} wat="De signalen" />}
      {signalen.data && lijst.length === 0 && <Leeg>Er zijn geen signalen van zorgwekkend ziekteverzuim.</Leeg>}
      {lijst.length > 0 && (
        <table className="sluitend-tabel">
          <caption className="utrecht-paragraph sluitend-bijschrift">
            {lijst.length} {lijst.length === 1 ? 'signaal' : 'signalen'}, nieuwste eerst
          </caption>
          <thead>
            <tr>
              <th scope="col">Signaal</th>
              <th scope="col">Grond</th>
              <th scope="col">Datum</th>
              <th scope="col">School</th>
              <th scope="col">Woongemeente</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {lijst.map((signaal) => (
              <tr key={signaal.id}>
                <td>
                  <Link className="utrecht-link" to={`/ziekteverzuim/${signaal.id}`} state={{ terug: `/ziekteverzuim${location.search}` }}>
                    Signaal {signaal.id.slice(0, 8)}
                  </Link>
                </td>
                <td>{GRONDEN[signaal.grond]}</td>
                <td>{formatDatum(signaal.datum)}</td>
                <td>{signaal.brin}</td>
                <td>{gemeenteLabel(signaal.woongemeente)}</td>
                <td>{signaal.vervallenOp ? `Ingetrokken (${formatDatum(signaal.vervallenOp)})` : 'Actueel'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** One M@ZL signal: the ground, the sick reports counted and the calendars they were counted on. */
export function ZiekteverzuimSignaalPagina() {
  const { signaalId = '' } = useParams();
  const terug = (useLocation().state as { terug?: string } | null)?.terug ?? '/ziekteverzuim';
  const signaal = useQuery({
    queryKey: ['ziekteverzuim-signaal', signaalId],
    queryFn: () => data(verzuim.GET('/api/verzuim/ziekteverzuim/{signaalId}', { params: { path: { signaalId } } })),
  });
  useTitel(signaal.data ? `Signaal ${signaal.data.id.slice(0, 8)}` : 'Signaal zorgwekkend ziekteverzuim');
  const s = signaal.data;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={terug}>
          ← Terug naar zorgwekkend ziekteverzuim
        </Link>
      </p>
      {signaal.isPending && <Laden wat="Het signaal" />}
      {signaal.isError && <Fout fout={signaal.error} wat="Dit signaal" />}
      {s && (
        <>
          <h1 className="utrecht-heading-1">Signaal {s.id.slice(0, 8)}: zorgwekkend ziekteverzuim</h1>
          {s.vervallenOp && (
            <Melding soort="info">
              <p className="utrecht-paragraph">
                De school heeft de absentie gecorrigeerd: dit signaal is op {formatDatumTijd(s.vervallenOp)} ingetrokken.
              </p>
            </Melding>
          )}
          <dl className="sluitend-velden">
            <dt>Grond</dt>
            <dd>{GRONDEN[s.grond]}</dd>
            <dt>Datum</dt>
            <dd>{formatDatum(s.datum)}</dd>
            <dt>Ziekmeldingen (eerste dag)</dt>
            <dd>{s.ziekmeldingen.map((dag) => formatDatum(dag)).join(', ')}</dd>
            <dt>Jongere (pseudoniem)</dt>
            <dd>
              <code>{s.jongereId}</code>
            </dd>
            <dt>Woongemeente</dt>
            <dd>{gemeenteLabel(s.woongemeente)}</dd>
            <dt>School (BRIN)</dt>
            <dd>{s.brin}</dd>
            <dt>Geteld op de kalender(s)</dt>
            <dd>{s.kalenders.length > 0 ? s.kalenders.join(', ') : '—'}</dd>
            <dt>Gesignaleerd</dt>
            <dd>{formatDatumTijd(s.geregistreerdOp)}</dd>
          </dl>
        </>
      )}
    </>
  );
}
