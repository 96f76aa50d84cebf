import { useQuery } from '@tanstack/react-query';
import { gereedheid } from '../api/client';
import { Fout, Laden } from '../components/status';
import { useKlok } from '../klok';
import { formatDatumTijd } from '../teksten';
import { useTitel } from './titel';

const SERVICES = ['overstap', 'verzuim', 'trajecten', 'notificaties', 'rapportage'] as const;

/** Ops: is every service ready (its database answers), and what time the platform thinks it is. No personal data. */
export function PlatformPagina() {
  useTitel('Platform');
  const klok = useKlok();
  const status = useQuery({ queryKey: ['gereedheid'], queryFn: () => Promise.all(SERVICES.map(gereedheid)), refetchInterval: 10_000 });
  return (
    <>
      <h1 className="utrecht-heading-1">Platform</h1>
      <p className="utrecht-paragraph">De gereedheid van elke service (elke 10 seconden bijgewerkt). Hier staan nooit persoonsgegevens.</p>
      {status.isPending && <Laden wat="De gereedheid" />}
      {status.isError && <Fout fout={status.error} wat="De gereedheid" />}
      {status.data && (
        <table className="sluitend-tabel">
          <caption className="utrecht-paragraph sluitend-bijschrift">
            {status.data.filter((s) => s.klaar).length} van {status.data.length} services gereed
          </caption>
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Gereed</th>
              <th scope="col">Toelichting</th>
              <th scope="col">Database (ms)</th>
            </tr>
          </thead>
          <tbody>
            {status.data.map((s) => (
              <tr key={s.service}>
                <td>{s.service}</td>
                <td>
                  <span className={`sluitend-status sluitend-status--${s.klaar ? 'klaar' : 'fout'}`}>{s.klaar ? 'ja' : 'nee'}</span>
                </td>
                <td>{s.detail}</td>
                <td>{s.ms ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="utrecht-heading-2">Klok</h2>
      {klok.data && (
        <p className="utrecht-paragraph">
          Het platform staat op {formatDatumTijd(klok.data.nu)} (schooljaar {klok.data.schooljaar})
          {klok.data.demo ? ', demo-modus: de klok is verzetbaar.' : '.'}
        </p>
      )}
      <p className="utrecht-paragraph">
        Dode berichten en de outbox: <code>./sluitend dlq list &lt;service&gt;</code> en <code>./sluitend outbox list &lt;service&gt;</code> (nog geen
        HTTP-API).
      </p>
    </>
  );
}
