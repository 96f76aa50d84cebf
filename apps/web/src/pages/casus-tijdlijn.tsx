import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { data, trajecten } from '../api/client';
import type { components } from '../api/trajecten';
import { useAuth } from '../auth';
import { Fout, Laden, Melding } from '../components/status';
import { formatDatumTijd, ORGANISATIE_TYPES } from '../teksten';
import { planSleutel, ROUTES } from './casus-plan';
import { LEEFDOMEINEN, screeningsSleutel } from './casus-screening';

type Casus = components['schemas']['CasusMetHistorieDto_Output'];
type Contactpoging = components['schemas']['ContactpogingenDto_Output']['contactpogingen'][number];
type Screening = components['schemas']['ScreeningDto_Output'];
type Plan = components['schemas']['TrajectplanDto_Output'];
type Overdrachten = components['schemas']['OverdrachtenDto_Output'];
type Overdracht = Overdrachten['overdrachten'][number];
type Route = NonNullable<Overdracht['route']>;
type OverdrachtActie = components['schemas']['HandelOverdrachtAfDto']['actie'];

export type TijdlijnSoort = 'signaal' | 'contact' | 'screening' | 'plan' | 'overdracht' | 'netwerkoverleg' | 'uitkomst' | 'stap';
export type TijdlijnItem = { op: string; soort: TijdlijnSoort; wat: string; door?: string | null; details?: string };

const SOORTEN: Record<TijdlijnSoort, string> = {
  signaal: 'Signaal',
  contact: 'Contact',
  screening: 'Screening',
  plan: 'Trajectplan',
  overdracht: 'Overdracht',
  netwerkoverleg: 'Netwerkoverleg',
  uitkomst: 'Uitkomst',
  stap: 'Stap',
};
export const OVERDRACHT_STATUS: Record<Overdracht['status'], string> = {
  voorgesteld: 'Voorgesteld, wacht op acceptatie',
  geaccepteerd: 'Geaccepteerd',
  geweigerd: 'Geweigerd',
  ingetrokken: 'Ingetrokken',
  teruggegeven: 'Teruggegeven',
};
const HISTORIE: Record<string, [TijdlijnSoort, string]> = {
  geopend: ['stap', 'Casus geopend'],
  'signaal-gekoppeld': ['signaal', 'Signaal gekoppeld'],
  'casusregisseur-toegewezen': ['stap', 'Casusregisseur toegewezen'],
  contactpoging: ['contact', 'Contactpoging'],
  heraanpak: ['contact', 'Opnieuw benaderen'],
  screening: ['screening', 'Screening vastgelegd'],
  trajectplan: ['plan', 'Trajectplan gewijzigd'],
  'netwerkoverleg-advies': ['netwerkoverleg', 'Advies van het netwerkoverleg'],
  'overdracht-voorgesteld': ['overdracht', 'Warme overdracht voorgesteld'],
  'overdracht-geaccepteerd': ['overdracht', 'Overdracht geaccepteerd'],
  'overdracht-geweigerd': ['overdracht', 'Overdracht geweigerd'],
  'overdracht-ingetrokken': ['overdracht', 'Overdracht ingetrokken'],
  'overdracht-teruggegeven': ['overdracht', 'Casus teruggegeven'],
  'overdracht-geescaleerd': ['overdracht', 'Overdracht niet op tijd geaccepteerd: geëscaleerd'],
  'contact-leggen': ['contact', 'Contact gelegd'],
  'screening-starten': ['screening', 'Screening gestart'],
  agenderen: ['netwerkoverleg', 'Geagendeerd voor het netwerkoverleg'],
  'route-toewijzen': ['stap', 'Route toegewezen, traject gestart'],
  'nazorg-starten': ['stap', 'Nazorg gestart'],
  terugvallen: ['stap', 'Terug naar traject'],
  afwijzen: ['stap', 'Jongere wijst hulp af'],
  'onbereikbaar-melden': ['contact', 'Onbereikbaar gemeld'],
  afsluiten: ['uitkomst', 'Afgesloten met uitkomst'],
  'programma-aangemeld': ['stap', 'Aangemeld voor een programma'],
  'programma-afgemeld': ['stap', 'Afgemeld bij een programma'],
  'nazorgcontrole-nodig': ['stap', 'Nazorgcontrole aan de beurt'],
  nazorgcontrole: ['stap', 'Nazorgcontrole vastgelegd'],
};
const CONTACTSOORTEN: Record<Contactpoging['soort'], string> = {
  brief: 'brief',
  email: 'e-mail',
  telefoon: 'telefoon',
  huisbezoek: 'huisbezoek',
  opsporing: 'opsporing',
};
const UITKOMSTEN: Record<string, string> = {
  'voltijd-onderwijs': 'voltijd onderwijs',
  'combinatie-leren-werken': 'combinatie leren en werken',
  'werk-zonder-startkwalificatie': 'werk zonder startkwalificatie',
  'zorg-opvang-detentie': 'zorg, opvang of detentie',
  'beeindigd-zonder-dagbesteding': 'beëindigd zonder dagbesteding',
  'verhuisd-onvindbaar': 'verhuisd of onvindbaar',
  overig: 'overig',
};
const SIGNALEN: Record<string, string> = {
  'geen-herinschrijving': 'Uitgeschreven, niet opnieuw ingeschreven',
  'niet-ingeschreven-teldatum': 'Niet ingeschreven op 1 oktober',
  'negatief-bsa': 'Negatief bindend studieadvies',
  'rmc-verzuim': 'RMC-verzuim',
  'langdurig-relatief-verzuim': 'Langdurig relatief verzuim',
  'aanmelding-gemist': 'Geen aanmelding op 1 april',
  'geen-levende-aanmelding': 'Geen lopende aanmelding',
  'uitschrijving-zonder-startkwalificatie': 'Uitschrijving zonder startkwalificatie',
};
export const organisatieLabel = (org: { type: string; code: string }) => `${ORGANISATIE_TYPES[org.type] ?? org.type} ${org.code}`;
/** The advice line the service writes ("complex, route onderwijs, casusregisseur bij MC03") in words. */
const adviesTekst = (tekst: string) =>
  tekst
    .replace(/^eenvoudig/, 'Eenvoudige casus')
    .replace(/^complex/, 'Complexe casus')
    .replace(/route (onderwijs|arbeid|zorg-dagbesteding)/, (_, route: Route) => `route ${ROUTES[route].toLowerCase()}`)
    .replace(/(casusregisseur|klantmanager) bij/, (_, rol: string) => `${rol} wordt`);
