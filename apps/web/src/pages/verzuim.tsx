import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { ApiFout, data, verzuim } from '../api/client';
import type { components } from '../api/verzuim';
import { useAuth } from '../auth';
import { algemeneRegel } from '../components/formulier';
import { Fout, Laden, Leeg, Melding } from '../components/status';
import { formatDatum, formatDatumTijd, gemeenteLabel, regioLabel } from '../teksten';
import { useTitel } from './titel';

type Verzuimmelding = components['schemas']['MeldingMetStappenDto_Output'];
type MeldingStatus = Verzuimmelding['status'];
type Sluitreden = NonNullable<Verzuimmelding['sluitreden']>;
type MasFase = NonNullable<Verzuimmelding['masFase']>;
type MasRoute = NonNullable<Verzuimmelding['masRoute']>;
type StapBody = components['schemas']['MeldingStapDto'];
type Veldfout = components['schemas']['FieldIssue'];

const MELDING_SOORTEN: Record<Verzuimmelding['soort'], string> = {
  'zestien-uur': '16 uur in 4 lesweken',
  'langdurig-relatief': 'Langdurig relatief verzuim',
  luxe: 'Luxe verzuim',
  rmc: 'RMC-verzuim',
  overig: 'Overig verzuim',
};
const MELDING_STATUS: Record<MeldingStatus, string> = {
  geregistreerd: 'Geregistreerd',
  'in-behandeling': 'In behandeling',
  afgesloten: 'Afgesloten',
  'ter-kennisgeving-aangenomen': 'Ter kennisgeving aangenomen',
  ingetrokken: 'Ingetrokken',
};
const SLUITREDENEN: Record<Sluitreden, string> = {
  'terug-naar-school': 'Terug naar school',
  'inschrijving-beeindigd-andere-opleiding': 'Inschrijving beëindigd: andere opleiding',
  'inschrijving-beeindigd-werk': 'Inschrijving beëindigd: werk',
  'inschrijving-beeindigd-overig': 'Inschrijving beëindigd: overig',
  'inschrijving-beeindigd-overleden': 'Inschrijving beëindigd: overleden',
  'geen-verzuim-langdurig-ziek': 'Geen verzuim: langdurig ziek',
  'geen-verzuim-legitiem-afwezig': 'Geen verzuim: geoorloofd afwezig',
};
const MAS_FASEN: Record<MasFase, string> = {
  waarnemen: 'Waarnemen',
  analyseren: 'Analyseren',
  plannen: 'Plannen',
  handelen: 'Handelen',
  evalueren: 'Evalueren',
};
const MAS_ROUTES: Record<MasRoute, string> = {
  'vrijwillige-hulp': 'Vrijwillige hulp',
  halt: 'Halt',
  'verplicht-kader': 'Verplicht kader',
  'proces-verbaal': 'Proces-verbaal',
};
/** The MAS runs its phases in order (evaluating leads back); a route is chosen while planning or acting (as the service checks). */
const VOLGENDE_FASEN: Record<MasFase, MasFase[]> = {
  waarnemen: ['analyseren'],
  analyseren: ['plannen'],
  plannen: ['handelen'],
  handelen: ['evalueren'],
  evalueren: ['analyseren', 'plannen'],
};
const VOLGENDE_ROUTES: Record<MasRoute | 'start', MasRoute[]> = {
  start: ['vrijwillige-hulp', 'halt', 'verplicht-kader', 'proces-verbaal'],
  'vrijwillige-hulp': ['halt', 'verplicht-kader', 'proces-verbaal'],
  halt: ['vrijwillige-hulp', 'verplicht-kader', 'proces-verbaal'],
  'verplicht-kader': ['proces-verbaal'],
  'proces-verbaal': ['verplicht-kader'],
};
const ACTIES: Record<NonNullable<StapBody['actie']>, string> = {
  'in-behandeling-nemen': 'In behandeling nemen',
  'ter-kennisgeving-aannemen': 'Ter kennisgeving aannemen',
  afsluiten: 'Afsluiten',
  intrekken: 'Intrekken',
};
const ONDERWIJSTYPES: Record<string, string> = {
  po: 'po',
  'vmbo-bb': 'vmbo-bb',
  'vmbo-kb': 'vmbo-kb',
  'vmbo-gl': 'vmbo-gl',
  'vmbo-tl': 'vmbo-tl',
  havo: 'havo',
  vwo: 'vwo',
  pro: 'praktijkonderwijs',
  vso: 'vso',
  mbo: 'mbo',
};
const uren = (waarde: number) => (waarde === 0 ? '0' : waarde.toLocaleString('nl-NL', { maximumFractionDigits: 1 }));
/** The service's own messages are Dutch; the generic type checks (zod) answer in English: those get a Dutch line. */
const ZOD_UITLEG: Record<string, string> = {
  invalid_type: 'Geen geldige waarde: verwacht een getal (uren met een komma of punt) of een lege cel.',
  too_big: 'De waarde is te groot.',
  too_small: 'De waarde is te klein.',
  invalid_format: 'De waarde heeft niet het goede formaat (een datum als jjjj-mm-dd).',
};
const uitleg = (fout: Veldfout) =>
  /^[A-Z][a-z]+ input/.test(fout.message) || /^Invalid/.test(fout.message) ? (ZOD_UITLEG[fout.rule] ?? fout.message) : fout.message;
