import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { BESTEMMINGEN as BESTEMMING_CODES, dienDossierInSchema, ONDERWIJSTYPEN, UITSTROOMPROFIELEN } from '@sluitend/contracts';
import { ApiFout, data, Dossier, overstap } from '../api/client';
import type { components } from '../api/overstap';
import { useAuth } from '../auth';
import { algemeneRegel, controleer, Foutenoverzicht, probleemVelden, uitleg, Veld, Veldfouten } from '../components/formulier';
import { Fout, Laden, Melding } from '../components/status';
import { useKlok } from '../klok';
import { BESTEMMINGEN } from '../teksten';
import { useTitel } from './titel';

type Import = components['schemas']['DossierImportDto_Output'];

/** What a VO school does with its dossiers here: one at a time, or the administration's export as CSV. */
export function DossiersPagina() {
  useTitel('Dossiers indienen');
  return (
    <>
      <h1 className="utrecht-heading-1">Dossiers indienen</h1>
      <p className="utrecht-paragraph">
        Het doorstroomdossier van een vertrekkende leerling gaat naar de mbo-instelling waar de leerling zich aanmeldt (warme overdracht) en houdt de
        doorstroommonitor bij. Een dossier dat al bestaat krijgt een nieuwe versie.
      </p>
      <ul className="utrecht-link-list sluitend-knoppen">
        <li>
          <Link className="utrecht-link" to="/dossiers/nieuw">
            Eén dossier invoeren
          </Link>
        </li>
        <li>
          <Link className="utrecht-link" to="/dossiers/import">
            Een CSV-export van de schooladministratie uploaden
          </Link>
        </li>
      </ul>
    </>
  );
}

/** The form's fields as text, as the user typed them. */
type Velden = {
  schooljaar: string;
  vestiging: string;
  persoonsnummer: string;
  voornamen: string;
  achternaam: string;
  geboortedatum: string;
  postcode: string;
  woongemeente: string;
  onderwijstype: string;
  leerjaar: string;
  uitstroomprofiel: string;
  bestemming: string;
  crebo: string;
  niveau: string;
  instelling: string;
  keuzeproces: string;
  adviesDoor: string;
  adviesTekst: string;
  ondersteuningNodig: string;
  toelichting: string;
  toestemmingDelen: string;
  akkoordOp: string;
};

const LEEG: Velden = {
  schooljaar: '',
  vestiging: '',
  persoonsnummer: '',
  voornamen: '',
  achternaam: '',
  geboortedatum: '',
  postcode: '',
  woongemeente: '',
  onderwijstype: '',
  leerjaar: '',
  uitstroomprofiel: '',
  bestemming: '',
  crebo: '',
  niveau: '',
  instelling: '',
  keuzeproces: '',
  adviesDoor: '',
  adviesTekst: '',
  ondersteuningNodig: 'nee',
  toelichting: '',
  toestemmingDelen: 'nee',
  akkoordOp: '',
};

/** Each form field with the dossier field (the API's dotted path) it fills. */
const VELDPAD: Record<keyof Velden, string> = {
  schooljaar: 'schooljaar',
  vestiging: 'school.vestiging',
  persoonsnummer: 'leerling.persoonsnummer',
  voornamen: 'leerling.voornamen',
  achternaam: 'leerling.achternaam',
  geboortedatum: 'leerling.geboortedatum',
  postcode: 'leerling.postcode',
  woongemeente: 'leerling.woongemeente',
  onderwijstype: 'opleiding.onderwijstype',
  leerjaar: 'opleiding.leerjaar',
  uitstroomprofiel: 'opleiding.uitstroomprofiel',
  bestemming: 'keuze.bestemming',
  crebo: 'keuze.opleidingen[0].crebo',
  niveau: 'keuze.opleidingen[0].niveau',
  instelling: 'keuze.opleidingen[0].instelling',
  keuzeproces: 'keuze.keuzeproces',
  adviesDoor: 'advies.door',
  adviesTekst: 'advies.tekst',
  ondersteuningNodig: 'ondersteuning.nodig',
  toelichting: 'ondersteuning.toelichting',
  toestemmingDelen: 'ondersteuning.toestemmingDelen',
  akkoordOp: 'akkoordverklaring.getekendOp',
};

