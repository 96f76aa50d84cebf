import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { data, trajecten } from '../api/client';
import type { components } from '../api/trajecten';
import { useAuth } from '../auth';
import { Fout, Laden, Leeg, Melding } from '../components/status';
import { formatDatum, regioLabel } from '../teksten';
import { useTitel } from './titel';

type Programma = components['schemas']['ProgrammaDto_Output'];
type Deelname = components['schemas']['DeelnameDto_Output'];
type Resultaat = NonNullable<Deelname['resultaat']>;

export const DEELNAME_RESULTATEN: Record<Resultaat, string> = {
  opleiding: 'Naar een opleiding',
  werk: 'Naar werk',
  bbl: 'BBL-baan (leren en werken)',
  'zorg-hulpverlening': 'Zorg of hulpverlening',
  'ander-traject': 'Ander traject',
  'voortijdig-gestopt': 'Voortijdig gestopt',
  'niet-begonnen': 'Niet begonnen',
  verhuisd: 'Verhuisd',
  overig: 'Overig',
};

const periode = (programma: Programma) =>
  programma.einddatum ? `${formatDatum(programma.startdatum)} t/m ${formatDatum(programma.einddatum)}` : `vanaf ${formatDatum(programma.startdatum)}`;

/** The region's programmes (a job-application club, an orientation course …) with their participants and results. */
export function ProgrammasPagina() {
  useTitel("Programma's");
  const { gebruiker } = useAuth();
  const regio = gebruiker?.org.code ?? '';
  const coordinator = gebruiker?.rollen.includes('rmc-coordinator') ?? false;
  const programmas = useQuery({
    queryKey: ['programmas', regio],
    queryFn: () => data(trajecten.GET('/api/trajecten/programmas/{rmcRegio}', { params: { path: { rmcRegio: regio } } })),
  });
  return (
    <>
      <h1 className="utrecht-heading-1">Programma&apos;s van {regioLabel(regio)}</h1>
      <p className="utrecht-paragraph">
        De programma&apos;s die de regio voor haar jongeren draait, zoals een sollicitatieclub of een oriëntatietraining. Kies een programma om
        casussen aan of af te melden en de resultaten per deelnemer te zien.
      </p>
      {programmas.isPending && <Laden wat="De programma's" />}
      {programmas.isError && <Fout fout={programmas.error} wat="De programma's" />}
      {programmas.data && programmas.data.programmas.length === 0 && <Leeg>De regio heeft nog geen programma&apos;s.</Leeg>}
      {programmas.data && programmas.data.programmas.length > 0 && (
        <table className="sluitend-tabel">
          <caption className="utrecht-paragraph sluitend-bijschrift">Programma&apos;s, lopende eerst</caption>
          <thead>
            <tr>
              <th scope="col">Programma</th>
              <th scope="col">Periode</th>
              <th scope="col">Plaatsen</th>
              <th scope="col">Deelnemers nu</th>
              <th scope="col">Deelnemers totaal</th>
            </tr>
          </thead>
          <tbody>
            {programmas.data.programmas.map((programma) => (
              <tr key={programma.id}>
                <td>
                  <Link className="utrecht-link" to={`/programmas/${programma.id}`}>
                    {programma.naam}
                  </Link>
                </td>
                <td>{periode(programma)}</td>
                <td>{programma.capaciteit ?? 'vrije in- en uitstroom'}</td>
                <td>{programma.resultaten.lopend}</td>
                <td>{programma.resultaten.deelnemers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {coordinator && <NieuwProgramma regio={regio} />}
    </>
  );
}

function NieuwProgramma({ regio }: { regio: string }) {
  const queryClient = useQueryClient();
  const [naam, setNaam] = useState('');
  const [startdatum, setStartdatum] = useState('');
  const [einddatum, setEinddatum] = useState('');
  const [capaciteit, setCapaciteit] = useState('');
  const [gelukt, setGelukt] = useState<string>();
  const maken = useMutation({
    mutationFn: () =>
      data(
        trajecten.POST('/api/trajecten/programmas/{rmcRegio}', {
          params: { path: { rmcRegio: regio } },
          body: {
            naam: naam.trim(),
            startdatum,
            ...(einddatum ? { einddatum } : {}),
            ...(capaciteit.trim() ? { capaciteit: Number(capaciteit) } : {}),
          },
        }),
      ),
    onSuccess: async (programma) => {
      setGelukt(`Het programma ${programma.naam} is gestart.`);
      setNaam('');
      setStartdatum('');
      setEinddatum('');
      setCapaciteit('');
      await queryClient.invalidateQueries({ queryKey: ['programmas', regio] });
    },
  });
  return (
    <form
      className="sluitend-formulier"
      aria-labelledby="nieuw-programma"
      onSubmit={(event) => {
        event.preventDefault();
        setGelukt(undefined);
        maken.mutate();
      }}
    >
      <h2 id="nieuw-programma" className="utrecht-heading-2">
        Nieuw programma
      </h2>
      {gelukt && (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{gelukt}</p>
        </Melding>
      )}
      {maken.error && <Fout fout={maken.error} wat="Het programma" />}
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="programma-naam">
          Naam
        </label>
        <input
          id="programma-naam"
          className="utrecht-textbox"
          required
          maxLength={200}
          value={naam}
          onChange={(event) => setNaam(event.target.value)}
        />
      </div>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="programma-start">
          Startdatum
        </label>
        <input
          id="programma-start"
          type="date"
          className="utrecht-textbox"
          required
          value={startdatum}
          onChange={(event) => setStartdatum(event.target.value)}
        />
      </div>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="programma-eind">
          Einddatum (leeg: loopt door)
        </label>
        <input id="programma-eind" type="date" className="utrecht-textbox" value={einddatum} onChange={(event) => setEinddatum(event.target.value)} />
      </div>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="programma-capaciteit">
          Plaatsen tegelijk (leeg: vrije in- en uitstroom)
        </label>
        <input
          id="programma-capaciteit"
          type="number"
          min={1}
          max={1000}
          className="utrecht-textbox"
          value={capaciteit}
          onChange={(event) => setCapaciteit(event.target.value)}
        />
      </div>
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={maken.isPending}>
          Programma starten
        </button>
      </div>
    </form>
  );
}

/** One programme: its participants (cases), joining and leaving with a result, and its results; the coordinator ends it. */
export function ProgrammaPagina() {
  const { id = '' } = useParams();
  const { gebruiker } = useAuth();
  const regio = gebruiker?.org.code ?? '';
  const coordinator = gebruiker?.rollen.includes('rmc-coordinator') ?? false;
  const queryClient = useQueryClient();
  const pad = { params: { path: { rmcRegio: regio, programmaId: id } } };
  const programma = useQuery({
    queryKey: ['programma', regio, id],
    queryFn: () => data(trajecten.GET('/api/trajecten/programmas/{rmcRegio}/{programmaId}', pad)),
  });
  useTitel(programma.data ? `Programma ${programma.data.naam}` : 'Programma');
  const [gelukt, setGelukt] = useState<string>();
  const ververs = async (melding: string) => {
    setGelukt(melding);
    await queryClient.invalidateQueries({ queryKey: ['programma', regio, id] });
    await queryClient.invalidateQueries({ queryKey: ['programmas', regio] });
  };
  const beeindigen = useMutation({
    mutationFn: () => data(trajecten.POST('/api/trajecten/programmas/{rmcRegio}/{programmaId}/beeindigen', { ...pad, body: {} })),
    onSuccess: (na) => ververs(`Het programma is beëindigd per ${formatDatum(na.einddatum)}.`),
  });
  const p = programma.data;
  const vandaag = new Date().toISOString().slice(0, 10);
  const loopt = p !== undefined && (p.einddatum === null || p.einddatum >= vandaag);
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/programmas">
          Terug naar de programma&apos;s
        </Link>
      </p>
      {programma.isPending && <Laden wat="Het programma" />}
      {programma.isError && <Fout fout={programma.error} wat="Het programma" />}
      {p && (
        <>
          <h1 className="utrecht-heading-1">{p.naam}</h1>
          <dl className="sluitend-velden">
            <dt>Periode</dt>
            <dd>{periode(p)}</dd>
            <dt>Plaatsen</dt>
            <dd>{p.capaciteit ?? 'vrije in- en uitstroom'}</dd>
            <dt>Deelnemers</dt>
            <dd>
              {p.resultaten.lopend} nu, {p.resultaten.deelnemers} in totaal
            </dd>
          </dl>
          {gelukt && (
            <Melding soort="ok">
              <p className="utrecht-paragraph">{gelukt}</p>
            </Melding>
          )}
          {beeindigen.error && <Fout fout={beeindigen.error} wat="Beëindigen" />}
          <Deelnemers
            regio={regio}
            programmaId={p.id}
            deelnames={p.deelnames}
            onAfgemeld={(resultaat) => ververs(`De deelnemer is afgemeld: ${DEELNAME_RESULTATEN[resultaat]}.`)}
          />
          {loopt && <Aanmelden regio={regio} programmaId={p.id} onAangemeld={() => ververs('De casus is aangemeld.')} />}
          <section aria-labelledby="resultaten">
            <h2 id="resultaten" className="utrecht-heading-2">
              Resultaten
            </h2>
            <table className="sluitend-tabel">
              <caption className="utrecht-paragraph sluitend-bijschrift">Afgemelde deelnemers per resultaat</caption>
              <thead>
                <tr>
                  <th scope="col">Resultaat</th>
                  <th scope="col">Aantal</th>
                </tr>
              </thead>
              <tbody>
                {(Object.keys(DEELNAME_RESULTATEN) as Resultaat[]).map((resultaat) => (
                  <tr key={resultaat}>
                    <th scope="row">{DEELNAME_RESULTATEN[resultaat]}</th>
                    <td>{p.resultaten.perResultaat[resultaat]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {coordinator && loopt && (
            <p className="utrecht-paragraph">
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                disabled={beeindigen.isPending}
                onClick={() => {
                  setGelukt(undefined);
                  beeindigen.mutate();
                }}
              >
                Programma vandaag beëindigen
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}

function Deelnemers({
  regio,
  programmaId,
  deelnames,
  onAfgemeld,
}: {
  regio: string;
  programmaId: string;
  deelnames: Deelname[];
  onAfgemeld: (resultaat: Resultaat) => Promise<void>;
}) {
  return (
    <section aria-labelledby="deelnemers">
      <h2 id="deelnemers" className="utrecht-heading-2">
        Deelnemers
      </h2>
      {deelnames.length === 0 && <p className="utrecht-paragraph">Nog geen deelnemers.</p>}
      {deelnames.length > 0 && (
        <table className="sluitend-tabel">
          <caption className="utrecht-paragraph sluitend-bijschrift">Deelnemers, wie nog meedoet eerst</caption>
          <thead>
            <tr>
              <th scope="col">Casus</th>
              <th scope="col">Aangemeld</th>
              <th scope="col">Afgemeld</th>
              <th scope="col">Resultaat</th>
            </tr>
          </thead>
          <tbody>
            {deelnames.map((deelname) => (
              <tr key={`${deelname.casusId}-${deelname.aangemeldOp}`}>
                <td>
                  <Link className="utrecht-link" to={`/casussen/${deelname.casusId}`}>
                    Casus {deelname.casusId.slice(0, 8)}
                  </Link>
                </td>
                <td>{formatDatum(deelname.aangemeldOp)}</td>
                <td>{formatDatum(deelname.afgemeldOp)}</td>
                <td>
                  {deelname.resultaat ? (
                    DEELNAME_RESULTATEN[deelname.resultaat]
                  ) : (
                    <Afmelden regio={regio} programmaId={programmaId} casusId={deelname.casusId} onAfgemeld={onAfgemeld} />
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

function Afmelden({
  regio,
  programmaId,
  casusId,
  onAfgemeld,
}: {
  regio: string;
  programmaId: string;
  casusId: string;
  onAfgemeld: (resultaat: Resultaat) => Promise<void>;
}) {
  const [resultaat, setResultaat] = useState<Resultaat>('opleiding');
  const afmelden = useMutation({
    mutationFn: () =>
      data(
        trajecten.POST('/api/trajecten/programmas/{rmcRegio}/{programmaId}/deelnames/{casusId}/afmelden', {
          params: { path: { rmcRegio: regio, programmaId, casusId } },
          body: { resultaat },
        }),
      ),
    onSuccess: (na) => onAfgemeld(na.resultaat ?? resultaat),
  });
  const veld = `resultaat-${casusId}`;
  return (
    <form
      className="sluitend-formulier sluitend-filters"
      onSubmit={(event) => {
        event.preventDefault();
        afmelden.mutate();
      }}
    >
      {afmelden.error && <Fout fout={afmelden.error} wat="Afmelden" />}
      <label className="utrecht-form-label" htmlFor={veld}>
        Resultaat van casus {casusId.slice(0, 8)}
      </label>{' '}
      <select id={veld} className="utrecht-select" value={resultaat} onChange={(event) => setResultaat(event.target.value as Resultaat)}>
        {Object.entries(DEELNAME_RESULTATEN).map(([waarde, label]) => (
          <option key={waarde} value={waarde}>
            {label}
          </option>
        ))}
      </select>{' '}
      <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={afmelden.isPending}>
        Afmelden
      </button>
    </form>
  );
}

function Aanmelden({ regio, programmaId, onAangemeld }: { regio: string; programmaId: string; onAangemeld: () => Promise<void> }) {
  const [casusId, setCasusId] = useState('');
  const aanmelden = useMutation({
    mutationFn: () =>
      data(
        trajecten.POST('/api/trajecten/programmas/{rmcRegio}/{programmaId}/deelnames', {
          params: { path: { rmcRegio: regio, programmaId } },
          body: { casusId: casusId.trim() },
        }),
      ),
    onSuccess: async () => {
      setCasusId('');
      await onAangemeld();
    },
  });
  return (
    <form
      className="sluitend-formulier"
      aria-labelledby="aanmelden-kop"
      onSubmit={(event) => {
        event.preventDefault();
        aanmelden.mutate();
      }}
    >
      <h2 id="aanmelden-kop" className="utrecht-heading-2">
        Casus aanmelden
      </h2>
      {aanmelden.error && <Fout fout={aanmelden.error} wat="De aanmelding" />}
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="aanmelden-casus">
          Casus-id (het nummer in het adres van de casuspagina)
        </label>
        <input id="aanmelden-casus" className="utrecht-textbox" required value={casusId} onChange={(event) => setCasusId(event.target.value)} />
      </div>
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={aanmelden.isPending}>
          Aanmelden
        </button>
      </div>
    </form>
  );
}
