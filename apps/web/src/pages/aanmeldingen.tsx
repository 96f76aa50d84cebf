import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, ReactNode, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  meldBsaSchema,
  meldSwitchSchema,
  meldUitschrijvingSchema,
  registreerAanmeldingSchema,
  registreerInschrijvingSchema,
} from '@sluitend/contracts';
import { z } from 'zod';
import { data, overstap } from '../api/client';
import { useAuth } from '../auth';
import type { components } from '../api/overstap';
import { controleer, probleemVelden, Veld, Veldfouten } from '../components/formulier';
import { Fout, Laden, Leeg, Melding } from '../components/status';
import { useKlok } from '../klok';
import { BESTEMMINGEN, formatDatum, formatDatumTijd, gemeenteLabel } from '../teksten';
import { Paging } from './signalen';
import { useTitel } from './titel';

type AanmeldingRij = components['schemas']['AanmeldingenDto_Output']['items'][number];
type Status = AanmeldingRij['status'];

export const AANMELDING_STATUS: Record<Status, string> = {
  ontvangen: 'Aanmelding ontvangen',
  aangemeld: 'Aangemeld',
  'intake-gepland': 'Intake gepland',
  'intake-gedaan': 'Intake gedaan',
  toegelaten: 'Toegelaten',
  afgewezen: 'Afgewezen',
  'onderwijsovereenkomst-aangeboden': 'Onderwijsovereenkomst aangeboden',
  ingeschreven: 'Ingeschreven',
  'leidt-niet-tot-inschrijving': 'Leidt niet tot inschrijving',
  ingetrokken: 'Ingetrokken',
};

/** The DUO reason codes of an uitschrijving (1–9, DOMAIN.md "Uitschrijving & switch"). */
export const UITSCHRIJF_REDENEN: Record<string, string> = {
  '1': '1 – Persoonlijk, geen invloed van de instelling',
  '2': '2 – Persoonlijk, met zorg',
  '3': '3 – Instellingsgebonden',
  '4': '4 – Studie- of beroepskeuze',
  '5': '5 – Arbeidsmarkt of omgeving',
  '6': '6 – Zonder diploma maar succesvol vertrokken',
  '7': '7 – Onbekend',
  '8': '8 – Geen voortijdig schoolverlaten',
  '9': '9 – Niet betaald',
};

const PER_PAGINA = 25;
const SORTERINGEN = { oudste: 'Oudste aanmelding eerst', nieuwste: 'Nieuwste aanmelding eerst', status: 'Op status', crebo: 'Op crebo' } as const;
type Sortering = keyof typeof SORTERINGEN;
const isSortering = (waarde: string | null): waarde is Sortering => waarde !== null && waarde in SORTERINGEN;

/** One field of a small form: text, date or a choice, its error next to it. */
function Invoer({
  id,
  label,
  fout,
  waarde,
  zet,
  type = 'text',
  opties,
  hint,
}: {
  id: string;
  label: string;
  fout: string | undefined;
  waarde: string;
  zet: (waarde: string) => void;
  type?: string;
  opties?: Record<string, string>;
  hint?: string;
}) {
  return (
    <Veld id={id} label={label} fout={fout} {...(hint ? { hint } : {})}>
      {(aria) =>
        opties ? (
          <select {...aria} className="utrecht-select" value={waarde} onChange={(event) => zet(event.target.value)}>
            <option value="">Kies…</option>
            {Object.entries(opties).map(([code, tekst]) => (
              <option key={code} value={code}>
                {tekst}
              </option>
            ))}
          </select>
        ) : (
          <input {...aria} className="utrecht-textbox" type={type} autoComplete="off" value={waarde} onChange={(event) => zet(event.target.value)} />
        )
      }
    </Veld>
  );
}