const knelpuntTekst = (s: Screening) =>
  s.knelpunten.length === 0 ? 'Geen knelpunten' : `Knelpunten: ${s.knelpunten.map((d) => LEEFDOMEINEN[d].toLowerCase()).join(', ')}`;

/**
 * Everything that happened to a case in time order, from what the reader may see: the case's own history and signals
 * (the region's RMC) with the contact attempts and screenings in detail; a partner, who has no case history, gets the
 * screenings, the plan's versions and the handovers.
 */
export function bouwTijdlijn(bronnen: {
  casus?: Casus;
  contactpogingen?: Contactpoging[];
  screenings?: Screening[];
  plan?: Plan | null;
  overdrachten?: Overdracht[];
}): TijdlijnItem[] {
  const { casus, contactpogingen, screenings, plan, overdrachten } = bronnen;
  const items: TijdlijnItem[] = [];
  if (casus) {
    for (const signaal of casus.signalen)
      items.push({
        op: signaal.ontvangenOp,
        soort: 'signaal',
        wat: SIGNALEN[signaal.signaalSoort] ?? signaal.signaalSoort,
        details: signaal.opende ? 'Opende de casus' : 'Gekoppeld aan de open casus',
      });
    for (const regel of casus.historie) {
      if (regel.actie === 'signaal-gekoppeld') continue;
      if (regel.actie === 'contactpoging' && contactpogingen) continue;
      if (regel.actie === 'screening' && screenings) continue;
      const [soort, wat] = HISTORIE[regel.actie] ?? ['stap', regel.actie];
      const details =
        regel.actie === 'afsluiten' && casus.uitkomst
          ? `Uitkomst: ${UITKOMSTEN[casus.uitkomst.categorie] ?? casus.uitkomst.categorie}${casus.uitkomst.urenPerWeek !== undefined ? ` (${casus.uitkomst.urenPerWeek} uur per week)` : ''}`
          : regel.actie === 'netwerkoverleg-advies' && regel.toelichting
            ? adviesTekst(regel.toelichting)
            : regel.actie === 'geopend'
              ? undefined
              : (regel.toelichting ?? undefined);
      items.push({ op: regel.op, soort, wat, door: regel.door, ...(details ? { details } : {}) });
    }
  } else {
    for (const regel of plan?.historie ?? [])
      items.push({ op: regel.op, soort: 'plan', wat: `Trajectplan versie ${regel.versie}`, door: regel.door, details: regel.wijzigingen.join('; ') });
    for (const o of overdrachten ?? []) {
      items.push({
        op: o.voorgesteldOp,
        soort: 'overdracht',
        wat: `Warme overdracht voorgesteld aan ${organisatieLabel(o.naar)}`,
        door: organisatieLabel(o.van),
      });
      if (o.geaccepteerdOp) items.push({ op: o.geaccepteerdOp, soort: 'overdracht', wat: 'Overdracht geaccepteerd', door: organisatieLabel(o.naar) });
      if (o.beeindigdOp)
        items.push({
          op: o.beeindigdOp,
          soort: 'overdracht',
          wat: `Overdracht ${OVERDRACHT_STATUS[o.status].toLowerCase()}`,
          details: o.reden ?? undefined,
        });
    }
  }
  for (const poging of contactpogingen ?? [])
    items.push({
      op: poging.op,
      soort: 'contact',
      wat: `Contactpoging per ${CONTACTSOORTEN[poging.soort]}: ${poging.bereikt ? 'bereikt' : 'niet bereikt'}`,
      door: poging.door,
      details: poging.toelichting ?? undefined,
    });
  for (const s of screenings ?? []) items.push({ op: s.afgenomenOp, soort: 'screening', wat: 'Screening', door: s.door, details: knelpuntTekst(s) });
  return items.sort((a, b) => a.op.localeCompare(b.op));
}