const LABELS: Record<keyof Velden, string> = {
  schooljaar: 'Schooljaar',
  vestiging: 'Vestiging',
  persoonsnummer: 'BSN of onderwijsnummer',
  voornamen: 'Voornamen',
  achternaam: 'Achternaam',
  geboortedatum: 'Geboortedatum',
  postcode: 'Postcode',
  woongemeente: 'Woongemeente (CBS-code)',
  onderwijstype: 'Onderwijstype',
  leerjaar: 'Leerjaar',
  uitstroomprofiel: 'Uitstroomprofiel',
  bestemming: 'Bestemming',
  crebo: 'Crebo van de gekozen opleiding',
  niveau: 'Niveau',
  instelling: 'BRIN van de mbo-instelling',
  keuzeproces: 'Keuzeproces',
  adviesDoor: 'Advies van',
  adviesTekst: 'Advies',
  ondersteuningNodig: 'Ondersteuning nodig',
  toelichting: 'Toelichting op de ondersteuning',
  toestemmingDelen: 'Leerling geeft toestemming de ondersteuning te delen',
  akkoordOp: 'Akkoordverklaring getekend op',
};

const ONDERWIJSTYPE_LABELS: Record<string, string> = {
  'vmbo-bb': 'vmbo basisberoepsgerichte leerweg',
  'vmbo-kb': 'vmbo kaderberoepsgerichte leerweg',
  'vmbo-gl': 'vmbo gemengde leerweg',
  'vmbo-tl': 'vmbo theoretische leerweg',
  havo: 'havo',
  vwo: 'vwo',
  pro: 'praktijkonderwijs',
  vso: 'voortgezet speciaal onderwijs',
};

const veldVanPad = Object.fromEntries(Object.entries(VELDPAD).map(([veld, pad]) => [pad, veld])) as Record<string, keyof Velden>;
const idVan = (veld: string) => `dossier-${veldVanPad[veld] ?? veld.replace(/[^a-z0-9]+/gi, '-')}`;
const labelsPerPad = Object.fromEntries(Object.entries(VELDPAD).map(([veld, pad]) => [pad, LABELS[veld as keyof Velden]]));

const optioneel = (waarde: string) => (waarde.trim() === '' ? undefined : waarde.trim());
const getal = (waarde: string) => (waarde.trim() === '' ? undefined : Number(waarde));

/** The dossier as the API takes it, from the form's text (empty optional parts left out). */
function alsDossier(velden: Velden, brin: string, behouden: Record<string, unknown>): unknown {
  const opleiding = optioneel(velden.crebo) || optioneel(velden.niveau) || optioneel(velden.instelling);
  return {
    ...behouden,
    schooljaar: velden.schooljaar.trim(),
    school: { brin, vestiging: velden.vestiging.trim().toUpperCase() },
    leerling: {
      persoonsnummer: velden.persoonsnummer.replace(/[\s.]/g, ''),
      voornamen: velden.voornamen,
      achternaam: velden.achternaam,
      geboortedatum: velden.geboortedatum,
      postcode: velden.postcode,
      woongemeente: velden.woongemeente,
    },
    opleiding: {
      onderwijstype: optioneel(velden.onderwijstype),
      leerjaar: getal(velden.leerjaar),
      ...(optioneel(velden.uitstroomprofiel) ? { uitstroomprofiel: velden.uitstroomprofiel } : {}),
    },
    keuze: {
      bestemming: optioneel(velden.bestemming),
      opleidingen: opleiding
        ? [
            {
              crebo: velden.crebo.trim(),
              niveau: getal(velden.niveau),
              ...(optioneel(velden.instelling) ? { instelling: velden.instelling.trim().toUpperCase() } : {}),
            },
          ]
        : [],
      ...(optioneel(velden.keuzeproces) ? { keuzeproces: velden.keuzeproces } : {}),
    },
    ...(optioneel(velden.adviesDoor) || optioneel(velden.adviesTekst)
      ? { advies: { door: optioneel(velden.adviesDoor), tekst: velden.adviesTekst } }
      : {}),
    ondersteuning: {
      nodig: velden.ondersteuningNodig === 'ja',
      ...(optioneel(velden.toelichting) ? { toelichting: velden.toelichting } : {}),
      toestemmingDelen: velden.toestemmingDelen === 'ja',
    },
    ...(optioneel(velden.akkoordOp) ? { akkoordverklaring: { getekendOp: velden.akkoordOp } } : {}),
  };
}

