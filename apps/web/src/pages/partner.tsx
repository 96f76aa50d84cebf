import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { data, trajecten } from '../api/client';
import { useAuth } from '../auth';
import { Fout, Laden, Leeg } from '../components/status';
import { formatDatumTijd, regioLabel } from '../teksten';
import { planSleutel, PlanSectie, ROUTES } from './casus-plan';
import { ScreeningSectie, screeningsSleutel } from './casus-screening';
import { bouwTijdlijn, OVERDRACHT_STATUS, OverdrachtSectie, overdrachtenSleutel, Tijdlijn } from './casus-tijdlijn';
import { CASUS_STATUS } from './trajecten';
import { useTitel } from './titel';

const lijstSleutel = ['partner-overdrachten'];

/** A partner organisation's cases: the warm handovers waiting for its answer and the cases it holds now — nothing else. */
export function PartnerCasussenPagina() {
  useTitel('Overgedragen casussen');
  const { gebruiker } = useAuth();
  const lijst = useQuery({ queryKey: lijstSleutel, queryFn: () => data(trajecten.GET('/api/trajecten/overdrachten')) });
  const wachtend = lijst.data?.overdrachten.filter((o) => o.status === 'voorgesteld') ?? [];
  const lopend = lijst.data?.overdrachten.filter((o) => o.status === 'geaccepteerd') ?? [];
  const tabel = (rijen: typeof wachtend, bijschrift: string) => (
    <table className="sluitend-tabel">
      <caption className="utrecht-paragraph sluitend-bijschrift">{bijschrift}</caption>
      <thead>
        <tr>
          <th scope="col">Casus</th>
          <th scope="col">Van</th>
          <th scope="col">Route</th>
          <th scope="col">Status casus</th>
          <th scope="col">Voorgesteld</th>
          <th scope="col">Overdracht</th>
        </tr>
      </thead>
      <tbody>
        {rijen.map((o) => (
          <tr key={o.id}>
            <td>
              <Link className="utrecht-link" to={`/overdrachten/${o.casusId}`}>
                Casus {o.casusId.slice(0, 8)}
              </Link>
            </td>
            <td>RMC {regioLabel(o.rmcRegio)}</td>
            <td>{o.route ? ROUTES[o.route] : '—'}</td>
            <td>{CASUS_STATUS[o.casusStatus]}</td>
            <td>{formatDatumTijd(o.voorgesteldOp)}</td>
            <td>
              {OVERDRACHT_STATUS[o.status]}
              {o.status === 'voorgesteld' ? `, escaleert ${formatDatumTijd(o.escalatieOp)}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <h1 className="utrecht-heading-1">Overgedragen casussen</h1>
      <p className="utrecht-paragraph">
        De casussen die een RMC aan {gebruiker?.org.code ?? 'je organisatie'} overdraagt. Een voorstel accepteer je na het warme gesprek met de
        jongere en de trajectbegeleider, of je weigert het met een reden. Een casus die je hebt, begeleid je hier: screening en trajectplan.
      </p>
      {lijst.isPending && <Laden wat="De overdrachten" />}
      {lijst.isError && <Fout fout={lijst.error} wat="De overdrachten" />}
      {lijst.data && lijst.data.overdrachten.length === 0 && <Leeg>Er zijn geen casussen aan je organisatie overgedragen of voorgesteld.</Leeg>}
      {wachtend.length > 0 && (
        <section aria-labelledby="wachtend">
          <h2 id="wachtend" className="utrecht-heading-2">
            Wachten op je antwoord
          </h2>
          {tabel(wachtend, `${wachtend.length} ${wachtend.length === 1 ? 'voorstel' : 'voorstellen'}`)}
        </section>
      )}
      {lopend.length > 0 && (
        <section aria-labelledby="lopend">
          <h2 id="lopend" className="utrecht-heading-2">
            Casussen bij je organisatie
          </h2>
          {tabel(lopend, `${lopend.length} ${lopend.length === 1 ? 'casus' : 'casussen'}`)}
        </section>
      )}
    </>
  );
}

/**
 * One case as a partner sees it: only what toegang's table gives it — the handovers (to answer a proposal), and once it
 * holds the case the screenings and the trajectplan, with their timeline. No case file, no history of the RMC.
 */
export function PartnerCasusPagina() {
  const { id = '' } = useParams();
  useTitel(`Casus ${id.slice(0, 8)}`);
  const { gebruiker } = useAuth();
  const queryClient = useQueryClient();
  const pad = { params: { path: { id } } };
  const overdrachten = useQuery({
    queryKey: overdrachtenSleutel(id),
    queryFn: () => data(trajecten.GET('/api/trajecten/casussen/{id}/overdrachten', pad)),
  });
  const houder = overdrachten.data?.houder;
  const ikHeb = houder !== undefined && houder.type === gebruiker?.org.type && houder.code === gebruiker.org.code;
  const screenings = useQuery({
    queryKey: screeningsSleutel(id),
    queryFn: () => data(trajecten.GET('/api/trajecten/casussen/{id}/screenings', pad)),
    enabled: ikHeb,
  });
  const plan = useQuery({
    queryKey: [...planSleutel(id), 'tijdlijn'],
    queryFn: async () => {
      const { data: gelezen, response } = await trajecten.GET('/api/trajecten/casussen/{id}/trajectplan', pad);
      return response.ok && gelezen ? gelezen : null;
    },
    enabled: ikHeb,
  });
  const ververs = () => {
    void queryClient.invalidateQueries({ queryKey: lijstSleutel });
    void queryClient.invalidateQueries({ queryKey: planSleutel(id) });
  };
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/overdrachten">
          ← Terug naar de overgedragen casussen
        </Link>
      </p>
      <h1 className="utrecht-heading-1">Casus {id.slice(0, 8)}</h1>
      {overdrachten.isPending && <Laden wat="De casus" />}
      {overdrachten.isError && <Fout fout={overdrachten.error} wat="Deze casus" />}
      {overdrachten.data && (
        <>
          <Tijdlijn
            items={bouwTijdlijn({
              overdrachten: overdrachten.data.overdrachten,
              ...(screenings.data ? { screenings: screenings.data.screenings } : {}),
              ...(plan.data !== undefined ? { plan: plan.data } : {}),
            })}
          />
          <OverdrachtSectie casusId={id} open onGewijzigd={ververs} />
          {ikHeb ? (
            <>
              <ScreeningSectie casusId={id} magVastleggen onGewijzigd={ververs} />
              <PlanSectie casusId={id} magWijzigen onGewijzigd={ververs} />
            </>
          ) : (
            <p className="utrecht-paragraph">
              Na het accepteren van de overdracht zie je hier de screening en het trajectplan.{' '}
              {overdrachten.data.overdrachten.some((o) => o.status === 'voorgesteld') ? `(${OVERDRACHT_STATUS.voorgesteld.toLowerCase()})` : ''}
            </p>
          )}
        </>
      )}
    </>
  );
}