/** The timeline as an ordered list, oldest first: each event with its kind, moment, who and what. */
export function Tijdlijn({ items }: { items: TijdlijnItem[] }) {
  return (
    <section aria-labelledby="tijdlijn">
      <h2 id="tijdlijn" className="utrecht-heading-2">
        Tijdlijn
      </h2>
      {items.length === 0 ? (
        <p className="utrecht-paragraph">Nog niets gebeurd met deze casus.</p>
      ) : (
        <ol className="sluitend-tijdlijn">
          {items.map((item, index) => (
            <li key={`${item.op}-${index}`} className={`sluitend-tijdlijn__item sluitend-tijdlijn__item--${item.soort}`}>
              <p className="utrecht-paragraph">
                <span className="sluitend-tijdlijn__soort">{SOORTEN[item.soort]}</span> <time dateTime={item.op}>{formatDatumTijd(item.op)}</time>
                {item.door ? ` · ${item.door}` : ''}
              </p>
              <p className="utrecht-paragraph">
                <strong>{item.wat}</strong>
                {item.details ? ` — ${item.details}` : ''}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export const overdrachtenSleutel = (casusId: string) => ['overdrachten', casusId];

/** The timeline of a case from every source the region's RMC reads. */
export function CasusTijdlijn({ casus }: { casus: Casus }) {
  const pad = { params: { path: { id: casus.id } } };
  const pogingen = useQuery({
    queryKey: ['contactpogingen', casus.id],
    queryFn: () => data(trajecten.GET('/api/trajecten/casussen/{id}/contactpogingen', pad)),
  });
  const screenings = useQuery({
    queryKey: screeningsSleutel(casus.id),
    queryFn: () => data(trajecten.GET('/api/trajecten/casussen/{id}/screenings', pad)),
  });
  return (
    <Tijdlijn
      items={bouwTijdlijn({
        casus,
        ...(pogingen.data ? { contactpogingen: pogingen.data.contactpogingen } : {}),
        ...(screenings.data ? { screenings: screenings.data.screenings } : {}),
      })}
    />
  );
}

const nuLokaal = () => {
  const nu = new Date(Date.now() - 5 * 60_000);
  return new Date(nu.getTime() - nu.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/**
 * Warm handovers: the list, a proposal to a partner (by who holds the case), and the answers — the receiving partner
 * accepts after the warm talk or refuses with a reason, the proposer withdraws, the holding partner gives it back.
 */
export function OverdrachtSectie({ casusId, open, onGewijzigd }: { casusId: string; open: boolean; onGewijzigd?: () => void }) {
  const { gebruiker } = useAuth();
  const queryClient = useQueryClient();
  const pad = { params: { path: { id: casusId } } };
  const lijst = useQuery({
    queryKey: overdrachtenSleutel(casusId),
    queryFn: () => data(trajecten.GET('/api/trajecten/casussen/{id}/overdrachten', pad)),
  });
  const [gelukt, setGelukt] = useState<string>();
  const [voorstel, setVoorstel] = useState(false);
  const [partner, setPartner] = useState('');
  const [route, setRoute] = useState<Route | ''>('');
  const [veldFout, setVeldFout] = useState<string>();
  const [antwoord, setAntwoord] = useState<{ id: string; actie: 'accepteren' | 'weigeren' }>();
  const [vorm, setVorm] = useState<'telefonisch' | 'persoonlijk'>('telefonisch');
  const [gesprekOp, setGesprekOp] = useState(nuLokaal);
  const [reden, setReden] = useState('');
  const ververs = async (melding: string) => {
    setGelukt(melding);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: overdrachtenSleutel(casusId) }),
      queryClient.invalidateQueries({ queryKey: ['casus', casusId] }),
      queryClient.invalidateQueries({ queryKey: planSleutel(casusId) }),
      queryClient.invalidateQueries({ queryKey: ['partner-overdrachten'] }),
    ]);
    onGewijzigd?.();
  };
  const stelVoor = useMutation({
    mutationFn: () =>
      data(
        trajecten.POST('/api/trajecten/casussen/{id}/overdrachten', {
          ...pad,
          body: { naar: { type: 'partner', code: partner.trim() }, ...(route ? { route } : {}) },
        }),
      ),
    onSuccess: async (o) => {
      setVoorstel(false);
      setPartner('');
      await ververs(`De warme overdracht aan ${organisatieLabel(o.naar)} is voorgesteld. De partner accepteert na het warme gesprek.`);
    },
  });
  const handel = useMutation({
    mutationFn: ({ overdrachtId, body }: { overdrachtId: string; body: components['schemas']['HandelOverdrachtAfDto'] }) =>
      data(
        trajecten.POST('/api/trajecten/casussen/{id}/overdrachten/{overdrachtId}/acties', { params: { path: { id: casusId, overdrachtId } }, body }),
      ),
    onSuccess: async (o) => {
      setAntwoord(undefined);
      setReden('');
      await ververs(`De overdracht is nu: ${OVERDRACHT_STATUS[o.status].toLowerCase()}.`);
    },
  });
  const eigen = (org: { type: string; code: string }) => gebruiker?.org.type === org.type && gebruiker.org.code === org.code;
  const houder = lijst.data?.houder;
  const wachtend = lijst.data?.overdrachten.some((o) => o.status === 'voorgesteld') ?? false;
  const magVoorstellen = open && houder !== undefined && eigen(houder) && !wachtend;
  const verstuurVoorstel = (event: FormEvent) => {
    event.preventDefault();
    if (!partner.trim()) {
      setVeldFout('Vul de code van de partnerorganisatie in.');
      return;
    }
    setVeldFout(undefined);
    setGelukt(undefined);
    stelVoor.mutate();
  };
  const verstuurAntwoord = (event: FormEvent) => {
    event.preventDefault();
    if (!antwoord) return;
    if (antwoord.actie === 'weigeren' && !reden.trim()) {
      setVeldFout('Zeg waarom je de overdracht weigert.');
      return;
    }
    if (antwoord.actie === 'accepteren' && !gesprekOp) {
      setVeldFout('Vul in wanneer het warme gesprek was.');
      return;
    }
    setVeldFout(undefined);
    setGelukt(undefined);
    handel.mutate({
      overdrachtId: antwoord.id,
      body:
        antwoord.actie === 'accepteren'
          ? { actie: 'accepteren', gesprek: { vorm, op: new Date(gesprekOp).toISOString() } }
          : { actie: 'weigeren', reden: reden.trim() },
    });
  };
  const knop = (o: Overdracht, actie: OverdrachtActie, label: string, primair = false) => (
    <button
      key={actie}
      type="button"
      className={`utrecht-button utrecht-button--${primair ? 'primary' : 'secondary'}-action`}
      disabled={handel.isPending}
      onClick={() => {
        setGelukt(undefined);
        setVeldFout(undefined);
        if (actie === 'accepteren' || actie === 'weigeren') setAntwoord({ id: o.id, actie });
        else handel.mutate({ overdrachtId: o.id, body: { actie } });
      }}
    >
      {label}
    </button>
  );
  return (
    <section aria-labelledby="overdrachten">
      <h2 id="overdrachten" className="utrecht-heading-2">
        Warme overdracht
      </h2>
      {gelukt && (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{gelukt}</p>
        </Melding>
      )}
      {(stelVoor.error ?? handel.error) && <Fout fout={stelVoor.error ?? handel.error} wat="De overdracht" />}
      {lijst.isPending && <Laden wat="De overdrachten" />}
      {lijst.isError && <Fout fout={lijst.error} wat="De overdrachten" />}
      {houder && (
        <p className="utrecht-paragraph">
          De casus ligt nu bij {organisatieLabel(houder)}
          {eigen(houder) ? ' (jouw organisatie)' : ''}.
        </p>
      )}
      {lijst.data && lijst.data.overdrachten.length === 0 && <p className="utrecht-paragraph">Nog geen overdrachten.</p>}
      {lijst.data && lijst.data.overdrachten.length > 0 && (
        <table className="sluitend-tabel">
          <thead>
            <tr>
              <th scope="col">Van</th>
              <th scope="col">Naar</th>
              <th scope="col">Route</th>
              <th scope="col">Status</th>
              <th scope="col">Voorgesteld</th>
              <th scope="col">Warm gesprek</th>
              <th scope="col">Actie</th>
            </tr>
          </thead>
          <tbody>
            {lijst.data.overdrachten.map((o) => (
              <tr key={o.id}>
                <td>{organisatieLabel(o.van)}</td>
                <td>{organisatieLabel(o.naar)}</td>
                <td>{o.route ? ROUTES[o.route] : '—'}</td>
                <td>
                  {OVERDRACHT_STATUS[o.status]}
                  {o.reden ? ` (${o.reden})` : ''}
                  {o.geescaleerdOp ? ', geëscaleerd' : ''}
                </td>
                <td>{formatDatumTijd(o.voorgesteldOp)}</td>
                <td>{o.gesprek ? `${o.gesprek.vorm}, ${formatDatumTijd(o.gesprek.op)}` : '—'}</td>
                <td>
                  <div className="sluitend-knoppen">
                    {o.status === 'voorgesteld' && eigen(o.naar) && [knop(o, 'accepteren', 'Accepteren', true), knop(o, 'weigeren', 'Weigeren')]}
                    {o.status === 'voorgesteld' && eigen(o.van) && knop(o, 'intrekken', 'Intrekken')}
                    {o.status === 'geaccepteerd' && eigen(o.naar) && houder && eigen(houder) && knop(o, 'teruggeven', 'Teruggeven')}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {antwoord && (
        <form className="sluitend-formulier" onSubmit={verstuurAntwoord} noValidate aria-labelledby="antwoord-kop">
          <h3 id="antwoord-kop" className="utrecht-heading-3">
            {antwoord.actie === 'accepteren' ? 'Overdracht accepteren na het warme gesprek' : 'Overdracht weigeren'}
          </h3>
          {veldFout && (
            <p id="antwoord-fout" className="utrecht-form-field-error-message" role="alert">
              {veldFout}
            </p>
          )}
          {antwoord.actie === 'accepteren' ? (
            <>
              <div className="utrecht-form-field">
                <label className="utrecht-form-label" htmlFor="gesprek-vorm">
                  Het warme gesprek was
                </label>
                <select
                  id="gesprek-vorm"
                  className="utrecht-select"
                  value={vorm}
                  onChange={(event) => setVorm(event.target.value as 'telefonisch' | 'persoonlijk')}
                >
                  <option value="telefonisch">Telefonisch</option>
                  <option value="persoonlijk">Persoonlijk</option>
                </select>
              </div>
              <div className="utrecht-form-field">
                <label className="utrecht-form-label" htmlFor="gesprek-op">
                  Wanneer
                </label>
                <input
                  id="gesprek-op"
                  type="datetime-local"
                  className="utrecht-textbox"
                  value={gesprekOp}
                  onChange={(event) => setGesprekOp(event.target.value)}
                />
              </div>
            </>
          ) : (
            <div className={`utrecht-form-field${veldFout ? ' utrecht-form-field--invalid' : ''}`}>
              <label className="utrecht-form-label" htmlFor="weiger-reden">
                Reden (zonder namen of BSN)
              </label>
              <textarea
                id="weiger-reden"
                className="utrecht-textarea"
                rows={2}
                maxLength={2000}
                value={reden}
                aria-invalid={veldFout ? true : undefined}
                aria-describedby={veldFout ? 'antwoord-fout' : undefined}
                onChange={(event) => setReden(event.target.value)}
              />
            </div>
          )}
          <div className="sluitend-knoppen">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={handel.isPending}>
              {antwoord.actie === 'accepteren' ? 'Overdracht accepteren' : 'Overdracht weigeren'}
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setAntwoord(undefined)}>
              Annuleren
            </button>
          </div>
        </form>
      )}
      {magVoorstellen && !voorstel && (
        <p className="utrecht-paragraph">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => {
              setGelukt(undefined);
              setVoorstel(true);
            }}
          >
            Warme overdracht voorstellen
          </button>
        </p>
      )}
      {magVoorstellen && voorstel && (
        <form className="sluitend-formulier" onSubmit={verstuurVoorstel} noValidate aria-labelledby="voorstel-kop">
          <h3 id="voorstel-kop" className="utrecht-heading-3">
            Warme overdracht voorstellen
          </h3>
          <div className={`utrecht-form-field${veldFout ? ' utrecht-form-field--invalid' : ''}`}>
            <label className="utrecht-form-label" htmlFor="overdracht-partner">
              Code van de partnerorganisatie
            </label>
            {veldFout && (
              <p id="partner-fout" className="utrecht-form-field-error-message">
                {veldFout}
              </p>
            )}
            <input
              id="overdracht-partner"
              className="utrecht-textbox"
              maxLength={100}
              value={partner}
              aria-invalid={veldFout ? true : undefined}
              aria-describedby={veldFout ? 'partner-fout' : undefined}
              onChange={(event) => setPartner(event.target.value)}
            />
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="overdracht-route">
              Route
            </label>
            <select id="overdracht-route" className="utrecht-select" value={route} onChange={(event) => setRoute(event.target.value as Route | '')}>
              <option value="">Geen route</option>
              {Object.entries(ROUTES).map(([waarde, label]) => (
                <option key={waarde} value={waarde}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="sluitend-knoppen">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={stelVoor.isPending}>
              Overdracht voorstellen
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setVoorstel(false)}>
              Annuleren
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