/** The form's text from a stored dossier (the persoonsnummer is never returned: it is typed again). */
function uitDossier(dossier: Dossier): { velden: Velden; behouden: Record<string, unknown> } {
  const { inhoud } = dossier;
  const eerste = inhoud.keuze.opleidingen[0];
  return {
    velden: {
      ...LEEG,
      schooljaar: inhoud.schooljaar,
      vestiging: inhoud.school.vestiging,
      voornamen: inhoud.leerling.voornamen,
      achternaam: inhoud.leerling.achternaam,
      geboortedatum: inhoud.leerling.geboortedatum,
      postcode: inhoud.leerling.postcode,
      woongemeente: inhoud.leerling.woongemeente,
      onderwijstype: inhoud.opleiding.onderwijstype,
      leerjaar: String(inhoud.opleiding.leerjaar),
      uitstroomprofiel: inhoud.opleiding.uitstroomprofiel ?? '',
      bestemming: inhoud.keuze.bestemming,
      crebo: eerste?.crebo ?? '',
      niveau: eerste ? String(eerste.niveau) : '',
      instelling: eerste?.instelling ?? '',
      keuzeproces: inhoud.keuze.keuzeproces ?? '',
      adviesDoor: inhoud.advies?.door ?? '',
      adviesTekst: inhoud.advies?.tekst ?? '',
      ondersteuningNodig: inhoud.ondersteuning.nodig ? 'ja' : 'nee',
      toelichting: inhoud.ondersteuning.toelichting ?? '',
      toestemmingDelen: inhoud.ondersteuning.toestemmingDelen ? 'ja' : 'nee',
      akkoordOp: inhoud.akkoordverklaring?.getekendOp ?? '',
    },
    // What the form does not show (the loopbaan part) is sent back as it was, so editing never drops it.
    behouden: inhoud.loopbaan ? { loopbaan: inhoud.loopbaan } : {},
  };
}

/** A new dossier (/dossiers/nieuw) or a new version of one (/dossiers/:id/bewerken). */
export function DossierFormulierPagina() {
  const { id } = useParams();
  const dossier = useQuery({
    queryKey: ['dossier', id],
    enabled: id !== undefined,
    queryFn: () => data(overstap.GET('/api/overstap/dossiers/{id}', { params: { path: { id: id as string } } })),
  });
  useTitel(id ? 'Dossier bewerken' : 'Nieuw dossier');
  if (id === undefined) return <DossierFormulier />;
  return (
    <>
      {dossier.isPending && <Laden wat="Het dossier" />}
      {dossier.isError && <Fout fout={dossier.error} wat="Dit dossier" />}
      {dossier.data && <DossierFormulier bestaand={dossier.data} />}
    </>
  );
}

