import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { voorkeurenSchema, webhookSchema } from '@sluitend/contracts';
import { data, notificaties } from '../api/client';
import type { components } from '../api/notificaties';
import { Gebruiker, useAuth } from '../auth';
import { controleer, probleemVelden, Veld, Veldfouten } from '../components/formulier';
import { Fout, Laden, Leeg, Melding } from '../components/status';
import { formatDatumTijd, regioLabel, signaalLabel } from '../teksten';
import { useTitel } from './titel';

type Regel = components['schemas']['RegioRouteringDto_Output']['regels'][number];
type Ontvanger = Regel['ontvangers'][number];
type AlertOrganisatieType = components['schemas']['AlertOrganisatie_Output']['type'];

const ONTVANGERS: Record<Exclude<Ontvanger, 'rmc-coordinator'>, string> = {
  'rmc-woonregio': 'RMC van de woonregio',
  'vo-school': 'De vo-school',
  'mbo-instelling': 'De mbo-instelling',
  'leerplicht-woongemeente': 'Leerplicht van de woongemeente',
  'jeugdarts-woongemeente': 'Jeugdarts (GGD) van de woongemeente',
};
const ontvangerLabel = (rol: string) => (ONTVANGERS as Record<string, string>)[rol] ?? (rol === 'rmc-coordinator' ? 'RMC-coördinator' : rol);

const BEZORG_STATUS: Record<string, string> = { wachtend: 'Wachtend', verzonden: 'Verzonden', mislukt: 'Mislukt', opgeschort: 'Opgeschort' };
const BEZORG_SOORT: Record<string, string> = { alert: 'Signaal', escalatie: 'Escalatie', digest: 'Dagoverzicht' };

const isAlertOrganisatie = (type: string): type is AlertOrganisatieType =>
  type === 'rmc-regio' || type === 'vo-school' || type === 'mbo-instelling' || type === 'gemeente';

/** The region's routing rules (an RMC) and the organisation's channels: e-mail (now or a daily digest) and a webhook. */
export function InstellingenPagina() {
  useTitel('Instellingen voor signalen');
  const { gebruiker } = useAuth();
  if (!gebruiker || !isAlertOrganisatie(gebruiker.org.type)) return null;
  const org = { type: gebruiker.org.type, code: gebruiker.org.code };
  return (
    <>
      <h1 className="utrecht-heading-1">Instellingen voor signalen</h1>
      <p className="utrecht-paragraph">
        Hoe je organisatie hoort van nieuwe signalen naast de inbox: per e-mail (direct of als dagoverzicht) en via een webhook naar je eigen systeem.{' '}
        {org.type === 'rmc-regio' && 'Als RMC-regio stel je ook in wie welk signaal krijgt.'}
      </p>
      {org.type === 'rmc-regio' && <Routering regio={org.code} gebruiker={gebruiker} />}
      <Kanalen org={org} />
      <Bezorglog org={org} />
    </>
  );
}