/** A small form on one of the contracts' schemas: checked in the browser first, then the API's problem+json per field. */
function useSchemaFormulier<T extends Record<string, string>, S extends z.ZodType, R>(
  begin: T,
  schema: S,
  naarBody: (velden: T) => unknown,
  verstuur: (body: z.output<S>) => Promise<R>,
  klaar?: (resultaat: R) => void,
) {
  const [velden, setVelden] = useState<T>(begin);
  const [fouten, setFouten] = useState<Veldfouten>({});
  const mutatie = useMutation({
    mutationFn: verstuur,
    onSuccess: (resultaat) => {
      setFouten({});
      klaar?.(resultaat);
    },
    onError: (fout) => setFouten(probleemVelden(fout)),
  });
  const indienen = (event: FormEvent) => {
    event.preventDefault();
    const { data: body, fouten: nieuw } = controleer(schema, naarBody(velden));
    setFouten(nieuw);
    if (body !== undefined) mutatie.mutate(body);
  };
  const zet = (veld: keyof T) => (waarde: string) => setVelden((oud) => ({ ...oud, [veld]: waarde }));
  return { velden, fouten, zet, indienen, mutatie };
}

const leegNaarWeg = (waarde: string) => (waarde.trim() === '' ? undefined : waarde.trim());
const getal = (waarde: string) => (waarde.trim() === '' ? undefined : Number(waarde));

