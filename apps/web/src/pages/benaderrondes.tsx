import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { data, trajecten } from '../api/client';
import type { components } from '../api/trajecten';
import { useAuth } from '../auth';
import { Fout, Laden, Leeg, Melding } from '../components/status';
import { formatDatum, regioLabel } from '../teksten';
import { useTitel } from './titel';

type Ronde = components['schemas']['BenaderrondeDto_Output'];
type Deelnemer = NonNullable<Ronde['deelnemers']>[number];
type Reactie = Deelnemer['reactie'];
type Telling = Ronde['telling'];

export const RONDE_REACTIES: Record<Reactie, string> = {
  'nog-open': 'Nog open',
  'zelf-gereageerd': 'Zelf gereageerd',
  'telefonisch-bereikt': 'Telefonisch bereikt',
  'anders-bereikt': 'Anders bereikt',
  'niet-bereikt': 'Niet bereikt',
};

/** The organisations a young person is most often handed to (seed 001); any other organisation code may be typed. */
const ORGANISATIES: Record<string, string> = { rmc: 'RMC-begeleiding', jongerenwerk: 'Jongerenwerk', jongerenloket: 'Jongerenloket' };
const organisatieLabel = (code: string) => ORGANISATIES[code] ?? code;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The region's outreach rounds with their totals; a new round over a DUO list or chosen cases. */
export function BenaderrondesPagina() {
  useTitel('Benaderrondes');
  const { gebruiker } = useAuth();
  const regio = gebruiker?.org.code ?? '';
  const rondes = useQuery({
    queryKey: ['benaderrondes', regio],
    queryFn: () => data(trajecten.GET('/api/trajecten/benaderrondes/{rmcRegio}', { params: { path: { rmcRegio: regio } } })),
  });
  return (
    <>
      <h1 className="utrecht-heading-1">Benaderrondes van {regioLabel(regio)}</h1>
      <p className="utrecht-paragraph">
        Een benaderronde schrijft een groep jongeren aan, bijvoorbeeld de oud-VSV&apos;ers van een ingelezen DUO-lijst. Leg per jongere vast of die
        zelf reageerde, bereikt werd, in beeld is en aan wie die is overgedragen. Kies een ronde om de resultaten vast te leggen.
      </p>
      {rondes.isPending && <Laden wat="De benaderrondes" />}
      {rondes.isError && <Fout fout={rondes.error} wat="De benaderrondes" />}
      {rondes.data && rondes.data.rondes.length === 0 && <Leeg>De regio heeft nog geen benaderrondes.</Leeg>}
      {rondes.data && rondes.data.rondes.length > 0 && (
        <table className="sluitend-tabel">
          <caption className="utrecht-paragraph sluitend-bijschrift">Benaderrondes, lopende eerst</caption>
          <thead>
            <tr>
              <th scope="col">Ronde</th>
              <th scope="col">Gestart</th>
              <th scope="col">Afgesloten</th>
              <th scope="col">Aangeschreven</th>
              <th scope="col">Bereikt</th>
              <th scope="col">In beeld</th>
              <th scope="col">Nog open</th>
            </tr>
          </thead>
          <tbody>
            {rondes.data.rondes.map((ronde) => (
              <tr key={ronde.id}>
                <td>
                  <Link className="utrecht-link" to={`/benaderrondes/${ronde.id}`}>
                    {ronde.naam}
                  </Link>
                </td>
                <td>{formatDatum(ronde.gestartOp)}</td>
                <td>{ronde.afgeslotenOp ? formatDatum(ronde.afgeslotenOp) : 'loopt'}</td>
                <td>{ronde.telling.aangeschreven}</td>
                <td>{ronde.telling.zelfGereageerd + ronde.telling.telefonischBereikt + ronde.telling.andersBereikt}</td>
                <td>{ronde.telling.inBeeld}</td>
                <td>{ronde.telling.nogOpen}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NieuweRonde regio={regio} />
    </>
  );
}

function NieuweRonde({ regio }: { regio: string }) {
  const queryClient = useQueryClient();
  const [zoek] = useSearchParams();
  const [naam, setNaam] = useState('');
  const [bron, setBron] = useState<'lijst' | 'casussen'>('lijst');
  const [lijstId, setLijstId] = useState(zoek.get('lijst') ?? '');
  const [casussen, setCasussen] = useState('');
  const [fout, setFout] = useState<string>();
  const [gelukt, setGelukt] = useState<Ronde>();
  const starten = useMutation({
    mutationFn: (body: { naam: string; duoLijstId?: string; casusIds?: string[] }) =>
      data(trajecten.POST('/api/trajecten/benaderrondes/{rmcRegio}', { params: { path: { rmcRegio: regio } }, body })),
    onSuccess: async (ronde) => {
      setGelukt(ronde);
      setNaam('');
      setCasussen('');
      await queryClient.invalidateQueries({ queryKey: ['benaderrondes', regio] });
    },
  });
  const ids = casussen
    .split(/[\s,;]+/)
    .map((id) => id.trim())
    .filter(Boolean);
  return (
    <form
      className="sluitend-formulier"
      aria-labelledby="nieuwe-ronde"
      onSubmit={(event) => {
        event.preventDefault();
        setGelukt(undefined);
        setFout(undefined);
        if (bron === 'lijst' && !UUID.test(lijstId.trim())) return setFout('Vul het kenmerk van de DUO-lijst in (zoals de terugmelding het noemt).');
        if (bron === 'casussen' && (ids.length === 0 || !ids.every((id) => UUID.test(id))))
          return setFout('Vul de kenmerken van de casussen in, één per regel.');
        starten.mutate(bron === 'lijst' ? { naam: naam.trim(), duoLijstId: lijstId.trim() } : { naam: naam.trim(), casusIds: ids });
      }}
    >
      <h2 id="nieuwe-ronde" className="utrecht-heading-2">
        Nieuwe benaderronde
      </h2>
      {gelukt && (
        <Melding soort="ok">
          <p className="utrecht-paragraph">
            De ronde {gelukt.naam} is gestart: {gelukt.telling.aangeschreven} jongeren aangeschreven.{' '}
            <Link className="utrecht-link" to={`/benaderrondes/${gelukt.id}`}>
              Naar de ronde
            </Link>
          </p>
        </Melding>
      )}
      {fout && (
        <Melding soort="error">
          <p className="utrecht-paragraph">{fout}</p>
        </Melding>
      )}
      {starten.error && <Fout fout={starten.error} wat="De benaderronde" />}
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="ronde-naam">
          Naam
        </label>
        <input id="ronde-naam" className="utrecht-textbox" required maxLength={200} value={naam} onChange={(event) => setNaam(event.target.value)} />
      </div>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Wie worden aangeschreven?</legend>
        <div className="utrecht-form-field">
          <input
            id="bron-lijst"
            type="radio"
            name="bron"
            className="utrecht-radio-button"
            checked={bron === 'lijst'}
            onChange={() => setBron('lijst')}
          />{' '}
          <label className="utrecht-form-label" htmlFor="bron-lijst">
            De casussen van een ingelezen DUO-lijst
          </label>
        </div>
        <div className="utrecht-form-field">
          <input
            id="bron-casussen"
            type="radio"
            name="bron"
            className="utrecht-radio-button"
            checked={bron === 'casussen'}
            onChange={() => setBron('casussen')}
          />{' '}
          <label className="utrecht-form-label" htmlFor="bron-casussen">
            Gekozen casussen
          </label>
        </div>
      </fieldset>
      {bron === 'lijst' ? (
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="ronde-lijst">
            Kenmerk van de DUO-lijst
          </label>
          <input id="ronde-lijst" className="utrecht-textbox" value={lijstId} onChange={(event) => setLijstId(event.target.value)} />
        </div>
      ) : (
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="ronde-casussen">
            Kenmerken van de casussen (één per regel)
          </label>
          <textarea
            id="ronde-casussen"
            className="utrecht-textarea"
            rows={5}
            value={casussen}
            onChange={(event) => setCasussen(event.target.value)}
          />
        </div>
      )}
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={starten.isPending}>
          Ronde starten
        </button>
      </div>
    </form>
  );
}

function Totalen({ telling }: { telling: Telling }) {
  const overgedragen = Object.entries(telling.overgedragenAan);
  return (
    <section aria-labelledby="totalen">
      <h2 id="totalen" className="utrecht-heading-2">
        Totalen
      </h2>
      <table className="sluitend-tabel">
        <caption className="utrecht-paragraph sluitend-bijschrift">Jongeren in deze ronde per resultaat</caption>
        <tbody>
          <tr>
            <th scope="row">Aangeschreven</th>
            <td>{telling.aangeschreven}</td>
          </tr>
          <tr>
            <th scope="row">{RONDE_REACTIES['zelf-gereageerd']}</th>
            <td>{telling.zelfGereageerd}</td>
          </tr>
          <tr>
            <th scope="row">{RONDE_REACTIES['telefonisch-bereikt']}</th>
            <td>{telling.telefonischBereikt}</td>
          </tr>
          <tr>
            <th scope="row">{RONDE_REACTIES['anders-bereikt']}</th>
            <td>{telling.andersBereikt}</td>
          </tr>
          <tr>
            <th scope="row">{RONDE_REACTIES['niet-bereikt']}</th>
            <td>{telling.nietBereikt}</td>
          </tr>
          <tr>
            <th scope="row">{RONDE_REACTIES['nog-open']}</th>
            <td>{telling.nogOpen}</td>
          </tr>
          <tr>
            <th scope="row">In beeld</th>
            <td>{telling.inBeeld}</td>
          </tr>
          {overgedragen.map(([aan, aantal]) => (
            <tr key={aan}>
              <th scope="row">Overgedragen aan {organisatieLabel(aan)}</th>
              <td>{aantal}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** One round: its totals and per young person (case) the result, recorded while the round runs; closing it. */
export function BenaderrondePagina() {
  const { id = '' } = useParams();
  const { gebruiker } = useAuth();
  const regio = gebruiker?.org.code ?? '';
  const queryClient = useQueryClient();
  const pad = { params: { path: { rmcRegio: regio, rondeId: id } } };
  const ronde = useQuery({
    queryKey: ['benaderronde', regio, id],
    queryFn: () => data(trajecten.GET('/api/trajecten/benaderrondes/{rmcRegio}/{rondeId}', pad)),
  });
  useTitel(ronde.data ? `Benaderronde ${ronde.data.naam}` : 'Benaderronde');
  const [gelukt, setGelukt] = useState<string>();
  const ververs = async (melding: string) => {
    setGelukt(melding);
    await queryClient.invalidateQueries({ queryKey: ['benaderronde', regio, id] });
    await queryClient.invalidateQueries({ queryKey: ['benaderrondes', regio] });
  };
  const afsluiten = useMutation({
    mutationFn: () => data(trajecten.POST('/api/trajecten/benaderrondes/{rmcRegio}/{rondeId}/afsluiten', pad)),
    onSuccess: () => ververs('De ronde is afgesloten; de totalen gaan naar de rapportage.'),
  });
  const r = ronde.data;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/benaderrondes">
          Terug naar de benaderrondes
        </Link>
      </p>
      {ronde.isPending && <Laden wat="De benaderronde" />}
      {ronde.isError && <Fout fout={ronde.error} wat="De benaderronde" />}
      {r && (
        <>
          <h1 className="utrecht-heading-1">{r.naam}</h1>
          <dl className="sluitend-velden">
            <dt>Gestart</dt>
            <dd>{formatDatum(r.gestartOp)}</dd>
            <dt>Afgesloten</dt>
            <dd>{r.afgeslotenOp ? formatDatum(r.afgeslotenOp) : 'nee, de ronde loopt'}</dd>
            <dt>Bron</dt>
            <dd>{r.duoLijstId ? 'Een ingelezen DUO-lijst' : 'Gekozen casussen'}</dd>
          </dl>
          {gelukt && (
            <Melding soort="ok">
              <p className="utrecht-paragraph">{gelukt}</p>
            </Melding>
          )}
          {afsluiten.error && <Fout fout={afsluiten.error} wat="Afsluiten" />}
          <Totalen telling={r.telling} />
          <section aria-labelledby="deelnemers">
            <h2 id="deelnemers" className="utrecht-heading-2">
              Jongeren in de ronde
            </h2>
            <table className="sluitend-tabel">
              <caption className="utrecht-paragraph sluitend-bijschrift">Resultaat per jongere</caption>
              <thead>
                <tr>
                  <th scope="col">Casus</th>
                  <th scope="col">Resultaat</th>
                </tr>
              </thead>
              <tbody>
                {(r.deelnemers ?? []).map((deelnemer) => (
                  <tr key={deelnemer.casusId}>
                    <td>
                      <Link className="utrecht-link" to={`/casussen/${deelnemer.casusId}`}>
                        Casus {deelnemer.casusId.slice(0, 8)}
                      </Link>
                    </td>
                    <td>
                      {r.afgeslotenOp ? (
                        <ResultaatTekst deelnemer={deelnemer} />
                      ) : (
                        <ResultaatVastleggen
                          regio={regio}
                          rondeId={r.id}
                          deelnemer={deelnemer}
                          onVastgelegd={() => ververs('Het resultaat is vastgelegd.')}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {!r.afgeslotenOp && (
            <p className="utrecht-paragraph">
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                disabled={afsluiten.isPending}
                onClick={() => {
                  setGelukt(undefined);
                  afsluiten.mutate();
                }}
              >
                Ronde afsluiten
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}

function ResultaatTekst({ deelnemer }: { deelnemer: Deelnemer }) {
  const delen = [RONDE_REACTIES[deelnemer.reactie]];
  if (deelnemer.inBeeld) delen.push('in beeld');
  if (deelnemer.overgedragenAan) delen.push(`overgedragen aan ${organisatieLabel(deelnemer.overgedragenAan)}`);
  return <>{delen.join(', ')}</>;
}

function ResultaatVastleggen({
  regio,
  rondeId,
  deelnemer,
  onVastgelegd,
}: {
  regio: string;
  rondeId: string;
  deelnemer: Deelnemer;
  onVastgelegd: () => Promise<void>;
}) {
  const [reactie, setReactie] = useState<Reactie>(deelnemer.reactie);
  const [inBeeld, setInBeeld] = useState(deelnemer.inBeeld);
  const [aan, setAan] = useState(deelnemer.overgedragenAan ?? '');
  const vastleggen = useMutation({
    mutationFn: () =>
      data(
        trajecten.PUT('/api/trajecten/benaderrondes/{rmcRegio}/{rondeId}/deelnemers/{casusId}', {
          params: { path: { rmcRegio: regio, rondeId, casusId: deelnemer.casusId } },
          body: { reactie, inBeeld, ...(aan.trim() ? { overgedragenAan: aan.trim() } : {}) },
        }),
      ),
    onSuccess: () => onVastgelegd(),
  });
  const kort = deelnemer.casusId.slice(0, 8);
  const veld = (naam: string) => `${naam}-${deelnemer.casusId}`;
  return (
    <form
      className="sluitend-formulier sluitend-filters"
      onSubmit={(event) => {
        event.preventDefault();
        vastleggen.mutate();
      }}
    >
      {vastleggen.error && <Fout fout={vastleggen.error} wat="Het resultaat" />}
      <label className="utrecht-form-label" htmlFor={veld('reactie')}>
        Reactie van casus {kort}
      </label>{' '}
      <select id={veld('reactie')} className="utrecht-select" value={reactie} onChange={(event) => setReactie(event.target.value as Reactie)}>
        {Object.entries(RONDE_REACTIES).map(([waarde, label]) => (
          <option key={waarde} value={waarde}>
            {label}
          </option>
        ))}
      </select>{' '}
      <input
        id={veld('in-beeld')}
        type="checkbox"
        className="utrecht-checkbox"
        checked={inBeeld}
        onChange={(event) => setInBeeld(event.target.checked)}
      />{' '}
      <label className="utrecht-form-label" htmlFor={veld('in-beeld')}>
        In beeld
      </label>{' '}
      <label className="utrecht-form-label" htmlFor={veld('aan')}>
        Overgedragen aan (organisatiecode)
      </label>{' '}
      <input id={veld('aan')} className="utrecht-textbox" list="ronde-organisaties" value={aan} onChange={(event) => setAan(event.target.value)} />
      <datalist id="ronde-organisaties">
        {Object.entries(ORGANISATIES).map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </datalist>{' '}
      <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={vastleggen.isPending}>
        Vastleggen
      </button>
    </form>
  );
}
