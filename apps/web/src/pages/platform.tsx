import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { data, gereedheid, notificaties, overstap, rapportage, trajecten, verzuim } from '../api/client';
import { Fout, Laden, Leeg, Melding } from '../components/status';
import { useKlok } from '../klok';
import { formatDatumTijd } from '../teksten';
import { useTitel } from './titel';

const SERVICES = ['overstap', 'verzuim', 'trajecten', 'notificaties', 'rapportage'] as const;
type Service = (typeof SERVICES)[number];

/** Each service's dead letters (ops only): the same list and replay as `./sluitend dlq`, through its typed client. */
const DODE_BERICHTEN = {
  overstap: {
    lijst: () => data(overstap.GET('/api/overstap/ops/dode-berichten')),
    opnieuw: (ref: string) => data(overstap.POST('/api/overstap/ops/dode-berichten/{ref}/opnieuw', { params: { path: { ref } } })),
  },
  verzuim: {
    lijst: () => data(verzuim.GET('/api/verzuim/ops/dode-berichten')),
    opnieuw: (ref: string) => data(verzuim.POST('/api/verzuim/ops/dode-berichten/{ref}/opnieuw', { params: { path: { ref } } })),
  },
  trajecten: {
    lijst: () => data(trajecten.GET('/api/trajecten/ops/dode-berichten')),
    opnieuw: (ref: string) => data(trajecten.POST('/api/trajecten/ops/dode-berichten/{ref}/opnieuw', { params: { path: { ref } } })),
  },
  notificaties: {
    lijst: () => data(notificaties.GET('/api/notificaties/ops/dode-berichten')),
    opnieuw: (ref: string) => data(notificaties.POST('/api/notificaties/ops/dode-berichten/{ref}/opnieuw', { params: { path: { ref } } })),
  },
  rapportage: {
    lijst: () => data(rapportage.GET('/api/rapportage/ops/dode-berichten')),
    opnieuw: (ref: string) => data(rapportage.POST('/api/rapportage/ops/dode-berichten/{ref}/opnieuw', { params: { path: { ref } } })),
  },
} satisfies Record<Service, unknown>;

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
      <h2 className="utrecht-heading-2">Dode berichten</h2>
      <p className="utrecht-paragraph">
        Berichten die een service na alle pogingen niet kon verwerken, met de reden. Is de oorzaak verholpen, bied het bericht dan opnieuw aan: de
        service verwerkt het via haar retry-topic, en slaat het over als het al verwerkt was. De outbox:{' '}
        <code>./sluitend outbox list &lt;service&gt;</code>.
      </p>
      {SERVICES.map((service) => (
        <DodeBerichten key={service} service={service} />
      ))}
    </>
  );
}

function DodeBerichten({ service }: { service: Service }) {
  const client = useQueryClient();
  const [gelukt, setGelukt] = useState<string>();
  const lijst = useQuery({ queryKey: ['dode-berichten', service], queryFn: DODE_BERICHTEN[service].lijst, refetchInterval: 30_000 });
  const opnieuw = useMutation({
    mutationFn: (ref: string) => DODE_BERICHTEN[service].opnieuw(ref),
    onMutate: () => setGelukt(undefined),
    onSuccess: async (antwoord) => {
      setGelukt(`Dood bericht ${antwoord.ref} van ${service} is opnieuw aangeboden.`);
      await client.invalidateQueries({ queryKey: ['dode-berichten', service] });
    },
  });
  return (
    <section aria-labelledby={`dode-berichten-${service}`}>
      <h3 className="utrecht-heading-3" id={`dode-berichten-${service}`}>
        {service}
      </h3>
      {lijst.isPending && <Laden wat={`De dode berichten van ${service}`} />}
      {lijst.isError && <Fout fout={lijst.error} wat={`De dode berichten van ${service}`} />}
      {opnieuw.isError && <Fout fout={opnieuw.error} wat="Het dode bericht" />}
      {gelukt && <Melding soort="ok">{gelukt}</Melding>}
      {lijst.data && lijst.data.items.length === 0 && <Leeg>Geen dode berichten bij {service}.</Leeg>}
      {lijst.data && lijst.data.items.length > 0 && (
        <table className="sluitend-tabel">
          <caption className="utrecht-paragraph sluitend-bijschrift">
            {lijst.data.items.length} {lijst.data.items.length === 1 ? 'dood bericht' : 'dode berichten'} van {service}, {lijst.data.wachtend} nog
            niet opnieuw aangeboden
          </caption>
          <thead>
            <tr>
              <th scope="col">Bericht</th>
              <th scope="col">Mislukt</th>
              <th scope="col">Soort</th>
              <th scope="col">Reden</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {lijst.data.items.map((bericht) => (
              <tr key={bericht.ref}>
                <td>
                  <code>{bericht.ref}</code>
                  {bericht.topic && <div className="sluitend-bijschrift">{bericht.topic}</div>}
                </td>
                <td>{bericht.mislukt ? formatDatumTijd(bericht.mislukt) : '—'}</td>
                <td>{bericht.eventType ?? '—'}</td>
                <td>
                  {bericht.code && <code>{bericht.code}</code>}
                  {bericht.reden && <div>{bericht.reden}</div>}
                  {bericht.pogingen !== null && <div className="sluitend-bijschrift">{bericht.pogingen} poging(en)</div>}
                </td>
                <td>
                  {bericht.status === 'opnieuw-aangeboden' ? (
                    <span className="sluitend-status sluitend-status--klaar">opnieuw aangeboden</span>
                  ) : (
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--secondary-action"
                      aria-label={`Opnieuw aanbieden: dood bericht ${bericht.ref} van ${service}`}
                      disabled={opnieuw.isPending}
                      onClick={() => opnieuw.mutate(bericht.ref)}
                    >
                      Opnieuw aanbieden
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