function DossierFormulier({ bestaand }: { bestaand?: Dossier }) {
  const { gebruiker } = useAuth();
  const klok = useKlok();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const start = bestaand ? uitDossier(bestaand) : { velden: LEEG, behouden: {} };
  const [velden, setVelden] = useState<Velden>(start.velden);
  const [fouten, setFouten] = useState<Veldfouten>({});
  const [overdracht, setOverdracht] = useState<string | undefined>(undefined);
  const overzicht = useRef<HTMLDivElement>(null);
  const schooljaar = velden.schooljaar || klok.data?.schooljaar || '';
  const indienen = useMutation({
    mutationFn: (body: components['schemas']['DienDossierInDto']) => data(overstap.POST('/api/overstap/dossiers', { body })),
    onSuccess: (resultaat) => {
      // Another school holds this student: the submission became a transfer request; nothing about the holder is told.
      if (resultaat.status === 'overdracht-aangevraagd' || !resultaat.dossierId) {
        setOverdracht(resultaat.overdrachtId ?? '');
        return;
      }
      void queryClient.invalidateQueries({ queryKey: ['dossier', resultaat.dossierId] });
      void queryClient.invalidateQueries({ queryKey: ['monitor'] });
      void navigate(`/monitor/${resultaat.dossierId}`, { state: { opgeslagen: resultaat } });
    },
    onError: (fout) => setFouten(probleemVelden(fout)),
  });
  useEffect(() => {
    if (Object.keys(fouten).length > 0) overzicht.current?.focus();
  }, [fouten]);

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    // The API's own schema, here: the same rules and messages before anything is sent.
    const { data: dossier, fouten: nieuw } = controleer(
      dienDossierInSchema,
      alsDossier({ ...velden, schooljaar }, gebruiker?.org.code ?? '', start.behouden),
    );
    setFouten(nieuw);
    if (dossier) indienen.mutate(dossier as components['schemas']['DienDossierInDto']);
  };
  const zet = (veld: keyof Velden) => (event: { target: { value: string } }) => setVelden({ ...velden, [veld]: event.target.value });
  const fout = (veld: keyof Velden) => fouten[VELDPAD[veld]];
  const tekst = (veld: keyof Velden, extra: { type?: string; hint?: string; autoComplete?: string; inputMode?: 'numeric' } = {}) => (
    <Veld id={`dossier-${veld}`} label={LABELS[veld]} fout={fout(veld)} {...(extra.hint ? { hint: extra.hint } : {})}>
      {(aria) => (
        <input
          {...aria}
          className="utrecht-textbox"
          type={extra.type ?? 'text'}
          autoComplete={extra.autoComplete ?? 'off'}
          {...(extra.inputMode ? { inputMode: extra.inputMode } : {})}
          value={veld === 'schooljaar' ? schooljaar : velden[veld]}
          onChange={zet(veld)}
        />
      )}
    </Veld>
  );
  const keuze = (veld: keyof Velden, opties: Record<string, string>, leeg = 'Kies…') => (
    <Veld id={`dossier-${veld}`} label={LABELS[veld]} fout={fout(veld)}>
      {(aria) => (
        <select {...aria} className="utrecht-select" value={velden[veld]} onChange={zet(veld)}>
          {leeg && <option value="">{leeg}</option>}
          {Object.entries(opties).map(([waarde, label]) => (
            <option key={waarde} value={waarde}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Veld>
  );
  const janee = { ja: 'Ja', nee: 'Nee' };
  const overig = Object.fromEntries(Object.entries(fouten).filter(([veld]) => !(veld in veldVanPad)));
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={bestaand ? `/monitor/${bestaand.dossierId}` : '/dossiers'}>
          ← {bestaand ? 'Terug naar het dossier' : 'Terug naar dossiers indienen'}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">
        {bestaand ? `Dossier van ${bestaand.inhoud.leerling.voornamen} ${bestaand.inhoud.leerling.achternaam} bewerken` : 'Nieuw doorstroomdossier'}
      </h1>
      <p className="utrecht-paragraph">
        {bestaand
          ? `Opslaan maakt versie ${bestaand.versie + 1}; de mbo-instellingen waar de leerling is aangemeld zien de nieuwe versie.`
          : `Voor een leerling van ${gebruiker?.org.code ?? 'je school'}. Velden met een fout worden gemeld zodra je opslaat; er wordt dan niets verstuurd.`}
      </p>
      <div ref={overzicht} tabIndex={-1}>
        <Foutenoverzicht
          fouten={fouten}
          labels={labelsPerPad}
          idVan={idVan}
          detail={indienen.error instanceof ApiFout ? indienen.error.probleem?.detail : undefined}
        />
      </div>
      {indienen.isError && !(indienen.error instanceof ApiFout && (indienen.error.probleem?.errors ?? []).length > 0) && (
        <Fout fout={indienen.error} wat="Het dossier" />
      )}
      {overdracht !== undefined && (
        <Melding soort="info" titel="Overdracht aangevraagd: het dossier is (nog) niet opgeslagen.">
          <p className="utrecht-paragraph">
            Deze leerling heeft dit schooljaar al een dossier bij een andere school. Die school of het RMC van de regio beslist over de overdracht;
            daarna staat het dossier bij jullie. Kenmerk van het verzoek: {overdracht}.
          </p>
        </Melding>
      )}
      {Object.keys(overig).length > 0 && (
        <Melding soort="error" titel="Het dossier is niet opgeslagen.">
          <ul className="utrecht-unordered-list">
            {Object.entries(overig).map(([veld, melding]) => (
              <li key={veld}>
                {veld}: {melding}
              </li>
            ))}
          </ul>
        </Melding>
      )}
      <form className="sluitend-formulier sluitend-formulier--breed" onSubmit={verstuur} noValidate aria-label="Doorstroomdossier">
        <fieldset className="utrecht-form-fieldset sluitend-groep">
          <legend className="utrecht-form-fieldset__legend">Leerling</legend>
          {tekst('persoonsnummer', {
            inputMode: 'numeric',
            hint: bestaand
              ? 'Het nummer wordt nooit getoond of teruggegeven; vul het opnieuw in. Een ander nummer maakt een dossier voor een andere leerling.'
              : '9 cijfers; het nummer wordt alleen versleuteld bewaard.',
          })}
          {tekst('voornamen', { autoComplete: 'off' })}
          {tekst('achternaam', { hint: 'Met tussenvoegsel' })}
          {tekst('geboortedatum', { type: 'date' })}
          {tekst('postcode', { hint: 'Bijvoorbeeld 9711 AB' })}
          {tekst('woongemeente', { hint: 'Bijvoorbeeld GM0014 (Groningen)' })}
        </fieldset>
        <fieldset className="utrecht-form-fieldset sluitend-groep">
          <legend className="utrecht-form-fieldset__legend">School en opleiding</legend>
          {tekst('schooljaar', { hint: 'Het schooljaar waarin de leerling de school verlaat, bijvoorbeeld 2026-2027' })}
          {tekst('vestiging', {
            hint: `Vestigingscode: de BRIN ${gebruiker?.org.code ?? ''} met twee cijfers, bijvoorbeeld ${gebruiker?.org.code ?? '14RP'}00`,
          })}
          {keuze('onderwijstype', Object.fromEntries(ONDERWIJSTYPEN.map((type) => [type, ONDERWIJSTYPE_LABELS[type] ?? type])))}
          {tekst('leerjaar', { inputMode: 'numeric' })}
          {keuze(
            'uitstroomprofiel',
            Object.fromEntries(UITSTROOMPROFIELEN.map((profiel) => [profiel, profiel])),
            'Geen (alleen verplicht voor pro en vso)',
          )}
        </fieldset>
        <fieldset className="utrecht-form-fieldset sluitend-groep">
          <legend className="utrecht-form-fieldset__legend">Keuze</legend>
          {keuze('bestemming', Object.fromEntries(BESTEMMING_CODES.map((code) => [code, BESTEMMINGEN[code] ?? code])))}
          {tekst('crebo', { inputMode: 'numeric', hint: '5 cijfers; leeg als er (nog) geen opleiding gekozen is' })}
          {keuze('niveau', { '1': 'Niveau 1', '2': 'Niveau 2', '3': 'Niveau 3', '4': 'Niveau 4' }, 'Kies bij een crebo…')}
          {tekst('instelling', { hint: 'Optioneel, bijvoorbeeld 25LW' })}
          <Veld id="dossier-keuzeproces" label={LABELS.keuzeproces} fout={fout('keuzeproces')}>
            {(aria) => <textarea {...aria} className="utrecht-textarea" rows={3} value={velden.keuzeproces} onChange={zet('keuzeproces')} />}
          </Veld>
        </fieldset>
        <fieldset className="utrecht-form-fieldset sluitend-groep">
          <legend className="utrecht-form-fieldset__legend">Advies en ondersteuning</legend>
          {keuze('adviesDoor', { mentor: 'Mentor', zorgcoordinator: 'Zorgcoördinator' }, 'Geen advies')}
          <Veld id="dossier-adviesTekst" label={LABELS.adviesTekst} fout={fout('adviesTekst')}>
            {(aria) => <textarea {...aria} className="utrecht-textarea" rows={3} value={velden.adviesTekst} onChange={zet('adviesTekst')} />}
          </Veld>
          {keuze('ondersteuningNodig', janee, '')}
          <Veld id="dossier-toelichting" label={LABELS.toelichting} fout={fout('toelichting')}>
            {(aria) => <textarea {...aria} className="utrecht-textarea" rows={3} value={velden.toelichting} onChange={zet('toelichting')} />}
          </Veld>
          {keuze('toestemmingDelen', janee, '')}
          {tekst('akkoordOp', { type: 'date' })}
        </fieldset>
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={indienen.isPending}>
            {indienen.isPending ? 'Bezig met opslaan…' : bestaand ? 'Nieuwe versie opslaan' : 'Dossier opslaan'}
          </button>
        </div>
      </form>
    </>
  );
}

const IMPORT_STATUS: Record<string, string> = {
  wachtend: 'In de wachtrij',
  bezig: 'Bezig',
  voltooid: 'Voltooid',
  afgewezen: 'Afgewezen: niets opgeslagen',
  mislukt: 'Mislukt',
};
const klaar = (status: string | undefined) => status === 'voltooid' || status === 'afgewezen' || status === 'mislukt';

/** Sends the file with its upload progress (fetch cannot report that); answers the job or an ApiFout with the problem. */
function uploadMetVoortgang(bestand: File, modus: string, token: string | undefined, voortgang: (deel: number) => void): Promise<Import> {
  return new Promise((resolve, reject) => {
    const verzoek = new XMLHttpRequest();
    verzoek.open('POST', `/api/overstap/dossiers/imports?modus=${encodeURIComponent(modus)}`);
    verzoek.setRequestHeader('content-type', 'text/csv');
    if (token) verzoek.setRequestHeader('authorization', `Bearer ${token}`);
    verzoek.upload.onprogress = (event) => {
      if (event.lengthComputable) voortgang(event.loaded / event.total);
    };
    verzoek.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(verzoek.responseText);
      } catch {
        body = undefined;
      }
      if (verzoek.status >= 200 && verzoek.status < 300 && body) resolve(body as Import);
      else reject(new ApiFout(verzoek.status, body as ConstructorParameters<typeof ApiFout>[1]));
    };
    verzoek.onerror = () => reject(new Error('netwerk'));
    verzoek.send(bestand);
  });
}

/** The CSV upload (/dossiers/import) and a job's progress and report (/dossiers/import/:jobId, a link that survives a reload). */
export function ImportPagina() {
  const { jobId } = useParams();
  const navigate = useNavigate();
  const { token } = useAuth();
  const [bestand, setBestand] = useState<File>();
  const [modus, setModus] = useState('alles-of-niets');
  const [keuzeFout, setKeuzeFout] = useState<string>();
  const [verzonden, setVerzonden] = useState(0);
  useTitel(jobId ? 'Import van dossiers' : 'Dossiers uploaden');
  const upload = useMutation({
    mutationFn: (bron: File) => uploadMetVoortgang(bron, modus, token(), setVerzonden),
    onSuccess: (job) => void navigate(`/dossiers/import/${job.jobId}`),
  });
  const job = useQuery({
    queryKey: ['dossier-import', jobId],
    enabled: jobId !== undefined,
    queryFn: () => data(overstap.GET('/api/overstap/dossiers/imports/{jobId}', { params: { path: { jobId: jobId as string } } })),
    // Until the job is done its progress is asked for every second.
    refetchInterval: (query) => (klaar(query.state.data?.status) ? false : 1000),
  });
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    if (!bestand) {
      setKeuzeFout('Kies een CSV-bestand.');
      return;
    }
    setKeuzeFout(undefined);
    setVerzonden(0);
    upload.mutate(bestand);
  };
  const regelfouten = upload.error instanceof ApiFout ? (upload.error.probleem?.errors ?? []) : [];
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/dossiers">
          ← Terug naar dossiers indienen
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{jobId ? 'Import van dossiers' : 'Dossiers uploaden (CSV)'}</h1>
      {!jobId && (
        <>
          <p className="utrecht-paragraph">
            Een export uit de schooladministratie, één regel per vertrekkende leerling, met een kopregel (bijvoorbeeld{' '}
            <code>schooljaar;brin;vestiging;bsn_of_onderwijsnummer;voornamen;achternaam;geboortedatum;postcode;woongemeente;…</code>). Elke regel
            wordt gecontroleerd met dezelfde regels als het formulier; je ziet per regel en kolom wat er niet klopt.
          </p>
          {upload.isError && regelfouten.length === 0 && <Fout fout={upload.error} wat="Het bestand" />}
          {regelfouten.length > 0 && (
            <Melding soort="error" titel="Het bestand is niet aangenomen; er is niets opgeslagen.">
              <ul className="utrecht-unordered-list">
                {regelfouten.map((regel, index) => (
                  <li key={`${regel.field}-${index}`}>
                    {regel.row ? `Regel ${regel.row}, ` : ''}
                    {regel.field}: {uitleg(regel)}
                  </li>
                ))}
              </ul>
            </Melding>
          )}
          <form className="sluitend-formulier" onSubmit={verstuur} noValidate>
            <Veld id="import-bestand" label="CSV-bestand" fout={keuzeFout}>
              {(aria) => (
                <input
                  {...aria}
                  type="file"
                  accept=".csv,text/csv"
                  onChange={(event) => {
                    setBestand(event.target.files?.[0]);
                    upload.reset();
                  }}
                />
              )}
            </Veld>
            <Veld id="import-modus" label="Wat als een regel niet klopt?">
              {(aria) => (
                <select {...aria} className="utrecht-select" value={modus} onChange={(event) => setModus(event.target.value)}>
                  <option value="alles-of-niets">Niets opslaan (alles of niets)</option>
                  <option value="per-rij">De goede regels opslaan, de foute melden</option>
                </select>
              )}
            </Veld>
            <div>
              <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={upload.isPending}>
                Bestand uploaden
              </button>
            </div>
          </form>
          {upload.isPending && <Voortgang label="Bestand verzenden" deel={verzonden} />}
        </>
      )}
      {jobId && job.isPending && <Laden wat="De import" />}
      {jobId && job.isError && <Fout fout={job.error} wat="Deze import" />}
      {job.data && <ImportVerslag job={job.data} />}
    </>
  );
}

