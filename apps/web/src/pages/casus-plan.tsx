import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useEffect, useState } from 'react';
import { ApiFout, Probleem, trajecten } from '../api/client';
import type { components } from '../api/trajecten';
import { Fout, Laden, Melding } from '../components/status';
import { formatDatum, formatDatumTijd, ORGANISATIE_TYPES } from '../teksten';
import { LEEFDOMEINEN } from './casus-screening';

type Plan = components['schemas']['TrajectplanDto_Output'];
type Inhoud = components['schemas']['PlanInhoudDto'];
type Doel = Inhoud['doelen'][number];
type Actie = Inhoud['acties'][number];
type Ondersteuning = Inhoud['ondersteuning'][number];
type Route = NonNullable<Inhoud['route']>;
type PlanActie = components['schemas']['PlanStatusStapDto']['actie'];
type OrganisatieType = Extract<Actie['eigenaar'], { soort: 'organisatie' }>['organisatie']['type'];

export const ROUTES: Record<Route, string> = { onderwijs: 'Onderwijs', arbeid: 'Arbeid', 'zorg-dagbesteding': 'Zorg en dagbesteding' };
export const PLAN_STATUS: Record<Plan['status'], string> = { concept: 'Concept', actief: 'Vastgesteld', afgerond: 'Afgerond', gestopt: 'Gestopt' };
const DOEL_STATUS: Record<Doel['status'], string> = { open: 'Open', behaald: 'Behaald', 'niet-behaald': 'Niet behaald', vervallen: 'Vervallen' };
const ACTIE_STATUS: Record<Actie['status'], string> = { open: 'Open', gedaan: 'Gedaan', vervallen: 'Vervallen' };
const KADERS: Record<Ondersteuning['kader'], string> = {
  'passend-onderwijs': 'Passend onderwijs',
  'vsv-rmc': 'VSV/RMC',
  jeugdwet: 'Jeugdwet',
  wmo: 'Wmo',
  participatiewet: 'Participatiewet',
};
const PLAN_ACTIES: Record<PlanActie, string> = { vaststellen: 'Plan vaststellen', afronden: 'Plan afronden', stoppen: 'Plan stoppen' };
const ACTIES_PER_STATUS: Record<Plan['status'], PlanActie[]> = {
  concept: ['vaststellen', 'stoppen'],
  actief: ['afronden', 'stoppen'],
  afgerond: [],
  gestopt: [],
};
const EIGENAAR_TYPES: OrganisatieType[] = ['rmc-regio', 'partner', 'gemeente', 'mbo-instelling', 'vo-school'];

export const planSleutel = (casusId: string) => ['trajectplan', casusId];
type Gelezen = { plan: Plan; etag: string } | null;

/** The case's current plan with its version (the ETag), or null when it has none yet. */
async function leesPlan(casusId: string): Promise<Gelezen> {
  const { data: plan, error, response } = await trajecten.GET('/api/trajecten/casussen/{id}/trajectplan', { params: { path: { id: casusId } } });
  if (response.status === 404 && (error as Partial<Probleem> | undefined)?.code === 'trajectplan.niet-gevonden') return null;
  if (!response.ok || !plan) throw new ApiFout(response.status, (error as Partial<Probleem> | undefined) ?? undefined);
  return { plan, etag: response.headers.get('etag') ?? `"${plan.versie}"` };
}

async function antwoord(promise: Promise<{ data?: Plan; error?: unknown; response: Response }>): Promise<Plan> {
  const { data: plan, error, response } = await promise;
  if (!response.ok || !plan) throw new ApiFout(response.status, (error as Partial<Probleem> | undefined) ?? undefined);
  return plan;
}