const isSchool = (type: string | undefined) => type === 'vo-school' || type === 'mbo-instelling';

/** The school's enrolled students (by pseudonym) with their hours over the last 4 lesweken and their open meldingen. */
export function VerzuimLeerlingenPagina() {
  useTitel('Verzuim van je leerlingen');
  const leerlingen = useQuery({ queryKey: ['verzuim-leerlingen'], queryFn: () => data(verzuim.GET('/api/verzuim/leerlingen')) });
  return (
    <>
      <h1 className="utrecht-heading-1">Verzuim van je leerlingen</h1>
      <p className="utrecht-paragraph">
        Je ingeschreven leerlingen met hun uren verzuim over de laatste 4 lesweken en hun open verzuimmeldingen. Leerlingen staan er onder hun
        pseudoniem; de namen staan in je eigen administratie.
      </p>
      <ul className="utrecht-link-list sluitend-knoppen">
        <li>
          <Link className="utrecht-link" to="/verzuim/absentie">
            Absentie invoeren of een CSV-bestand uploaden
          </Link>
        </li>
        <li>
          <Link className="utrecht-link" to="/verzuimmeldingen">
            De verzuimmeldingen van je school
          </Link>
        </li>
      </ul>
      {leerlingen.isPending && <Laden wat="Leerlingen" />}
      {leerlingen.isError && <Fout fout={leerlingen.error} wat="De leerlingen" />}
      {leerlingen.data && leerlingen.data.leerlingen.length === 0 && (
        <Leeg>Er zijn (nog) geen leerlingen ingeschreven bij je school in verzuim.</Leeg>
      )}
      {leerlingen.data && leerlingen.data.leerlingen.length > 0 && (
        <table className="sluitend-tabel">
          <caption className="utrecht-paragraph sluitend-bijschrift">
            {leerlingen.data.leerlingen.length} {leerlingen.data.leerlingen.length === 1 ? 'leerling' : 'leerlingen'}, uren verzuim van{' '}
            {leerlingen.data.van ? formatDatum(leerlingen.data.van) : 'het begin van het schooljaar'} tot en met {formatDatum(leerlingen.data.tot)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Leerling (pseudoniem)</th>
              <th scope="col">Onderwijs</th>
              <th scope="col" className="sluitend-getal">
                Ongeoorloofd
              </th>
              <th scope="col" className="sluitend-getal">
                Ziek
              </th>
              <th scope="col" className="sluitend-getal">
                Geoorloofd
              </th>
              <th scope="col" className="sluitend-getal">
                Te laat
              </th>
              <th scope="col" className="sluitend-getal">
                Open meldingen
              </th>
            </tr>
          </thead>
          <tbody>
            {leerlingen.data.leerlingen.map((leerling) => (
              <tr key={leerling.leerlingId}>
                <td>
                  <code>{leerling.leerlingId.slice(0, 12)}…</code>
                </td>
                <td>{ONDERWIJSTYPES[leerling.onderwijstype] ?? leerling.onderwijstype}</td>
                <td className="sluitend-getal">{uren(leerling.ongeoorloofd)}</td>
                <td className="sluitend-getal">{uren(leerling.ziek)}</td>
                <td className="sluitend-getal">{uren(leerling.geoorloofd)}</td>
                <td className="sluitend-getal">{leerling.teLaat}</td>
                <td className="sluitend-getal">{leerling.openMeldingen > 0 ? <strong>{leerling.openMeldingen}</strong> : 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Absence in: one student on one lesdag, or the administration's CSV export with its report per row. */
export function AbsentiePagina() {
  useTitel('Absentie invoeren');
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/verzuim">
          ← Terug naar de leerlingen
        </Link>
      </p>
      <h1 className="utrecht-heading-1">Absentie invoeren</h1>
      <p className="utrecht-paragraph">
        Leg per leerling per lesdag de uren vast. Een dag opnieuw invoeren corrigeert hem; alles op 0 trekt hem in. Verzuim wordt meteen getoetst aan
        de wettelijke grenzen: een melding die daardoor ontstaat, zie je hieronder.
      </p>
      <AbsentieFormulier />
      <CsvUpload />
    </>
  );
}

function Meldingenresultaat({ resultaat }: { resultaat: components['schemas']['AbsentiesResultaatDto_Output'] }) {
  return (
    <Melding
      soort="ok"
      titel={`${resultaat.verwerkt} ${resultaat.verwerkt === 1 ? 'dag' : 'dagen'} vastgelegd voor ${resultaat.leerlingen} ${resultaat.leerlingen === 1 ? 'leerling' : 'leerlingen'}.`}
    >
      <p className="utrecht-paragraph">
        {resultaat.meldingen.nieuw.length === 0 && resultaat.meldingen.vervallen.length === 0 && resultaat.meldingen.gewijzigd.length === 0
          ? 'Hierdoor is geen verzuimmelding ontstaan of veranderd.'
          : `Verzuimmeldingen: ${resultaat.meldingen.nieuw.length} nieuw, ${resultaat.meldingen.gewijzigd.length} gewijzigd, ${resultaat.meldingen.vervallen.length} vervallen.`}
      </p>
      {resultaat.meldingen.nieuw.length > 0 && (
        <ul className="utrecht-link-list">
          {resultaat.meldingen.nieuw.map((id) => (
            <li key={id}>
              <Link className="utrecht-link" to={`/verzuimmeldingen/${id}`}>
                Nieuwe melding {id.slice(0, 8)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Melding>
  );
}

function AbsentieFormulier() {
  const queryClient = useQueryClient();
  const [velden, setVelden] = useState({ persoonsnummer: '', datum: '', ongeoorloofd: '', ziek: '', verlof: '', teLaat: '' });
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const vastleggen = useMutation({
    mutationFn: (body: components['schemas']['AbsentiesDto']) => data(verzuim.POST('/api/verzuim/absenties/bulk', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['verzuim-leerlingen'] }),
  });
  const getal = (waarde: string) => (waarde.trim() ? Number(waarde.replace(',', '.')) : undefined);
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    const nieuw: Record<string, string> = {};
    if (!/^\d{9}$/.test(velden.persoonsnummer.trim())) nieuw.persoonsnummer = 'Vul een BSN of onderwijsnummer van 9 cijfers in.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(velden.datum)) nieuw.datum = 'Kies de lesdag.';
    for (const veld of ['ongeoorloofd', 'ziek', 'verlof', 'teLaat'] as const) {
      const waarde = getal(velden[veld]);
      if (waarde !== undefined && (!Number.isFinite(waarde) || waarde < 0 || waarde > 24))
        nieuw[veld] = 'Vul een aantal uren tussen 0 en 24 in, of laat het leeg.';
    }
    setFouten(nieuw);
    if (Object.keys(nieuw).length > 0) return;
    const uren = Object.fromEntries(
      (['ongeoorloofd', 'ziek', 'verlof', 'teLaat'] as const).flatMap((veld) =>
        getal(velden[veld]) === undefined ? [] : [[veld, getal(velden[veld]) as number]],
      ),
    );
    vastleggen.mutate({ absenties: [{ persoonsnummer: velden.persoonsnummer.trim(), datum: velden.datum, ...uren }] });
  };
  const veld = (naam: keyof typeof velden, label: string, extra: { type?: string; inputMode?: 'numeric' | 'decimal' } = { inputMode: 'decimal' }) => (
    <div className={`utrecht-form-field${fouten[naam] ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={`absentie-${naam}`}>
        {label}
      </label>
      {fouten[naam] && (
        <p id={`absentie-${naam}-fout`} className="utrecht-form-field-error-message">
          {fouten[naam]}
        </p>
      )}
      <input
        id={`absentie-${naam}`}
        className="utrecht-textbox"
        autoComplete="off"
        {...extra}
        value={velden[naam]}
        aria-invalid={fouten[naam] ? true : undefined}
        aria-describedby={fouten[naam] ? `absentie-${naam}-fout` : undefined}
        onChange={(event) => setVelden({ ...velden, [naam]: event.target.value })}
      />
    </div>
  );
  return (
    <section aria-labelledby="een-dag">
      <h2 id="een-dag" className="utrecht-heading-2">
        Eén leerling, één lesdag
      </h2>
      {vastleggen.data && <Meldingenresultaat resultaat={vastleggen.data} />}
      {vastleggen.error && <Fout fout={vastleggen.error} wat="De absentie" />}
      <form className="sluitend-formulier" onSubmit={verstuur} noValidate>
        {veld('persoonsnummer', 'BSN of onderwijsnummer', { inputMode: 'numeric' })}
        {veld('datum', 'Lesdag', { type: 'date' })}
        {veld('ongeoorloofd', 'Uren ongeoorloofd afwezig')}
        {veld('ziek', 'Uren ziek')}
        {veld('verlof', 'Uren verlof (geoorloofd)')}
        {veld('teLaat', 'Keren te laat')}
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={vastleggen.isPending}>
            Absentie vastleggen
          </button>
        </div>
      </form>
    </section>
  );
}

/** The administration's export as CSV: all rows or none; refused rows reported by line, column and rule. */
function CsvUpload() {
  const queryClient = useQueryClient();
  const [bestand, setBestand] = useState<File>();
  const [keuzeFout, setKeuzeFout] = useState<string>();
  const upload = useMutation({
    mutationFn: async (inhoud: string) =>
      data(
        verzuim.POST('/api/verzuim/absenties/csv', {
          body: inhoud,
          bodySerializer: (tekst: string) => tekst,
          headers: { 'content-type': 'text/csv' },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['verzuim-leerlingen'] }),
  });
  const verstuur = async (event: FormEvent) => {
    event.preventDefault();
    if (!bestand) {
      setKeuzeFout('Kies een CSV-bestand.');
      return;
    }
    setKeuzeFout(undefined);
    upload.mutate(await bestand.text());
  };
  const regelfouten: Veldfout[] = upload.error instanceof ApiFout ? (upload.error.probleem?.errors ?? []) : [];
  return (
    <section aria-labelledby="csv">
      <h2 id="csv" className="utrecht-heading-2">
        CSV-export van de schooladministratie
      </h2>
      <p className="utrecht-paragraph">
        Kolommen gescheiden door een puntkomma, met een kopregel: <code>bsn_of_onderwijsnummer;datum;ongeoorloofd;ziek</code> (en eventueel{' '}
        <code>verlof</code>, <code>te_laat</code>, <code>uitgestuurd</code>). Het hele bestand wordt vastgelegd of niets: bij een fout zie je per
        regel wat er niet klopt.
      </p>
      {upload.data && <Meldingenresultaat resultaat={upload.data} />}
      {upload.error && regelfouten.length === 0 && <Fout fout={upload.error} wat="De upload" />}
      {regelfouten.length > 0 && (
        <div role="alert">
          <Melding soort="error" titel={`Het bestand is niet vastgelegd: ${regelfouten.length} ${regelfouten.length === 1 ? 'fout' : 'fouten'}.`}>
            <p className="utrecht-paragraph">Verbeter de regels hieronder en upload het bestand opnieuw. Er is niets opgeslagen.</p>
          </Melding>
          <table className="sluitend-tabel">
            <caption className="utrecht-paragraph sluitend-bijschrift">Fouten per regel van het bestand</caption>
            <thead>
              <tr>
                <th scope="col">Regel</th>
                <th scope="col">Kolom</th>
                <th scope="col">Regel die niet klopt</th>
                <th scope="col">Uitleg</th>
              </tr>
            </thead>
            <tbody>
              {regelfouten.map((fout, index) => (
                <tr key={`${fout.row ?? '-'}-${fout.field}-${index}`}>
                  <td>{fout.row ?? '—'}</td>
                  <td>
                    <code>{fout.field}</code>
                  </td>
                  <td>{algemeneRegel(fout.rule) ?? <code>{fout.rule}</code>}</td>
                  <td>{uitleg(fout)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="sluitend-formulier" onSubmit={(event) => void verstuur(event)} noValidate>
        <div className={`utrecht-form-field${keuzeFout ? ' utrecht-form-field--invalid' : ''}`}>
          <label className="utrecht-form-label" htmlFor="csv-bestand">
            CSV-bestand
          </label>
          {keuzeFout && (
            <p id="csv-fout" className="utrecht-form-field-error-message">
              {keuzeFout}
            </p>
          )}
          <input
            id="csv-bestand"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={keuzeFout ? 'csv-fout' : undefined}
            onChange={(event) => {
              setBestand(event.target.files?.[0]);
              upload.reset();
            }}
          />
        </div>
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={upload.isPending}>
            Bestand uploaden
          </button>
        </div>
      </form>
    </section>
  );
}

/** The meldingen this organisation may see: a school its own, a gemeente its residents', an RMC its region's RMC meldingen. */
export function VerzuimmeldingenPagina() {
  const { gebruiker } = useAuth();
  const [params] = useSearchParams();
  const location = useLocation();
  const status = (Object.keys(MELDING_STATUS) as MeldingStatus[]).find((s) => s === params.get('status'));
  useTitel(status ? `Verzuimmeldingen: ${MELDING_STATUS[status]}` : 'Verzuimmeldingen');
  const meldingen = useQuery({
    queryKey: ['verzuimmeldingen'],
    queryFn: () => data(verzuim.GET('/api/verzuim/meldingen', { params: { query: { limiet: 500 } } })),
  });
  const getoond = meldingen.data?.meldingen.filter((melding) => !status || melding.status === status) ?? [];
  const telling = (s: MeldingStatus | undefined) => meldingen.data?.meldingen.filter((melding) => !s || melding.status === s).length;
  const type = gebruiker?.org.type;
  return (
    <>
      <h1 className="utrecht-heading-1">Verzuimmeldingen</h1>
      <p className="utrecht-paragraph">
        {isSchool(type)
          ? 'De verzuimmeldingen van je school, met hun status bij de leerplichtambtenaar of het RMC.'
          : type === 'gemeente'
            ? 'De verzuimmeldingen over leerplichtige inwoners van je gemeente. Neem een melding in behandeling en volg de MAS-fasen tot je haar afsluit.'
            : 'De RMC-verzuimmeldingen over jongeren (18 tot 23, zonder startkwalificatie) in je regio.'}
      </p>
      <nav aria-label="Filter op status">
        <ul className="sluitend-tabs">
          <li>
            <Link to="/verzuimmeldingen" aria-current={!status ? 'page' : undefined}>
              Alle{meldingen.data ? ` (${telling(undefined)})` : ''}
            </Link>
          </li>
          {(Object.keys(MELDING_STATUS) as MeldingStatus[]).map((s) => (
            <li key={s}>
              <Link to={`/verzuimmeldingen?status=${s}`} aria-current={status === s ? 'page' : undefined}>
                {MELDING_STATUS[s]}
                {meldingen.data ? ` (${telling(s)})` : ''}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {meldingen.isPending && <Laden wat="Verzuimmeldingen" />}
      {meldingen.isError && <Fout fout={meldingen.error} wat="De verzuimmeldingen" />}
      {meldingen.data && getoond.length === 0 && (
        <Leeg>Er zijn geen verzuimmeldingen{status ? ` met status ${MELDING_STATUS[status].toLowerCase()}` : ''}.</Leeg>
      )}
      {getoond.length > 0 && (
        <table className="sluitend-tabel">
          <caption className="utrecht-paragraph sluitend-bijschrift">
            {getoond.length} {getoond.length === 1 ? 'melding' : 'meldingen'}
            {status ? ` met status ${MELDING_STATUS[status].toLowerCase()}` : ''}, nieuwste eerst
          </caption>
          <thead>
            <tr>
              <th scope="col">Melding</th>
              <th scope="col">Soort</th>
              <th scope="col">Status</th>
              <th scope="col">Periode</th>
              <th scope="col">Woongemeente</th>
              <th scope="col">School</th>
              <th scope="col">Gemeld</th>
            </tr>
          </thead>
          <tbody>
            {getoond.map((melding) => (
              <tr key={melding.id}>
                <td>
                  <Link className="utrecht-link" to={`/verzuimmeldingen/${melding.id}`} state={{ terug: `/verzuimmeldingen${location.search}` }}>
                    Melding {melding.id.slice(0, 8)}
                  </Link>
                </td>
                <td>{MELDING_SOORTEN[melding.soort]}</td>
                <td>{MELDING_STATUS[melding.status]}</td>
                <td>
                  {formatDatum(melding.startdatum)} – {formatDatum(melding.einddatum)}
                </td>
                <td>{gemeenteLabel(melding.woongemeente)}</td>
                <td>{melding.brin}</td>
                <td>{formatDatumTijd(melding.geregistreerdOp)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {meldingen.data && meldingen.data.meldingen.length >= 500 && (
        <p className="utrecht-paragraph">Alleen de nieuwste 500 meldingen worden getoond.</p>
      )}
    </>
  );
}

/** One melding with its steps; the steps this organisation may take now (the school withdraws, the behandelaar handles). */
export function VerzuimmeldingPagina() {
  const { meldingId = '' } = useParams();
  const terug = (useLocation().state as { terug?: string } | null)?.terug ?? '/verzuimmeldingen';
  const melding = useQuery({
    queryKey: ['verzuimmelding', meldingId],
    queryFn: () => data(verzuim.GET('/api/verzuim/meldingen/{meldingId}', { params: { path: { meldingId } } })),
  });
  useTitel(melding.data ? `Melding ${melding.data.id.slice(0, 8)}` : 'Verzuimmelding');
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={terug}>
          ← Terug naar de verzuimmeldingen
        </Link>
      </p>
      {melding.isPending && <Laden wat="De melding" />}
      {melding.isError && <Fout fout={melding.error} wat="Deze melding" />}
      {melding.data && <MeldingDetails melding={melding.data} />}
    </>
  );
}

function MeldingDetails({ melding }: { melding: Verzuimmelding }) {
  const { gebruiker } = useAuth();
  const queryClient = useQueryClient();
  const [gelukt, setGelukt] = useState<string>();
  const [sluitreden, setSluitreden] = useState<Sluitreden | ''>('');
  const [fase, setFase] = useState<MasFase | ''>('');
  const [route, setRoute] = useState<MasRoute | ''>('');
  const fasen = melding.masFase ? VOLGENDE_FASEN[melding.masFase] : (['waarnemen'] as MasFase[]);
  const routeKiesbaar = ['plannen', 'handelen'].includes(fase || (melding.masFase ?? ''));
  const routes = VOLGENDE_ROUTES[melding.masRoute ?? 'start'];
  const [toelichting, setToelichting] = useState('');
  const [sluitFout, setSluitFout] = useState<string>();
  const stap = useMutation({
    mutationFn: (body: StapBody) =>
      data(verzuim.POST('/api/verzuim/meldingen/{meldingId}/stappen', { params: { path: { meldingId: melding.id } }, body })),
    onMutate: () => setGelukt(undefined),
    onSuccess: async (_antwoord, body) => {
      setFase('');
      setRoute('');
      setGelukt(body.actie ? `Stap gezet: ${ACTIES[body.actie].toLowerCase()}.` : 'De MAS-fase en route zijn vastgelegd.');
      setToelichting('');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['verzuimmelding', melding.id] }),
        queryClient.invalidateQueries({ queryKey: ['verzuimmeldingen'] }),
      ]);
    },
  });
  const school = isSchool(gebruiker?.org.type);
  const behandelaar = !school;
  const notitie = toelichting.trim() ? { toelichting: toelichting.trim() } : {};
  const afsluiten = (event: FormEvent) => {
    event.preventDefault();
    if (!sluitreden) {
      setSluitFout('Kies een reden om af te sluiten.');
      return;
    }
    setSluitFout(undefined);
    stap.mutate({ actie: 'afsluiten', sluitreden, ...notitie });
  };
  return (
    <>
      <h1 className="utrecht-heading-1">
        Melding {melding.id.slice(0, 8)}: {MELDING_SOORTEN[melding.soort]}
      </h1>
      {gelukt && (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{gelukt}</p>
        </Melding>
      )}
      {stap.error && <Fout fout={stap.error} wat="Deze stap" />}
      <dl className="sluitend-velden">
        <dt>Status</dt>
        <dd>{MELDING_STATUS[melding.status]}</dd>
        {melding.sluitreden && (
          <>
            <dt>Reden van afsluiten</dt>
            <dd>{SLUITREDENEN[melding.sluitreden]}</dd>
          </>
        )}
        <dt>MAS-fase</dt>
        <dd>{melding.masFase ? MAS_FASEN[melding.masFase] : '—'}</dd>
        <dt>Route</dt>
        <dd>{melding.masRoute ? MAS_ROUTES[melding.masRoute] : '—'}</dd>
        <dt>Periode</dt>
        <dd>
          {formatDatum(melding.startdatum)} tot en met {formatDatum(melding.einddatum)}
        </dd>
        <dt>Gemist</dt>
        <dd>
          {uren(melding.urenGemist)} uur, {melding.dagenGemist} {melding.dagenGemist === 1 ? 'dag' : 'dagen'}
          {melding.alleLessenGemist ? ', alle lessen' : ''}
        </dd>
        <dt>Verplichte melding</dt>
        <dd>
          {melding.verplicht ? 'ja' : 'nee'}
          {melding.vervolgmelding ? ' (vervolgmelding)' : ''}
        </dd>
        <dt>Voor</dt>
        <dd>
          {melding.ontvanger === 'rmc' ? `RMC ${regioLabel(melding.rmcRegio)}` : `Leerplichtambtenaar van ${gemeenteLabel(melding.woongemeente)}`}
        </dd>
        <dt>Leerling (pseudoniem)</dt>
        <dd>
          <code>{melding.leerlingId}</code>
        </dd>
        <dt>School (BRIN)</dt>
        <dd>{melding.brin}</dd>
        <dt>Gemeld</dt>
        <dd>
          {formatDatumTijd(melding.geregistreerdOp)}
          {melding.handmatig ? ' (met de hand)' : ' (door de verzuimregels)'}
        </dd>
      </dl>

      {school && melding.status === 'geregistreerd' && (
        <section aria-labelledby="acties">
          <h2 id="acties" className="utrecht-heading-2">
            Wat wil je doen?
          </h2>
          <p className="utrecht-paragraph">Zolang niemand de melding behandelt, kan de school haar intrekken.</p>
          <div className="sluitend-knoppen">
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              disabled={stap.isPending}
              onClick={() => stap.mutate({ actie: 'intrekken' })}
            >
              Melding intrekken
            </button>
          </div>
        </section>
      )}

      {behandelaar && (melding.status === 'geregistreerd' || melding.status === 'in-behandeling') && (
        <section aria-labelledby="acties">
          <h2 id="acties" className="utrecht-heading-2">
            Wat wil je doen?
          </h2>
          {melding.status === 'geregistreerd' && (
            <div className="sluitend-knoppen">
              <button
                type="button"
                className="utrecht-button utrecht-button--primary-action"
                disabled={stap.isPending}
                onClick={() => stap.mutate({ actie: 'in-behandeling-nemen', fase: 'waarnemen' })}
              >
                In behandeling nemen
              </button>
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                disabled={stap.isPending}
                onClick={() => stap.mutate({ actie: 'ter-kennisgeving-aannemen' })}
              >
                Ter kennisgeving aannemen
              </button>
            </div>
          )}
          {melding.status === 'in-behandeling' && (
            <>
              <form
                className="sluitend-formulier"
                aria-labelledby="mas-kop"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (fase || route) stap.mutate({ ...(fase ? { fase } : {}), ...(route ? { route } : {}), ...notitie });
                }}
              >
                <h3 id="mas-kop" className="utrecht-heading-3">
                  MAS-fase en route
                </h3>
                <div className="utrecht-form-field">
                  <label className="utrecht-form-label" htmlFor="fase">
                    MAS-fase
                  </label>
                  <select id="fase" className="utrecht-select" value={fase} onChange={(event) => setFase(event.target.value as MasFase | '')}>
                    <option value="">{melding.masFase ? `Blijft ${MAS_FASEN[melding.masFase].toLowerCase()}` : 'Kies een fase'}</option>
                    {fasen.map((waarde) => (
                      <option key={waarde} value={waarde}>
                        {MAS_FASEN[waarde]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="utrecht-form-field">
                  <label className="utrecht-form-label" htmlFor="route">
                    Route
                  </label>
                  <select
                    id="route"
                    className="utrecht-select"
                    value={route}
                    disabled={!routeKiesbaar}
                    aria-describedby="route-uitleg"
                    onChange={(event) => setRoute(event.target.value as MasRoute | '')}
                  >
                    <option value="">{melding.masRoute ? `Blijft ${MAS_ROUTES[melding.masRoute].toLowerCase()}` : 'Nog geen route'}</option>
                    {routes.map((waarde) => (
                      <option key={waarde} value={waarde}>
                        {MAS_ROUTES[waarde]}
                      </option>
                    ))}
                  </select>
                  <p id="route-uitleg" className="utrecht-form-field-description">
                    Een route kies je in de fase plannen of handelen.
                  </p>
                </div>
                <div>
                  <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={stap.isPending}>
                    Fase en route vastleggen
                  </button>
                </div>
              </form>
              <form className="sluitend-formulier" aria-labelledby="sluit-kop" onSubmit={afsluiten} noValidate>
                <h3 id="sluit-kop" className="utrecht-heading-3">
                  Afsluiten
                </h3>
                <div className={`utrecht-form-field${sluitFout ? ' utrecht-form-field--invalid' : ''}`}>
                  <label className="utrecht-form-label" htmlFor="sluitreden">
                    Reden (DUO)
                  </label>
                  {sluitFout && (
                    <p id="sluitreden-fout" className="utrecht-form-field-error-message">
                      {sluitFout}
                    </p>
                  )}
                  <select
                    id="sluitreden"
                    className="utrecht-select"
                    value={sluitreden}
                    aria-invalid={sluitFout ? true : undefined}
                    aria-describedby={sluitFout ? 'sluitreden-fout' : undefined}
                    onChange={(event) => setSluitreden(event.target.value as Sluitreden | '')}
                  >
                    <option value="">Kies een reden</option>
                    {Object.entries(SLUITREDENEN).map(([waarde, label]) => (
                      <option key={waarde} value={waarde}>
                        {label}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="utrecht-form-field">
                  <label className="utrecht-form-label" htmlFor="melding-toelichting">
                    Toelichting (zonder namen of BSN)
                  </label>
                  <textarea
                    id="melding-toelichting"
                    className="utrecht-textarea"
                    rows={3}
                    maxLength={2000}
                    value={toelichting}
                    onChange={(event) => setToelichting(event.target.value)}
                  />
                </div>
                <div className="sluitend-knoppen">
                  <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={stap.isPending}>
                    Melding afsluiten
                  </button>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action"
                    disabled={stap.isPending}
                    onClick={() => stap.mutate({ actie: 'ter-kennisgeving-aannemen', ...notitie })}
                  >
                    Ter kennisgeving aannemen
                  </button>
                </div>
              </form>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="stappen">
        <h2 id="stappen" className="utrecht-heading-2">
          Stappen
        </h2>
        {melding.stappen.length === 0 ? (
          <p className="utrecht-paragraph">Nog geen stappen gezet.</p>
        ) : (
          <table className="sluitend-tabel">
            <thead>
              <tr>
                <th scope="col">Wanneer</th>
                <th scope="col">Wat</th>
                <th scope="col">MAS-fase en route</th>
                <th scope="col">Door</th>
                <th scope="col">Toelichting</th>
              </tr>
            </thead>
            <tbody>
              {melding.stappen.map((regel, index) => (
                <tr key={`${regel.op}-${index}`}>
                  <td>{formatDatumTijd(regel.op)}</td>
                  <td>{regel.actie ? ACTIES[regel.actie] : regel.naarStatus ? MELDING_STATUS[regel.naarStatus] : 'MAS bijgewerkt'}</td>
                  <td>
                    {[regel.fase ? MAS_FASEN[regel.fase] : undefined, regel.route ? MAS_ROUTES[regel.route] : undefined].filter(Boolean).join(', ') ||
                      '—'}
                  </td>
                  <td>{regel.door.code}</td>
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