function Voortgang({ label, deel }: { label: string; deel: number }) {
  const procent = Math.round(Math.min(1, Math.max(0, deel)) * 100);
  return (
    <div className="sluitend-voortgang">
      <label htmlFor="voortgang" className="utrecht-form-label">
        {label}: {procent}%
      </label>
      <progress id="voortgang" max={100} value={procent}>
        {procent}%
      </progress>
    </div>
  );
}

const FASE: Record<string, string> = { valideren: 'Regels controleren', opslaan: 'Dossiers opslaan' };

function ImportVerslag({ job }: { job: Import }) {
  const deel =
    job.totaal === 0
      ? klaar(job.status)
        ? 1
        : 0
      : job.fase === 'opslaan' || klaar(job.status)
        ? job.verwerkt / job.totaal
        : job.gevalideerd / job.totaal;
  return (
    <section aria-labelledby="verslag">
      <h2 id="verslag" className="utrecht-heading-2">
        {IMPORT_STATUS[job.status] ?? job.status}
      </h2>
      {!klaar(job.status) && <Voortgang label={job.fase ? (FASE[job.fase] ?? job.fase) : 'Wachten op verwerking'} deel={deel} />}
      {job.status === 'voltooid' && (
        <Melding soort="ok" titel="De import is klaar.">
          <p className="utrecht-paragraph">
            {job.aangemaakt} nieuw, {job.bijgewerkt} bijgewerkt, {job.ongewijzigd} ongewijzigd
            {job.fouten > 0 ? `; ${job.fouten} ${job.fouten === 1 ? 'regel' : 'regels'} met een fout niet opgeslagen` : ''}.
          </p>
        </Melding>
      )}
      {job.status === 'afgewezen' && (
        <Melding soort="error" titel={`${job.fouten} ${job.fouten === 1 ? 'regel klopt' : 'regels kloppen'} niet: er is niets opgeslagen.`}>
          <p className="utrecht-paragraph">Verbeter de regels hieronder in het bestand en upload het opnieuw.</p>
        </Melding>
      )}
      {job.status === 'mislukt' && (
        <Melding soort="error" titel="De import is mislukt.">
          <p className="utrecht-paragraph">{job.reden ?? 'Probeer het opnieuw.'}</p>
        </Melding>
      )}
      <dl className="sluitend-velden">
        <dt>Regels in het bestand</dt>
        <dd>{job.totaal}</dd>
        <dt>Gecontroleerd</dt>
        <dd>{job.gevalideerd}</dd>
        <dt>Verwerkt</dt>
        <dd>{job.verwerkt}</dd>
        <dt>Regels met een fout</dt>
        <dd>{job.fouten}</dd>
      </dl>
      {job.meldingen.length > 0 && (
        <table className="sluitend-tabel">
          <caption className="utrecht-paragraph sluitend-bijschrift">
            Meldingen per regel ({job.meldingenTotaal}
            {job.meldingenTotaal > job.meldingen.length ? `, de eerste ${job.meldingen.length} getoond` : ''})
          </caption>
          <thead>
            <tr>
              <th scope="col">Regel</th>
              <th scope="col">Kolom</th>
              <th scope="col">Regel die niet klopt</th>
              <th scope="col">Uitleg</th>
            </tr>
          </thead>
          <tbody>
            {job.meldingen.map((melding, index) => (
              <tr key={`${melding.regel}-${melding.field}-${index}`}>
                <td>{melding.regel}</td>
                <td>{melding.kolom ? <code>{melding.kolom}</code> : 'hele regel'}</td>
                <td>{algemeneRegel(melding.rule) ?? <code>{melding.rule}</code>}</td>
                <td>{uitleg(melding)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {klaar(job.status) && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/dossiers/import">
            Nog een bestand uploaden
          </Link>
        </p>
      )}
    </section>
  );
}

/** After saving, the dossier page says what happened (from the navigation's state). */
export function OpgeslagenMelding() {
  const opgeslagen = (useLocation().state as { opgeslagen?: { versie: number; status: string } } | null)?.opgeslagen;
  if (!opgeslagen) return null;
  const tekst =
    opgeslagen.status === 'aangemaakt'
      ? 'Het dossier is opgeslagen.'
      : opgeslagen.status === 'bijgewerkt'
        ? `Versie ${opgeslagen.versie} van het dossier is opgeslagen.`
        : 'Er was niets veranderd; het dossier is gelijk gebleven.';
  return <Melding soort="ok" titel={tekst} />;
}