function Routering({ regio, gebruiker }: { regio: string; gebruiker: Gebruiker }) {
  const queryClient = useQueryClient();
  const magWijzigen = gebruiker.rollen.includes('rmc-coordinator') || gebruiker.rollen.includes('beheerder');
  const routering = useQuery({
    queryKey: ['routering', regio],
    queryFn: () => data(notificaties.GET('/api/notificaties/routering/{rmcRegio}', { params: { path: { rmcRegio: regio } } })),
  });
  const [concept, setConcept] = useState<Record<string, Ontvanger[]>>();
  const regels = routering.data?.regels ?? [];
  const huidig = (regel: Regel) => concept?.[regel.signaalType] ?? regel.ontvangers;
  const opslaan = useMutation({
    mutationFn: (body: components['schemas']['RegioRegelsDto']) =>
      data(notificaties.PUT('/api/notificaties/routering/{rmcRegio}', { params: { path: { rmcRegio: regio } }, body })),
    onSuccess: async () => {
      setConcept(undefined);
      await queryClient.invalidateQueries({ queryKey: ['routering', regio] });
    },
  });
  const wissel = (regel: Regel, rol: Ontvanger) => {
    const nu = huidig(regel);
    setConcept({ ...(concept ?? {}), [regel.signaalType]: nu.includes(rol) ? nu.filter((r) => r !== rol) : [...nu, rol] });
  };
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    // Only the signal types the region changed (or had set before) become its own rules; the rest keep the default.
    const eigen = regels
      .filter((regel) => concept?.[regel.signaalType] !== undefined || regel.bron === 'regio')
      .map((regel) => ({ signaalType: regel.signaalType, ontvangers: huidig(regel).filter((rol) => rol !== 'rmc-coordinator') }));
    opslaan.mutate({ regels: eigen as components['schemas']['RegioRegelsDto']['regels'] });
  };
  const veldfouten = probleemVelden(opslaan.error);
  return (
    <section aria-labelledby="routering">
      <h2 id="routering" className="utrecht-heading-2">
        Routering in {regioLabel(regio)}
      </h2>
      <p className="utrecht-paragraph">Per soort signaal wie het krijgt. Wat je regio niet zelf instelt, volgt de landelijke standaard.</p>
      {routering.isPending && <Laden wat="De routering" />}
      {routering.isError && <Fout fout={routering.error} wat="De routering" />}
      {opslaan.isSuccess && !concept && <Melding soort="ok" titel="De routering is opgeslagen." />}
      {opslaan.isError && Object.keys(veldfouten).length === 0 && <Fout fout={opslaan.error} wat="De routering" />}
      {routering.data && (
        <form onSubmit={verstuur} noValidate aria-label="Routering">
          <table className="sluitend-tabel">
            <caption className="utrecht-paragraph sluitend-bijschrift">Ontvangers per soort signaal</caption>
            <thead>
              <tr>
                <th scope="col">Signaal</th>
                {Object.values(ONTVANGERS).map((label) => (
                  <th scope="col" key={label}>
                    {label}
                  </th>
                ))}
                <th scope="col">Bron</th>
              </tr>
            </thead>
            <tbody>
              {regels.map((regel, index) => (
                <tr key={regel.signaalType}>
                  <th scope="row">
                    {signaalLabel(regel.signaalType)}
                    {veldfouten[`regels[${index}].ontvangers`] && (
                      <span className="utrecht-form-field-error-message"> {veldfouten[`regels[${index}].ontvangers`]}</span>
                    )}
                  </th>
                  {(Object.keys(ONTVANGERS) as Ontvanger[]).map((rol) => (
                    <td key={rol}>
                      <input
                        type="checkbox"
                        className="utrecht-checkbox"
                        aria-label={`${signaalLabel(regel.signaalType)}: ${ontvangerLabel(rol)}`}
                        checked={huidig(regel).includes(rol)}
                        disabled={!magWijzigen}
                        onChange={() => wissel(regel, rol)}
                      />
                    </td>
                  ))}
                  <td>{concept?.[regel.signaalType] ? 'gewijzigd' : regel.bron === 'regio' ? 'eigen regel' : 'standaard'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {magWijzigen && (
            <p className="utrecht-paragraph">
              <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={!concept || opslaan.isPending}>
                Routering opslaan
              </button>
            </p>
          )}
        </form>
      )}
    </section>
  );
}

type Org = { type: AlertOrganisatieType; code: string };

function Kanalen({ org }: { org: Org }) {
  const queryClient = useQueryClient();
  const pad = { params: { path: org } };
  const kanalen = useQuery({
    queryKey: ['kanalen', org.type, org.code],
    queryFn: () => data(notificaties.GET('/api/notificaties/organisaties/{type}/{code}/voorkeuren', pad)),
  });
  return (
    <section aria-labelledby="kanalen">
      <h2 id="kanalen" className="utrecht-heading-2">
        E-mail en webhook
      </h2>
      {kanalen.isPending && <Laden wat="De kanalen" />}
      {kanalen.isError && <Fout fout={kanalen.error} wat="De kanalen" />}
      {kanalen.data && (
        <>
          <EmailFormulier
            org={org}
            kanalen={kanalen.data}
            klaar={() => void queryClient.invalidateQueries({ queryKey: ['kanalen', org.type, org.code] })}
          />
          <Webhook org={org} kanalen={kanalen.data} klaar={() => void queryClient.invalidateQueries({ queryKey: ['kanalen', org.type, org.code] })} />
        </>
      )}
    </section>
  );
}

const adressen = (tekst: string) =>
  tekst
    .split(/[\s,;]+/)
    .map((adres) => adres.trim())
    .filter(Boolean);

function EmailFormulier({ org, kanalen, klaar }: { org: Org; kanalen: components['schemas']['KanalenDto_Output']; klaar: () => void }) {
  const [velden, setVelden] = useState({
    emailAdressen: kanalen.emailAdressen.join('\n'),
    coordinatorEmailAdressen: kanalen.coordinatorEmailAdressen.join('\n'),
    modus: kanalen.modus,
  });
  const [fouten, setFouten] = useState<Veldfouten>({});
  const opslaan = useMutation({
    mutationFn: (body: components['schemas']['VoorkeurenDto']) =>
      data(notificaties.PUT('/api/notificaties/organisaties/{type}/{code}/voorkeuren', { params: { path: org }, body })),
    onSuccess: klaar,
    onError: (fout) => setFouten(probleemVelden(fout)),
  });
  // An address list's error names its index (emailAdressen[1]); it is shown at the list's field.
  const foutVan = (veld: string) => Object.entries(fouten).find(([naam]) => naam === veld || naam.startsWith(`${veld}[`))?.[1];
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    const { data: body, fouten: nieuw } = controleer(voorkeurenSchema, {
      emailAdressen: adressen(velden.emailAdressen),
      modus: velden.modus,
      coordinatorEmailAdressen: org.type === 'rmc-regio' ? adressen(velden.coordinatorEmailAdressen) : [],
    });
    setFouten(nieuw);
    if (body) opslaan.mutate(body);
  };
  return (
    <form className="sluitend-formulier" onSubmit={verstuur} noValidate aria-label="E-mail">
      <h3 className="utrecht-heading-3">E-mail</h3>
      {opslaan.isSuccess && <Melding soort="ok" titel="De e-mailinstellingen zijn opgeslagen." />}
      {opslaan.isError && Object.keys(fouten).length === 0 && <Fout fout={opslaan.error} wat="De e-mailinstellingen" />}
      <Veld id="email-adressen" label="E-mailadressen" hint="Eén per regel; leeg: geen e-mail" fout={foutVan('emailAdressen')}>
        {(aria) => (
          <textarea
            {...aria}
            className="utrecht-textarea"
            rows={3}
            value={velden.emailAdressen}
            onChange={(event) => setVelden({ ...velden, emailAdressen: event.target.value })}
          />
        )}
      </Veld>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Wanneer</legend>
        {(
          [
            ['direct', 'Direct bij elk nieuw signaal'],
            ['dagelijks', 'Eén keer per dag een overzicht'],
          ] as const
        ).map(([waarde, label]) => (
          <div key={waarde} className="utrecht-form-field utrecht-form-field--radio">
            <input
              id={`modus-${waarde}`}
              type="radio"
              name="modus"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              checked={velden.modus === waarde}
              onChange={() => setVelden({ ...velden, modus: waarde })}
            />{' '}
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`modus-${waarde}`}>
              {label}
            </label>
          </div>
        ))}
      </fieldset>
      {org.type === 'rmc-regio' && (
        <Veld
          id="email-coordinator"
          label="E-mailadressen voor escalaties (coördinator)"
          hint="Eén per regel"
          fout={foutVan('coordinatorEmailAdressen')}
        >
          {(aria) => (
            <textarea
              {...aria}
              className="utrecht-textarea"
              rows={2}
              value={velden.coordinatorEmailAdressen}
              onChange={(event) => setVelden({ ...velden, coordinatorEmailAdressen: event.target.value })}
            />
          )}
        </Veld>
      )}
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={opslaan.isPending}>
          E-mailinstellingen opslaan
        </button>
      </div>
    </form>
  );
}

function Webhook({ org, kanalen, klaar }: { org: Org; kanalen: components['schemas']['KanalenDto_Output']; klaar: () => void }) {
  const [url, setUrl] = useState(kanalen.webhook?.url ?? '');
  const [fouten, setFouten] = useState<Veldfouten>({});
  const zetten = useMutation({
    mutationFn: (body: components['schemas']['WebhookDto']) =>
      data(notificaties.PUT('/api/notificaties/organisaties/{type}/{code}/webhook', { params: { path: org }, body })),
    onSuccess: klaar,
    onError: (fout) => setFouten(probleemVelden(fout)),
  });
  const heractiveren = useMutation({
    mutationFn: () =>
      data(notificaties.POST('/api/notificaties/organisaties/{type}/{code}/webhook/heractiveren', { params: { path: org }, body: {} })),
    onSuccess: klaar,
  });
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    const { data: body, fouten: nieuw } = controleer(webhookSchema, { url: url.trim() });
    setFouten(nieuw);
    if (body) zetten.mutate(body);
  };
  const webhook = kanalen.webhook;
  return (
    <form className="sluitend-formulier" onSubmit={verstuur} noValidate aria-label="Webhook">
      <h3 className="utrecht-heading-3">Webhook</h3>
      {webhook ? (
        <p className="utrecht-paragraph">
          Nu: <code>{webhook.url}</code>, {webhook.actief ? 'actief' : `uitgeschakeld sinds ${formatDatumTijd(webhook.uitgeschakeldOp)}`}
          {webhook.opeenvolgendeFouten > 0 ? ` (${webhook.opeenvolgendeFouten} mislukte pogingen op rij)` : ''}.
        </p>
      ) : (
        <p className="utrecht-paragraph">Er is nog geen webhook ingesteld.</p>
      )}
      {webhook && !webhook.actief && (
        <p className="utrecht-paragraph">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => heractiveren.mutate()}
            disabled={heractiveren.isPending}
          >
            Webhook weer aanzetten
          </button>
        </p>
      )}
      {heractiveren.data && (
        <Melding
          soort="ok"
          titel={`De webhook staat weer aan; ${heractiveren.data.hervatteBezorgingen} blijven liggende bezorgingen gaan alsnog uit.`}
        />
      )}
      {zetten.data && (
        <Melding soort="ok" titel="De webhook is ingesteld. Bewaar het geheim nu: het wordt maar één keer getoond.">
          <p className="utrecht-paragraph">
            Geheim voor de handtekening: <code className="sluitend-geheim">{zetten.data.geheim}</code>
          </p>
        </Melding>
      )}
      {zetten.isError && Object.keys(fouten).length === 0 && <Fout fout={zetten.error} wat="De webhook" />}
      <Veld id="webhook-url" label="Adres (URL) van de webhook" hint="Een http(s)-adres van je eigen systeem" fout={fouten.url}>
        {(aria) => <input {...aria} className="utrecht-textbox" type="url" value={url} onChange={(event) => setUrl(event.target.value)} />}
      </Veld>
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={zetten.isPending}>
          {webhook ? 'Webhook vervangen (nieuw geheim)' : 'Webhook instellen'}
        </button>
      </div>
    </form>
  );
}