let teller = 0;
const nieuwId = (voorvoegsel: string) => `${voorvoegsel}-${Date.now().toString(36)}-${(teller += 1)}`;
const leegDoel = (): Doel => ({ id: nieuwId('d'), omschrijving: '', status: 'open' });
const leegeActie = (): Actie => ({ id: nieuwId('a'), omschrijving: '', eigenaar: { soort: 'jongere' }, deadline: '', status: 'open' });
const leegeOndersteuning = (): Ondersteuning => ({ id: nieuwId('o'), omschrijving: '', kader: 'vsv-rmc' });
const inhoudVan = (plan: Plan): Inhoud => ({
  ...(plan.route ? { route: plan.route } : {}),
  doelen: plan.doelen.map((d) => ({ ...d })),
  acties: plan.acties.map((a) => ({ ...a })),
  ondersteuning: plan.ondersteuning.map((o) => ({ ...o })),
});
const eigenaarLabel = (eigenaar: Actie['eigenaar']) =>
  eigenaar.soort === 'jongere'
    ? 'De jongere'
    : `${ORGANISATIE_TYPES[eigenaar.organisatie.type] ?? eigenaar.organisatie.type} ${eigenaar.organisatie.code}${eigenaar.gebruiker ? ` (${eigenaar.gebruiker})` : ''}`;

/** 412 and 428 in plain Dutch: someone else changed the plan (reload), or the version was missing. */
function VersieFout({ fout, onOpnieuw }: { fout: unknown; onOpnieuw: () => void }) {
  if (fout instanceof ApiFout && (fout.status === 412 || fout.status === 428))
    return (
      <Melding
        soort="warning"
        titel={
          fout.status === 412
            ? 'Iemand anders heeft het trajectplan intussen gewijzigd. Je wijziging is niet opgeslagen.'
            : 'De versie van het plan ontbrak bij het opslaan. Je wijziging is niet opgeslagen.'
        }
      >
        <p className="utrecht-paragraph">Laad het plan opnieuw, bekijk de nieuwste versie en breng je wijziging daarin opnieuw aan.</p>
        <p className="utrecht-paragraph">
          <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onOpnieuw}>
            Plan opnieuw laden
          </button>
        </p>
      </Melding>
    );
  return <Fout fout={fout} wat="Het trajectplan" />;
}