/** The mbo's applicants of a schooljaar: their aanmeldingen, each with the status changes the API allows. */
export function AanmeldingenPagina() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const klok = useKlok();
  // The warme overdracht is read by the intake (the API refuses other roles).
  const intaker = useAuth().gebruiker?.rollen.includes('intaker') ?? false;
  const schooljaar = params.get('schooljaar') ?? klok.data?.schooljaar;
  const pagina = Math.max(1, Number(params.get('pagina')) || 1);
  const sortering: Sortering = isSortering(params.get('sorteer')) ? (params.get('sorteer') as Sortering) : 'oudste';
  useTitel('Aanmeldingen');
  const aanmeldingen = useQuery({
    queryKey: ['aanmeldingen', schooljaar, pagina],
    enabled: schooljaar !== undefined,
    queryFn: () =>
      data(
        overstap.GET('/api/overstap/aanmeldingen', {
          params: { query: { schooljaar: schooljaar as string, limit: PER_PAGINA, offset: (pagina - 1) * PER_PAGINA } },
        }),
      ),
  });
  const link = (wijzig: { pagina?: number; sorteer?: Sortering }) => {
    const volgende = new URLSearchParams(params);
    const p = wijzig.pagina ?? pagina;
    const s = wijzig.sorteer ?? sortering;
    if (p > 1) volgende.set('pagina', String(p));
    else volgende.delete('pagina');
    if (s !== 'oudste') volgende.set('sorteer', s);
    else volgende.delete('sorteer');
    const query = volgende.toString();
    return `/aanmeldingen${query ? `?${query}` : ''}`;
  };
  const items = [...(aanmeldingen.data?.items ?? [])].sort((a, b) => {
    switch (sortering) {
      case 'oudste':
        return 0;
      case 'nieuwste':
        return b.aangemeldOp.localeCompare(a.aangemeldOp);
      case 'status':
        return AANMELDING_STATUS[a.status].localeCompare(AANMELDING_STATUS[b.status], 'nl');
      case 'crebo':
        return a.crebo.localeCompare(b.crebo);
    }
  });
  return (
    <>
      <h1 className="utrecht-heading-1">Aanmeldingen{schooljaar ? ` ${schooljaar}` : ''}</h1>
      <p className="utrecht-paragraph">
        De aanmeldingen bij je instelling van jongeren die dit schooljaar het vo verlaten. Zet een aanmelding door naar de volgende stap; alleen de
        stappen die vanaf de huidige status mogen worden aangeboden.
      </p>
      <GeregistreerdMelding />
      <ul className="utrecht-link-list sluitend-knoppen">
        <li>
          <Link className="utrecht-link" to="/aanmeldingen/nieuw">
            Een aanmelding registreren
          </Link>
        </li>
        <li>
          <Link className="utrecht-link" to="/inschrijvingen">
            Inschrijvingen, uitschrijvingen, switch en BSA
          </Link>
        </li>
      </ul>
      <form className="sluitend-formulier sluitend-filters" onSubmit={(event) => event.preventDefault()}>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="sorteer">
            Sorteer deze pagina
          </label>
          <select
            id="sorteer"
            className="utrecht-select"
            value={sortering}
            onChange={(event) => void navigate(link({ sorteer: event.target.value as Sortering }))}
          >
            {Object.entries(SORTERINGEN).map(([waarde, label]) => (
              <option key={waarde} value={waarde}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </form>
      {klok.isError && <Fout fout={klok.error} wat="Het schooljaar" />}
      {aanmeldingen.isPending && schooljaar !== undefined && <Laden wat="Aanmeldingen" />}
      {aanmeldingen.isError && <Fout fout={aanmeldingen.error} wat="De aanmeldingen" />}
      {aanmeldingen.data && aanmeldingen.data.items.length === 0 && <Leeg>Er zijn nog geen aanmeldingen in schooljaar {schooljaar}.</Leeg>}
      {aanmeldingen.data && items.length > 0 && (
        <>
          <table className="sluitend-tabel">
            <caption className="utrecht-paragraph sluitend-bijschrift">
              {aanmeldingen.data.totaal} {aanmeldingen.data.totaal === 1 ? 'aanmelding' : 'aanmeldingen'} ({SORTERINGEN[sortering].toLowerCase()})
            </caption>
            <thead>
              <tr>
                <th scope="col">Aangemeld op</th>
                <th scope="col">Opleiding</th>
                <th scope="col">Locatie</th>
                <th scope="col">Status</th>
                <th scope="col">Dossier</th>
                <th scope="col">Volgende stap</th>
              </tr>
            </thead>
            <tbody>
              {items.map((aanmelding) => (
                <tr key={aanmelding.aanmeldingId}>
                  <td>
                    {formatDatumTijd(aanmelding.aangemeldOp)}
                    {aanmelding.opTijd ? '' : ' (na 1 april)'}
                  </td>
                  <td>
                    crebo {aanmelding.crebo}, niveau {aanmelding.niveau}
                  </td>
                  <td>{aanmelding.locatie}</td>
                  <td>{AANMELDING_STATUS[aanmelding.status]}</td>
                  <td>
                    {aanmelding.dossierId && !intaker ? (
                      'dossier (inzage door de intaker)'
                    ) : aanmelding.dossierId ? (
                      <Link
                        className="utrecht-link"
                        to={`/aanmeldingen/dossier/${aanmelding.dossierId}`}
                        state={{ terug: `/aanmeldingen${location.search}` }}
                        aria-label={`Warme overdracht: het dossier bij de aanmelding van ${formatDatumTijd(aanmelding.aangemeldOp)}`}
                      >
                        Warme overdracht
                      </Link>
                    ) : (
                      'geen dossier'
                    )}
                  </td>
                  <td>
                    <StatusWijziging aanmelding={aanmelding} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Paging pagina={pagina} totaal={aanmeldingen.data.totaal} perPagina={PER_PAGINA} link={(p) => link({ pagina: p })} />
        </>
      )}
    </>
  );
}

/** The next statuses the transition table allows for this aanmelding (`toegestaan`), and nothing else. */
function StatusWijziging({ aanmelding }: { aanmelding: AanmeldingRij }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [naar, setNaar] = useState<string>('');
  const wijzig = useMutation({
    mutationFn: (status: Status) =>
      data(overstap.POST('/api/overstap/aanmeldingen/{id}/status', { params: { path: { id: aanmelding.aanmeldingId } }, body: { status } })),
    onSuccess: async () => {
      setNaar('');
      // The "geregistreerd" message belonged to the registration before: a status change replaces it, so drop it.
      if ((location.state as { geregistreerd?: unknown } | null)?.geregistreerd)
        void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
      await queryClient.invalidateQueries({ queryKey: ['aanmeldingen'] });
    },
  });
  if (aanmelding.toegestaan.length === 0) return <span>Eindstatus</span>;
  const id = `naar-${aanmelding.aanmeldingId}`;
  return (
    <form
      className="sluitend-rijformulier"
      onSubmit={(event) => {
        event.preventDefault();
        if (naar) wijzig.mutate(naar as Status);
      }}
    >
      <label className="utrecht-form-label sluitend-verborgen" htmlFor={id}>
        Nieuwe status voor de aanmelding van {formatDatumTijd(aanmelding.aangemeldOp)}
      </label>
      <select id={id} className="utrecht-select" value={naar} onChange={(event) => setNaar(event.target.value)}>
        <option value="">Kies een stap…</option>
        {aanmelding.toegestaan.map((status) => (
          <option key={status} value={status}>
            {AANMELDING_STATUS[status]}
          </option>
        ))}
      </select>{' '}
      <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={!naar || wijzig.isPending}>
        Wijzigen
      </button>
      {wijzig.isError && <Fout fout={wijzig.error} wat="De status" />}
    </form>
  );
}

/** Registering an aanmelding: the student's number, the programme and location, the start date. */
export function NieuweAanmeldingPagina() {
  useTitel('Aanmelding registreren');
  const klok = useKlok();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formulier = useSchemaFormulier(
    { persoonsnummer: '', schooljaar: '', crebo: '', niveau: '', locatie: '', startdatum: '', status: 'aangemeld' },
    registreerAanmeldingSchema,
    (velden) => ({
      persoonsnummer: velden.persoonsnummer.replace(/[\s.]/g, ''),
      schooljaar: leegNaarWeg(velden.schooljaar) ?? klok.data?.schooljaar,
      crebo: velden.crebo.trim(),
      niveau: getal(velden.niveau),
      locatie: velden.locatie.trim().toUpperCase(),
      startdatum: velden.startdatum,
      status: velden.status,
    }),
    (body) => data(overstap.POST('/api/overstap/aanmeldingen', { body })),
    (resultaat) => {
      void queryClient.invalidateQueries({ queryKey: ['aanmeldingen'] });
      void navigate('/aanmeldingen', { state: { geregistreerd: resultaat } });
    },
  );
  const { velden, fouten, zet } = formulier;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/aanmeldingen">
          ← Terug naar de aanmeldingen
        </Link>
      </p>
      <h1 className="utrecht-heading-1">Aanmelding registreren</h1>
      <p className="utrecht-paragraph">
        Een aanmelding uiterlijk 1 april geeft de jongere toelatingsrecht. Heeft de jongere een doorstroomdossier, dan zie je dat daarna bij de
        aanmelding (warme overdracht).
      </p>
      {formulier.mutatie.isError && Object.keys(fouten).length === 0 && <Fout fout={formulier.mutatie.error} wat="De aanmelding" />}
      <form className="sluitend-formulier" onSubmit={formulier.indienen} noValidate aria-label="Aanmelding">
        <Invoer
          id="aanmelding-persoonsnummer"
          label="BSN of onderwijsnummer"
          fout={fouten.persoonsnummer}
          waarde={velden.persoonsnummer}
          zet={zet('persoonsnummer')}
        />
        <Invoer
          id="aanmelding-schooljaar"
          label="Schooljaar van vertrek uit het vo"
          fout={fouten.schooljaar}
          waarde={velden.schooljaar || klok.data?.schooljaar || ''}
          zet={zet('schooljaar')}
        />
        <Invoer id="aanmelding-crebo" label="Crebo" hint="5 cijfers" fout={fouten.crebo} waarde={velden.crebo} zet={zet('crebo')} />
        <Invoer
          id="aanmelding-niveau"
          label="Niveau"
          fout={fouten.niveau}
          waarde={velden.niveau}
          zet={zet('niveau')}
          opties={{ '1': 'Niveau 1', '2': 'Niveau 2', '3': 'Niveau 3', '4': 'Niveau 4' }}
        />
        <Invoer
          id="aanmelding-locatie"
          label="Locatie (vestigingscode)"
          hint="Bijvoorbeeld 25LW00"
          fout={fouten.locatie}
          waarde={velden.locatie}
          zet={zet('locatie')}
        />
        <Invoer
          id="aanmelding-startdatum"
          label="Startdatum"
          type="date"
          fout={fouten.startdatum}
          waarde={velden.startdatum}
          zet={zet('startdatum')}
        />
        <Invoer
          id="aanmelding-status"
          label="Status"
          fout={fouten.status}
          waarde={velden.status}
          zet={zet('status')}
          opties={{ aangemeld: AANMELDING_STATUS.aangemeld, ontvangen: AANMELDING_STATUS.ontvangen }}
        />
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={formulier.mutatie.isPending}>
            Aanmelding registreren
          </button>
        </div>
      </form>
    </>
  );
}

/** The applicant's dossier as the mbo sees it (warme overdracht): support details only with the student's consent. */
export function AanmelderDossierPagina() {
  const { dossierId = '' } = useParams();
  const terug = (useLocation().state as { terug?: string } | null)?.terug ?? '/aanmeldingen';
  const dossier = useQuery({
    queryKey: ['dossier', dossierId],
    queryFn: () => data(overstap.GET('/api/overstap/dossiers/{id}', { params: { path: { id: dossierId } } })),
  });
  const inhoud = dossier.data?.inhoud;
  useTitel(inhoud ? `Warme overdracht: ${inhoud.leerling.voornamen} ${inhoud.leerling.achternaam}` : 'Warme overdracht');
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={terug}>
          ← Terug naar de aanmeldingen
        </Link>
      </p>
      {dossier.isPending && <Laden wat="Het dossier" />}
      {dossier.isError && <Fout fout={dossier.error} wat="Dit dossier" />}
      {dossier.data && inhoud && (
        <>
          <h1 className="utrecht-heading-1">
            Warme overdracht: {inhoud.leerling.voornamen} {inhoud.leerling.achternaam}
          </h1>
          <p className="utrecht-paragraph">
            Het doorstroomdossier van de vo-school (versie {dossier.data.versie}, schooljaar {dossier.data.schooljaar}). Je inzage wordt vastgelegd.
          </p>
          <dl className="sluitend-velden">
            <dt>Geboortedatum</dt>
            <dd>{formatDatum(inhoud.leerling.geboortedatum)}</dd>
            <dt>Woongemeente</dt>
            <dd>{gemeenteLabel(inhoud.leerling.woongemeente)}</dd>
            <dt>Vo-school</dt>
            <dd>
              {inhoud.school.brin}, vestiging {inhoud.school.vestiging}
            </dd>
            <dt>Opleiding</dt>
            <dd>
              {inhoud.opleiding.onderwijstype}, leerjaar {inhoud.opleiding.leerjaar}
            </dd>
            <dt>Bestemming</dt>
            <dd>{BESTEMMINGEN[inhoud.keuze.bestemming] ?? inhoud.keuze.bestemming}</dd>
            <dt>Gekozen opleidingen</dt>
            <dd>
              {inhoud.keuze.opleidingen.length === 0
                ? 'geen'
                : inhoud.keuze.opleidingen.map((o) => `crebo ${o.crebo} (niveau ${o.niveau}${o.instelling ? `, ${o.instelling}` : ''})`).join('; ')}
            </dd>
            {inhoud.keuze.keuzeproces && (
              <>
                <dt>Keuzeproces</dt>
                <dd>{inhoud.keuze.keuzeproces}</dd>
              </>
            )}
            {inhoud.advies && (
              <>
                <dt>Advies ({inhoud.advies.door === 'mentor' ? 'mentor' : 'zorgcoördinator'})</dt>
                <dd>{inhoud.advies.tekst}</dd>
              </>
            )}
          </dl>
          <h2 className="utrecht-heading-2">Ondersteuning</h2>
          {dossier.data.ondersteuningGedeeld ? (
            <dl className="sluitend-velden">
              <dt>Ondersteuning nodig</dt>
              <dd>{inhoud.ondersteuning.nodig ? 'ja' : 'nee'}</dd>
              {inhoud.ondersteuning.toelichting && (
                <>
                  <dt>Toelichting</dt>
                  <dd>{inhoud.ondersteuning.toelichting}</dd>
                </>
              )}
            </dl>
          ) : (
            <Melding soort="info">
              <p className="utrecht-paragraph">
                De leerling heeft geen toestemming gegeven om informatie over ondersteuning te delen. Vraag er in het intakegesprek zelf naar.
              </p>
            </Melding>
          )}
        </>
      )}
    </>
  );
}

/** A success message after a form, kept on the page the form went back to. */
export function GeregistreerdMelding() {
  const state = useLocation().state as { geregistreerd?: { nieuw: boolean; opTijd: boolean } } | null;
  if (!state?.geregistreerd) return null;
  const { nieuw, opTijd } = state.geregistreerd;
  return (
    <Melding soort="ok" titel={nieuw ? 'De aanmelding is geregistreerd.' : 'Deze aanmelding bestond al.'}>
      <p className="utrecht-paragraph">{opTijd ? 'Aangemeld uiterlijk 1 april: de jongere heeft toelatingsrecht.' : 'Aangemeld na 1 april.'}</p>
    </Melding>
  );
}

/** Inschrijvingen: register one; with its id, the uitschrijving (DUO reason), a switch and a BSA. */
export function InschrijvingenPagina() {
  useTitel('Inschrijvingen');
  const klok = useKlok();
  const navigate = useNavigate();
  const [zoek, setZoek] = useState('');
  const formulier = useSchemaFormulier(
    { persoonsnummer: '', schooljaar: '', crebo: '', niveau: '', locatie: '', ingeschrevenPer: '', woongemeente: '' },
    registreerInschrijvingSchema,
    (velden) => ({
      persoonsnummer: velden.persoonsnummer.replace(/[\s.]/g, ''),
      schooljaar: leegNaarWeg(velden.schooljaar) ?? klok.data?.schooljaar,
      crebo: velden.crebo.trim(),
      niveau: getal(velden.niveau),
      locatie: velden.locatie.trim().toUpperCase(),
      ingeschrevenPer: velden.ingeschrevenPer,
      ...(leegNaarWeg(velden.woongemeente) ? { woongemeente: velden.woongemeente.trim().toUpperCase() } : {}),
    }),
    (body) => data(overstap.POST('/api/overstap/inschrijvingen', { body })),
    (resultaat) => void navigate(`/inschrijvingen/${resultaat.inschrijvingId}`, { state: { nieuw: true } }),
  );
  const { velden, fouten, zet } = formulier;
  return (
    <>
      <h1 className="utrecht-heading-1">Inschrijvingen</h1>
      <p className="utrecht-paragraph">
        Registreer een inschrijving; daarna meld je op de pagina van de inschrijving een uitschrijving (met de DUO-redencode), een switch naar een
        andere opleiding of een bindend studieadvies.
      </p>
      <section aria-labelledby="bestaande">
        <h2 id="bestaande" className="utrecht-heading-2">
          Een bestaande inschrijving
        </h2>
        <form
          className="sluitend-formulier"
          onSubmit={(event) => {
            event.preventDefault();
            if (zoek.trim()) void navigate(`/inschrijvingen/${zoek.trim()}`);
          }}
        >
          <Invoer
            id="inschrijving-id"
            label="Kenmerk van de inschrijving"
            hint="Het kenmerk uit je administratie of uit de registratie"
            fout={undefined}
            waarde={zoek}
            zet={setZoek}
          />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              Openen
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby="nieuwe">
        <h2 id="nieuwe" className="utrecht-heading-2">
          Inschrijving registreren
        </h2>
        {formulier.mutatie.isError && Object.keys(fouten).length === 0 && <Fout fout={formulier.mutatie.error} wat="De inschrijving" />}
        <form className="sluitend-formulier" onSubmit={formulier.indienen} noValidate aria-label="Inschrijving">
          <Invoer
            id="inschrijving-persoonsnummer"
            label="BSN of onderwijsnummer"
            fout={fouten.persoonsnummer}
            waarde={velden.persoonsnummer}
            zet={zet('persoonsnummer')}
          />
          <Invoer
            id="inschrijving-schooljaar"
            label="Schooljaar van vertrek uit het vo"
            fout={fouten.schooljaar}
            waarde={velden.schooljaar || klok.data?.schooljaar || ''}
            zet={zet('schooljaar')}
          />
          <Invoer id="inschrijving-crebo" label="Crebo" fout={fouten.crebo} waarde={velden.crebo} zet={zet('crebo')} />
          <Invoer
            id="inschrijving-niveau"
            label="Niveau"
            fout={fouten.niveau}
            waarde={velden.niveau}
            zet={zet('niveau')}
            opties={{ '1': 'Niveau 1', '2': 'Niveau 2', '3': 'Niveau 3', '4': 'Niveau 4' }}
          />
          <Invoer id="inschrijving-locatie" label="Locatie (vestigingscode)" fout={fouten.locatie} waarde={velden.locatie} zet={zet('locatie')} />
          <Invoer
            id="inschrijving-per"
            label="Ingeschreven per"
            type="date"
            fout={fouten.ingeschrevenPer}
            waarde={velden.ingeschrevenPer}
            zet={zet('ingeschrevenPer')}
          />
          <Invoer
            id="inschrijving-woongemeente"
            label="Woongemeente (optioneel)"
            hint="CBS-code, bijvoorbeeld GM0014"
            fout={fouten.woongemeente}
            waarde={velden.woongemeente}
            zet={zet('woongemeente')}
          />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={formulier.mutatie.isPending}>
              Inschrijving registreren
            </button>
          </div>
        </form>
      </section>
    </>
  );
}

function Sectie({ id, titel, children }: { id: string; titel: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="utrecht-heading-2">
        {titel}
      </h2>
      {children}
    </section>
  );
}

/** One inschrijving (by its id, a link that survives a reload): uitschrijving, switch and BSA. */
export function InschrijvingPagina() {
  const { id = '' } = useParams();
  const nieuw = (useLocation().state as { nieuw?: boolean } | null)?.nieuw;
  useTitel('Inschrijving');
  const navigate = useNavigate();
  const uitschrijving = useSchemaFormulier(
    { uitgeschrevenPer: '', reden: '', geboortedatum: '', startkwalificatie: 'nee', woongemeente: '' },
    meldUitschrijvingSchema,
    (velden) => ({
      uitgeschrevenPer: velden.uitgeschrevenPer,
      reden: getal(velden.reden),
      geboortedatum: velden.geboortedatum,
      startkwalificatie: velden.startkwalificatie === 'ja',
      ...(leegNaarWeg(velden.woongemeente) ? { woongemeente: velden.woongemeente.trim().toUpperCase() } : {}),
    }),
    (body) => data(overstap.POST('/api/overstap/inschrijvingen/{id}/uitschrijving', { params: { path: { id } }, body })),
  );
  const wissel = useSchemaFormulier(
    { crebo: '', niveau: '', locatie: '', per: '' },
    meldSwitchSchema,
    (velden) => ({ crebo: velden.crebo.trim(), niveau: getal(velden.niveau), locatie: velden.locatie.trim().toUpperCase(), per: velden.per }),
    (body) => data(overstap.POST('/api/overstap/inschrijvingen/{id}/switch', { params: { path: { id } }, body })),
    (resultaat) => void navigate(`/inschrijvingen/${resultaat.inschrijvingId}`, { state: { nieuw: true } }),
  );
  const bsa = useSchemaFormulier(
    { negatief: '', gegevenOp: '' },
    meldBsaSchema,
    (velden) => ({ negatief: velden.negatief === '' ? undefined : velden.negatief === 'ja', gegevenOp: velden.gegevenOp }),
    (body) => data(overstap.POST('/api/overstap/inschrijvingen/{id}/bsa', { params: { path: { id } }, body })),
  );
  const niveaus = { '1': 'Niveau 1', '2': 'Niveau 2', '3': 'Niveau 3', '4': 'Niveau 4' };
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/inschrijvingen">
          ← Terug naar de inschrijvingen
        </Link>
      </p>
      <h1 className="utrecht-heading-1">Inschrijving {id}</h1>
      {nieuw && <Melding soort="ok" titel="De inschrijving is geregistreerd." />}
      <Sectie id="uitschrijving" titel="Uitschrijving melden">
        {uitschrijving.mutatie.data && (
          <Melding soort="ok" titel="De uitschrijving is gemeld.">
            <p className="utrecht-paragraph">
              {uitschrijving.mutatie.data.signaal
                ? `Het RMC krijgt een signaal; een nieuwe inschrijving uiterlijk ${formatDatum(uitschrijving.mutatie.data.herinschrijvingUiterlijk)} sluit de opvolging.`
                : 'Er gaat geen signaal uit (startkwalificatie of 23 jaar of ouder).'}
            </p>
          </Melding>
        )}
        {uitschrijving.mutatie.isError && Object.keys(uitschrijving.fouten).length === 0 && (
          <Fout fout={uitschrijving.mutatie.error} wat="De uitschrijving" />
        )}
        <form className="sluitend-formulier" onSubmit={uitschrijving.indienen} noValidate aria-label="Uitschrijving">
          <Invoer
            id="uit-per"
            label="Uitgeschreven per"
            type="date"
            fout={uitschrijving.fouten.uitgeschrevenPer}
            waarde={uitschrijving.velden.uitgeschrevenPer}
            zet={uitschrijving.zet('uitgeschrevenPer')}
          />
          <Invoer
            id="uit-reden"
            label="Reden (DUO-code)"
            fout={uitschrijving.fouten.reden}
            waarde={uitschrijving.velden.reden}
            zet={uitschrijving.zet('reden')}
            opties={UITSCHRIJF_REDENEN}
          />
          <Invoer
            id="uit-geboortedatum"
            label="Geboortedatum"
            type="date"
            fout={uitschrijving.fouten.geboortedatum}
            waarde={uitschrijving.velden.geboortedatum}
            zet={uitschrijving.zet('geboortedatum')}
          />
          <Invoer
            id="uit-startkwalificatie"
            label="Startkwalificatie behaald"
            fout={uitschrijving.fouten.startkwalificatie}
            waarde={uitschrijving.velden.startkwalificatie}
            zet={uitschrijving.zet('startkwalificatie')}
            opties={{ ja: 'Ja', nee: 'Nee' }}
          />
          <Invoer
            id="uit-woongemeente"
            label="Huidige woongemeente (optioneel)"
            fout={uitschrijving.fouten.woongemeente}
            waarde={uitschrijving.velden.woongemeente}
            zet={uitschrijving.zet('woongemeente')}
          />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={uitschrijving.mutatie.isPending}>
              Uitschrijving melden
            </button>
          </div>
        </form>
      </Sectie>
      <Sectie id="switch" titel="Switch naar een andere opleiding">
        {wissel.mutatie.isError && Object.keys(wissel.fouten).length === 0 && <Fout fout={wissel.mutatie.error} wat="De switch" />}
        <form className="sluitend-formulier" onSubmit={wissel.indienen} noValidate aria-label="Switch">
          <Invoer id="switch-crebo" label="Nieuwe crebo" fout={wissel.fouten.crebo} waarde={wissel.velden.crebo} zet={wissel.zet('crebo')} />
          <Invoer
            id="switch-niveau"
            label="Niveau"
            fout={wissel.fouten.niveau}
            waarde={wissel.velden.niveau}
            zet={wissel.zet('niveau')}
            opties={niveaus}
          />
          <Invoer
            id="switch-locatie"
            label="Locatie (vestigingscode)"
            fout={wissel.fouten.locatie}
            waarde={wissel.velden.locatie}
            zet={wissel.zet('locatie')}
          />
          <Invoer id="switch-per" label="Per" type="date" fout={wissel.fouten.per} waarde={wissel.velden.per} zet={wissel.zet('per')} />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={wissel.mutatie.isPending}>
              Switch melden
            </button>
          </div>
        </form>
      </Sectie>
      <Sectie id="bsa" titel="Bindend studieadvies">
        {bsa.mutatie.data && (
          <Melding soort="ok" titel="Het studieadvies is gemeld.">
            <p className="utrecht-paragraph">
              {bsa.mutatie.data.signaal ? 'Het RMC krijgt een signaal (negatief advies).' : 'Er gaat geen signaal uit.'}
            </p>
          </Melding>
        )}
        {bsa.mutatie.isError && Object.keys(bsa.fouten).length === 0 && <Fout fout={bsa.mutatie.error} wat="Het studieadvies" />}
        <form className="sluitend-formulier" onSubmit={bsa.indienen} noValidate aria-label="Bindend studieadvies">
          <Invoer
            id="bsa-negatief"
            label="Advies"
            fout={bsa.fouten.negatief}
            waarde={bsa.velden.negatief}
            zet={bsa.zet('negatief')}
            opties={{ nee: 'Positief', ja: 'Negatief' }}
          />
          <Invoer id="bsa-op" label="Gegeven op" type="date" fout={bsa.fouten.gegevenOp} waarde={bsa.velden.gegevenOp} zet={bsa.zet('gegevenOp')} />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bsa.mutatie.isPending}>
              Studieadvies melden
            </button>
          </div>
        </form>
      </Sectie>
    </>
  );
}