function Bezorglog({ org }: { org: Org }) {
  const log = useQuery({
    queryKey: ['bezorgingen', org.type, org.code],
    queryFn: () =>
      data(notificaties.GET('/api/notificaties/organisaties/{type}/{code}/bezorgingen', { params: { path: org, query: { limiet: 50 } } })),
  });
  return (
    <section aria-labelledby="bezorglog">
      <h2 id="bezorglog" className="utrecht-heading-2">
        Bezorglog
      </h2>
      {log.isPending && <Laden wat="Het bezorglog" />}
      {log.isError && <Fout fout={log.error} wat="Het bezorglog" />}
      {log.data && log.data.bezorgingen.length === 0 && <Leeg>Er zijn nog geen e-mails of webhookaanroepen verstuurd.</Leeg>}
      {log.data && log.data.bezorgingen.length > 0 && (
        <table className="sluitend-tabel">
          <caption className="utrecht-paragraph sluitend-bijschrift">De laatste {log.data.bezorgingen.length} bezorgingen, nieuwste eerst</caption>
          <thead>
            <tr>
              <th scope="col">Aangemaakt</th>
              <th scope="col">Kanaal</th>
              <th scope="col">Soort</th>
              <th scope="col">Signalen</th>
              <th scope="col">Status</th>
              <th scope="col">Pogingen</th>
              <th scope="col">Laatste fout</th>
            </tr>
          </thead>
          <tbody>
            {log.data.bezorgingen.map((bezorging) => (
              <tr key={bezorging.id}>
                <td>{formatDatumTijd(bezorging.aangemaaktOp)}</td>
                <td>{bezorging.kanaal === 'email' ? 'e-mail' : 'webhook'}</td>
                <td>{BEZORG_SOORT[bezorging.soort] ?? bezorging.soort}</td>
                <td>{bezorging.alerts}</td>
                <td>
                  {BEZORG_STATUS[bezorging.status] ?? bezorging.status}
                  {bezorging.volgendePogingOp ? `, opnieuw ${formatDatumTijd(bezorging.volgendePogingOp)}` : ''}
                </td>
                <td>{bezorging.pogingen}</td>
                <td>{bezorging.laatsteFout ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