/** The trajectplan: read with its version, edited on that version (If-Match), its status steps and its history. */
export function PlanSectie({ casusId, magWijzigen, onGewijzigd }: { casusId: string; magWijzigen: boolean; onGewijzigd?: () => void }) {
  const queryClient = useQueryClient();
  const pad = { params: { path: { id: casusId } } };
  const gelezen = useQuery({ queryKey: planSleutel(casusId), queryFn: () => leesPlan(casusId) });
  const [bewerken, setBewerken] = useState<Inhoud>();
  const [gelukt, setGelukt] = useState<string>();
  const [fouten, setFouten] = useState<string[]>([]);
  useEffect(() => setGelukt(undefined), [casusId]);
  const klaar = async (melding: string) => {
    setGelukt(melding);
    setBewerken(undefined);
    await queryClient.invalidateQueries({ queryKey: planSleutel(casusId) });
    onGewijzigd?.();
  };
  const opslaan = useMutation({
    mutationFn: ({ inhoud, etag }: { inhoud: Inhoud; etag?: string }) =>
      antwoord(
        etag
          ? trajecten.PUT('/api/trajecten/casussen/{id}/trajectplan', {
              params: { path: { id: casusId }, header: { 'If-Match': etag } },
              body: inhoud,
            })
          : trajecten.POST('/api/trajecten/casussen/{id}/trajectplan', { ...pad, body: inhoud }),
      ),
    onSuccess: (plan) => klaar(`Het trajectplan is opgeslagen (versie ${plan.versie}).`),
  });
  const status = useMutation({
    mutationFn: ({ actie, etag }: { actie: PlanActie; etag: string }) =>
      antwoord(
        trajecten.POST('/api/trajecten/casussen/{id}/trajectplan/status', {
          params: { path: { id: casusId }, header: { 'If-Match': etag } },
          body: { actie },
        }),
      ),
    onSuccess: (plan) => klaar(`Het trajectplan is nu: ${PLAN_STATUS[plan.status].toLowerCase()} (versie ${plan.versie}).`),
  });
  const opnieuw = () => {
    opslaan.reset();
    status.reset();
    setBewerken(undefined);
    void queryClient.invalidateQueries({ queryKey: planSleutel(casusId) });
  };
  const plan = gelezen.data?.plan;
  const etag = gelezen.data?.etag;
  const open = plan === undefined || plan.status === 'concept' || plan.status === 'actief';
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    if (!bewerken) return;
    const meldingen = [
      ...bewerken.doelen.flatMap((d, i) => (d.omschrijving.trim() ? [] : [`Doel ${i + 1}: vul een omschrijving in.`])),
      ...bewerken.acties.flatMap((a, i) => [
        ...(a.omschrijving.trim() ? [] : [`Actie ${i + 1}: vul een omschrijving in.`]),
        ...(/^\d{4}-\d{2}-\d{2}$/.test(a.deadline) ? [] : [`Actie ${i + 1}: kies een datum waarop het klaar is.`]),
        ...(a.eigenaar.soort === 'organisatie' && !a.eigenaar.organisatie.code.trim() ? [`Actie ${i + 1}: vul de code van de organisatie in.`] : []),
      ]),
      ...bewerken.ondersteuning.flatMap((o, i) => (o.omschrijving.trim() ? [] : [`Ondersteuning ${i + 1}: vul een omschrijving in.`])),
    ];
    setFouten(meldingen);
    if (meldingen.length > 0) return;
    setGelukt(undefined);
    opslaan.mutate({ inhoud: bewerken, ...(plan && etag ? { etag } : {}) });
  };
  return (
    <section aria-labelledby="trajectplan">
      <h2 id="trajectplan" className="utrecht-heading-2">
        Trajectplan
      </h2>
      {gelukt && (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{gelukt}</p>
        </Melding>
      )}
      {(opslaan.error ?? status.error) && <VersieFout fout={opslaan.error ?? status.error} onOpnieuw={opnieuw} />}
      {gelezen.isPending && <Laden wat="Het trajectplan" />}
      {gelezen.isError && <Fout fout={gelezen.error} wat="Het trajectplan" />}
      {gelezen.data === null && !bewerken && <p className="utrecht-paragraph">Deze casus heeft nog geen trajectplan.</p>}
      {plan && !bewerken && <PlanWeergave plan={plan} />}
      {magWijzigen && gelezen.isSuccess && open && !bewerken && (
        <div className="sluitend-knoppen">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => {
              setGelukt(undefined);
              setFouten([]);
              setBewerken(plan ? inhoudVan(plan) : { doelen: [leegDoel()], acties: [], ondersteuning: [] });
            }}
          >
            {plan ? 'Plan bewerken' : 'Trajectplan opstellen'}
          </button>
          {plan &&
            etag &&
            ACTIES_PER_STATUS[plan.status].map((actie) => (
              <button
                key={actie}
                type="button"
                className={`utrecht-button utrecht-button--${actie === 'stoppen' ? 'secondary' : 'primary'}-action`}
                disabled={status.isPending}
                onClick={() => {
                  setGelukt(undefined);
                  status.mutate({ actie, etag });
                }}
              >
                {PLAN_ACTIES[actie]}
              </button>
            ))}
        </div>
      )}
      {bewerken && (
        <PlanFormulier
          inhoud={bewerken}
          onWijzig={setBewerken}
          fouten={fouten}
          bezig={opslaan.isPending}
          onVerstuur={verstuur}
          onAnnuleren={() => setBewerken(undefined)}
          versie={plan?.versie}
        />
      )}
      {plan && plan.historie.length > 0 && (
        <details className="sluitend-blok">
          <summary>Versies van het plan ({plan.historie.length})</summary>
          <table className="sluitend-tabel">
            <thead>
              <tr>
                <th scope="col">Versie</th>
                <th scope="col">Wanneer</th>
                <th scope="col">Door</th>
                <th scope="col">Wijzigingen</th>
              </tr>
            </thead>
            <tbody>
              {plan.historie.map((regel) => (
                <tr key={regel.versie}>
                  <td>{regel.versie}</td>
                  <td>{formatDatumTijd(regel.op)}</td>
                  <td>{regel.door}</td>
                  <td>{regel.wijzigingen.join('; ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}

function PlanWeergave({ plan }: { plan: Plan }) {
  return (
    <>
      <dl className="sluitend-velden">
        <dt>Status</dt>
        <dd>{PLAN_STATUS[plan.status]}</dd>
        <dt>Versie</dt>
        <dd>{plan.versie}</dd>
        <dt>Route</dt>
        <dd>{plan.route ? ROUTES[plan.route] : 'Nog niet gekozen'}</dd>
      </dl>
      <h3 className="utrecht-heading-3">Doelen</h3>
      {plan.doelen.length === 0 ? (
        <p className="utrecht-paragraph">Geen doelen.</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {plan.doelen.map((doel) => (
            <li key={doel.id}>
              {doel.omschrijving} ({DOEL_STATUS[doel.status].toLowerCase()}
              {doel.leefdomein ? `, ${LEEFDOMEINEN[doel.leefdomein].toLowerCase()}` : ''})
            </li>
          ))}
        </ul>
      )}
      <h3 className="utrecht-heading-3">Acties</h3>
      {plan.acties.length === 0 ? (
        <p className="utrecht-paragraph">Geen acties.</p>
      ) : (
        <table className="sluitend-tabel">
          <thead>
            <tr>
              <th scope="col">Actie</th>
              <th scope="col">Wie</th>
              <th scope="col">Klaar op</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {plan.acties.map((actie) => (
              <tr key={actie.id}>
                <td>{actie.omschrijving}</td>
                <td>{eigenaarLabel(actie.eigenaar)}</td>
                <td>{formatDatum(actie.deadline)}</td>
                <td>{ACTIE_STATUS[actie.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className="utrecht-heading-3">Ondersteuning</h3>
      {plan.ondersteuning.length === 0 ? (
        <p className="utrecht-paragraph">Geen ondersteuning.</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {plan.ondersteuning.map((o) => (
            <li key={o.id}>
              {o.omschrijving} ({KADERS[o.kader]}
              {o.aanbieder ? `, ${o.aanbieder}` : ''}
              {o.vanaf ? `, vanaf ${formatDatum(o.vanaf)}` : ''}
              {o.tot ? ` tot ${formatDatum(o.tot)}` : ''})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function PlanFormulier({
  inhoud,
  onWijzig,
  fouten,
  bezig,
  onVerstuur,
  onAnnuleren,
  versie,
}: {
  inhoud: Inhoud;
  onWijzig: (inhoud: Inhoud) => void;
  fouten: string[];
  bezig: boolean;
  onVerstuur: (event: FormEvent) => void;
  onAnnuleren: () => void;
  versie?: number;
}) {
  const doel = (i: number, wijziging: Partial<Doel>) =>
    onWijzig({ ...inhoud, doelen: inhoud.doelen.map((d, j) => (j === i ? { ...d, ...wijziging } : d)) });
  const actie = (i: number, wijziging: Partial<Actie>) =>
    onWijzig({ ...inhoud, acties: inhoud.acties.map((a, j) => (j === i ? ({ ...a, ...wijziging } as Actie) : a)) });
  const steun = (i: number, wijziging: Partial<Ondersteuning>) =>
    onWijzig({ ...inhoud, ondersteuning: inhoud.ondersteuning.map((o, j) => (j === i ? { ...o, ...wijziging } : o)) });
  const zonder = <T,>(lijst: T[], i: number) => lijst.filter((_, j) => j !== i);
  return (
    <form className="sluitend-formulier sluitend-formulier--breed" onSubmit={onVerstuur} noValidate aria-labelledby="plan-kop">
      <h3 id="plan-kop" className="utrecht-heading-3">
        {versie ? `Trajectplan bewerken (op versie ${versie})` : 'Trajectplan opstellen'}
      </h3>
      {fouten.length > 0 && (
        <div className="utrecht-form-field-error-message" role="alert">
          <ul className="utrecht-unordered-list">
            {fouten.map((fout) => (
              <li key={fout}>{fout}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="plan-route">
          Route
        </label>
        <select
          id="plan-route"
          className="utrecht-select"
          value={inhoud.route ?? ''}
          onChange={(event) => {
            const { route: _weg, ...rest } = inhoud;
            onWijzig(event.target.value ? { ...rest, route: event.target.value as Route } : rest);
          }}
        >
          <option value="">Nog niet gekozen</option>
          {Object.entries(ROUTES).map(([waarde, label]) => (
            <option key={waarde} value={waarde}>
              {label}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Doelen</legend>
        {inhoud.doelen.map((d, i) => (
          <div key={d.id} className="sluitend-rijformulier" role="group" aria-label={`Doel ${i + 1}`}>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`doel-${i}-omschrijving`}>
                Doel {i + 1}
              </label>
              <input
                id={`doel-${i}-omschrijving`}
                className="utrecht-textbox"
                maxLength={1000}
                value={d.omschrijving}
                onChange={(event) => doel(i, { omschrijving: event.target.value })}
              />
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`doel-${i}-leefdomein`}>
                Leefdomein
              </label>
              <select
                id={`doel-${i}-leefdomein`}
                className="utrecht-select"
                value={d.leefdomein ?? ''}
                onChange={(event) => {
                  const { leefdomein: _weg, ...rest } = d;
                  onWijzig({
                    ...inhoud,
                    doelen: inhoud.doelen.map((x, j) =>
                      j === i ? (event.target.value ? { ...rest, leefdomein: event.target.value as NonNullable<Doel['leefdomein']> } : rest) : x,
                    ),
                  });
                }}
              >
                <option value="">Geen</option>
                {Object.entries(LEEFDOMEINEN).map(([waarde, label]) => (
                  <option key={waarde} value={waarde}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`doel-${i}-status`}>
                Status
              </label>
              <select
                id={`doel-${i}-status`}
                className="utrecht-select"
                value={d.status}
                onChange={(event) => doel(i, { status: event.target.value as Doel['status'] })}
              >
                {Object.entries(DOEL_STATUS).map(([waarde, label]) => (
                  <option key={waarde} value={waarde}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              onClick={() => onWijzig({ ...inhoud, doelen: zonder(inhoud.doelen, i) })}
            >
              Doel {i + 1} weghalen
            </button>
          </div>
        ))}
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => onWijzig({ ...inhoud, doelen: [...inhoud.doelen, leegDoel()] })}
        >
          Doel toevoegen
        </button>
      </fieldset>

      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Acties</legend>
        {inhoud.acties.map((a, i) => (
          <div key={a.id} className="sluitend-rijformulier" role="group" aria-label={`Actie ${i + 1}`}>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`actie-${i}-omschrijving`}>
                Actie {i + 1}
              </label>
              <input
                id={`actie-${i}-omschrijving`}
                className="utrecht-textbox"
                maxLength={1000}
                value={a.omschrijving}
                onChange={(event) => actie(i, { omschrijving: event.target.value })}
              />
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`actie-${i}-eigenaar`}>
                Wie voert uit
              </label>
              <select
                id={`actie-${i}-eigenaar`}
                className="utrecht-select"
                value={a.eigenaar.soort === 'jongere' ? 'jongere' : a.eigenaar.organisatie.type}
                onChange={(event) =>
                  actie(i, {
                    eigenaar:
                      event.target.value === 'jongere'
                        ? { soort: 'jongere' }
                        : {
                            soort: 'organisatie',
                            organisatie: {
                              type: event.target.value as OrganisatieType,
                              code: a.eigenaar.soort === 'organisatie' ? a.eigenaar.organisatie.code : '',
                            },
                          },
                  })
                }
              >
                <option value="jongere">De jongere</option>
                {EIGENAAR_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {ORGANISATIE_TYPES[type] ?? type}
                  </option>
                ))}
              </select>
            </div>
            {a.eigenaar.soort === 'organisatie' && (
              <div className="utrecht-form-field">
                <label className="utrecht-form-label" htmlFor={`actie-${i}-code`}>
                  Code van de organisatie
                </label>
                <input
                  id={`actie-${i}-code`}
                  className="utrecht-textbox"
                  maxLength={100}
                  value={a.eigenaar.organisatie.code}
                  onChange={(event) =>
                    a.eigenaar.soort === 'organisatie' &&
                    actie(i, { eigenaar: { ...a.eigenaar, organisatie: { ...a.eigenaar.organisatie, code: event.target.value.trim() } } })
                  }
                />
              </div>
            )}
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`actie-${i}-deadline`}>
                Klaar op
              </label>
              <input
                id={`actie-${i}-deadline`}
                type="date"
                className="utrecht-textbox"
                value={a.deadline}
                onChange={(event) => actie(i, { deadline: event.target.value })}
              />
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`actie-${i}-status`}>
                Status
              </label>
              <select
                id={`actie-${i}-status`}
                className="utrecht-select"
                value={a.status}
                onChange={(event) => actie(i, { status: event.target.value as Actie['status'] })}
              >
                {Object.entries(ACTIE_STATUS).map(([waarde, label]) => (
                  <option key={waarde} value={waarde}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              onClick={() => onWijzig({ ...inhoud, acties: zonder(inhoud.acties, i) })}
            >
              Actie {i + 1} weghalen
            </button>
          </div>
        ))}
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => onWijzig({ ...inhoud, acties: [...inhoud.acties, leegeActie()] })}
        >
          Actie toevoegen
        </button>
      </fieldset>

      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Ondersteuning</legend>
        {inhoud.ondersteuning.map((o, i) => (
          <div key={o.id} className="sluitend-rijformulier" role="group" aria-label={`Ondersteuning ${i + 1}`}>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`steun-${i}-omschrijving`}>
                Ondersteuning {i + 1}
              </label>
              <input
                id={`steun-${i}-omschrijving`}
                className="utrecht-textbox"
                maxLength={1000}
                value={o.omschrijving}
                onChange={(event) => steun(i, { omschrijving: event.target.value })}
              />
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`steun-${i}-kader`}>
                Wettelijk kader
              </label>
              <select
                id={`steun-${i}-kader`}
                className="utrecht-select"
                value={o.kader}
                onChange={(event) => steun(i, { kader: event.target.value as Ondersteuning['kader'] })}
              >
                {Object.entries(KADERS).map(([waarde, label]) => (
                  <option key={waarde} value={waarde}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`steun-${i}-aanbieder`}>
                Aanbieder (mag leeg)
              </label>
              <input
                id={`steun-${i}-aanbieder`}
                className="utrecht-textbox"
                maxLength={200}
                value={o.aanbieder ?? ''}
                onChange={(event) => {
                  const { aanbieder: _weg, ...rest } = o;
                  onWijzig({
                    ...inhoud,
                    ondersteuning: inhoud.ondersteuning.map((x, j) =>
                      j === i ? (event.target.value ? { ...rest, aanbieder: event.target.value } : rest) : x,
                    ),
                  });
                }}
              />
            </div>
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              onClick={() => onWijzig({ ...inhoud, ondersteuning: zonder(inhoud.ondersteuning, i) })}
            >
              Ondersteuning {i + 1} weghalen
            </button>
          </div>
        ))}
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => onWijzig({ ...inhoud, ondersteuning: [...inhoud.ondersteuning, leegeOndersteuning()] })}
        >
          Ondersteuning toevoegen
        </button>
      </fieldset>

      <div className="sluitend-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
          Trajectplan opslaan
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onAnnuleren}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
