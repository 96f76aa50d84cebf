import { FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../auth';
import { Fout } from '../../components/status';
import { useKlok } from '../../klok';
import { useTitel } from '../titel';
import { AlertcijfersSectie } from './alertcijfers';
import { BenaderrondesEnProgrammasSecties } from './benaderrondes-programmas';
import { DocumentenSectie } from './documenten';
import { EffectrapportageSectie } from './effectrapportage';
import { JikpSectie } from './jikp';
import { PlatformtotalenSectie } from './platformtotalen';
import { dagVan, laatsteTeldatumJaar } from './reeksen';
import { SignalenPerRegioSectie } from './signalen-per-regio';
import { TabellenboekSectie } from './tabellenboek';
import { UitschrijvingenSectie } from './uitschrijvingen';
import { VerzuimcijfersSectie } from './verzuimcijfers';
import { VsvSectie } from './vsv';
import { ZiekteverzuimcijfersSectie, ziekteverzuimcijfersZichtbaar } from './ziekteverzuimcijfers';

const UITLEG = {
  'vo-school':
    'Het tabellenboek van je school: de keuze van je leerlingen tegen hun aanmelding en hun werkelijke bestemming op 1 oktober, de trend over de jaren, de signalen over hen en de voortijdig schoolverlaters.',
  'mbo-instelling': 'Uitschrijving en switch van je studenten per opleiding, naast de regio, en de voortijdig schoolverlaters onder je studenten.',
  'rmc-regio':
    'De cijfers van je regio: het tabellenboek van een VO-school over de jongeren uit je regio, de signalen per soort, de effectrapportage van de trajecten, het verzuim, hoe snel signalen worden opgepakt, de voortijdig schoolverlaters en de jongeren in een kwetsbare positie.',
  gemeente:
    'De verzuimmeldingen van je gemeente per soort en status, hoe snel signalen worden opgepakt, de voortijdig schoolverlaters en de jongeren in een kwetsbare positie onder je inwoners.',
  ggd: 'Zorgwekkend ziekteverzuim (M@ZL) van de leerlingen die in je gemeente wonen, per school.',
  ops: 'Platformcijfers: de totalen per RMC-regio, het tabellenboek van een VO-school en de cijfers van alle organisaties samen; kleine aantallen zijn onderdrukt.',
} as const;

/** Who reads the VSV and the JiKP figures: organisation types and roles as in libs/auth (VSVCIJFERS, JIKPCIJFERS). */
const VSV_ROLLEN: Record<string, string[]> = {
  'vo-school': ['schooladministratie', 'decaan', 'mentor', 'beheerder'],
  'mbo-instelling': ['schooladministratie', 'beheerder'],
  'rmc-regio': ['rmc-coordinator', 'trajectbegeleider'],
  gemeente: ['leerplichtambtenaar'],
  ops: ['ops'],
};
const JIKP_ROLLEN: Record<string, string[]> = {
  'rmc-regio': ['rmc-coordinator', 'trajectbegeleider'],
  gemeente: ['leerplichtambtenaar'],
  ops: ['ops'],
};
const mag = (tabel: Record<string, string[]>, type: string | undefined, rollen: string[]) =>
  type !== undefined && (tabel[type] ?? []).some((rol) => rollen.includes(rol));

/** Uitschrijving & switch: an mbo its own, the RMC and the gemeente their residents', ops all. */
const metUitschrijvingen = (type: string | undefined) => type === 'mbo-instelling' || type === 'rmc-regio' || type === 'gemeente' || type === 'ops';

/** The sections a role sees, in the page's order: their heading's id and text (the page's own table of contents). */
function secties(type: string | undefined, tabellenboek: boolean, vsv: boolean, jikp: boolean, mazl = false): { id: string; titel: string }[] {
  const regioOfOps = type === 'rmc-regio' || type === 'ops';
  const metVerzuim = regioOfOps || type === 'gemeente';
  return [
    { id: 'platformtotalen', titel: 'Platformtotalen', zichtbaar: type === 'ops' },
    { id: 'tabellenboek', titel: 'Tabellenboek', zichtbaar: tabellenboek },
    { id: 'per-regio', titel: 'Signalen per RMC-regio', zichtbaar: regioOfOps },
    { id: 'effectrapportage', titel: 'Effectrapportage', zichtbaar: regioOfOps },
    { id: 'benaderrondes', titel: 'Benaderrondes', zichtbaar: regioOfOps },
    { id: 'programmaresultaten', titel: "Programma's", zichtbaar: regioOfOps },
    { id: 'verzuimcijfers', titel: 'Verzuimmeldingen', zichtbaar: metVerzuim },
    { id: 'ziekteverzuimcijfers', titel: 'Zorgwekkend ziekteverzuim (M@ZL)', zichtbaar: mazl },
    { id: 'alertcijfers', titel: 'Oppakken en afhandelen van signalen', zichtbaar: metVerzuim },
    { id: 'vsv', titel: 'Voortijdig schoolverlaters', zichtbaar: vsv },
    { id: 'jikp', titel: 'Jongeren in een kwetsbare positie', zichtbaar: jikp },
    { id: 'uitschrijvingen', titel: 'Uitschrijving en switch', zichtbaar: metUitschrijvingen(type) },
    { id: 'jaarrapporten', titel: 'Jaarrapporten', zichtbaar: type === 'vo-school' || regioOfOps },
  ]
    .filter((sectie) => sectie.zichtbaar)
    .map(({ id, titel }) => ({ id, titel }));
}

/**
 * The dashboards per role (issue 15): one section per report, each with its chart, its table and its exports; a list
 * of links to them first, since a region's or ops' page holds many reports.
 */
export function CijfersPagina() {
  const { gebruiker } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const klok = useKlok();
  const type = gebruiker?.org.type;
  const organisatie = gebruiker?.org.code ?? 'organisatie';
  const eigenSchool = type === 'vo-school';
  const tabellenboek = type === 'vo-school' || type === 'rmc-regio' || type === 'ops';
  const vsv = mag(VSV_ROLLEN, type, gebruiker?.rollen ?? []);
  const jikp = mag(JIKP_ROLLEN, type, gebruiker?.rollen ?? []);
  // The day by the platform's (demo) clock; the JiKP peildatum is the last 1 October on or before it.
  const vandaag = klok.data ? dagVan(klok.data.nu) : undefined;
  const schooljaar = params.get('schooljaar') ?? klok.data?.schooljaar;
  const brin = eigenSchool ? undefined : (params.get('brin') ?? undefined);
  const vestiging = params.get('vestiging') ?? undefined;
  useTitel(`Cijfers${schooljaar ? ` ${schooljaar}` : ''}`);
  const [brinInvoer, setBrinInvoer] = useState(brin ?? '');
  const [vestigingInvoer, setVestigingInvoer] = useState(vestiging ?? '');
  const [jaarInvoer, setJaarInvoer] = useState<string>();

  const kies = (event: FormEvent) => {
    event.preventDefault();
    const nieuw = new URLSearchParams();
    const jaar = jaarInvoer ?? schooljaar;
    if (jaar && jaar !== klok.data?.schooljaar) nieuw.set('schooljaar', jaar);
    if (tabellenboek && !eigenSchool && brinInvoer.trim()) {
      nieuw.set('brin', brinInvoer.trim().toUpperCase());
      setBrinInvoer(brinInvoer.trim().toUpperCase());
    }
    if (tabellenboek && vestigingInvoer.trim()) nieuw.set('vestiging', vestigingInvoer.trim().toUpperCase());
    void navigate(`/cijfers${nieuw.size ? `?${nieuw.toString()}` : ''}`);
  };

  return (
    <>
      <h1 className="utrecht-heading-1">Cijfers{schooljaar ? ` ${schooljaar}` : ''}</h1>
      {type && type in UITLEG && <p className="utrecht-paragraph">{UITLEG[type as keyof typeof UITLEG]}</p>}
      <form className="sluitend-formulier sluitend-filters" onSubmit={kies} aria-label="Filters">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="schooljaar">
            Schooljaar
          </label>
          <input
            id="schooljaar"
            className="utrecht-textbox"
            value={jaarInvoer ?? schooljaar ?? ''}
            pattern="\d{4}-\d{4}"
            onChange={(event) => setJaarInvoer(event.target.value)}
          />
        </div>
        {tabellenboek && !eigenSchool && (
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="brin">
              School (BRIN)
            </label>
            <input
              id="brin"
              className="utrecht-textbox"
              value={brinInvoer}
              autoComplete="off"
              onChange={(event) => setBrinInvoer(event.target.value)}
            />
          </div>
        )}
        {tabellenboek && (
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="vestiging">
              Vestiging (mag leeg)
            </label>
            <input
              id="vestiging"
              className="utrecht-textbox"
              value={vestigingInvoer}
              autoComplete="off"
              onChange={(event) => setVestigingInvoer(event.target.value)}
            />
          </div>
        )}
        <div className="sluitend-filters__knop">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            Toon
          </button>
        </div>
      </form>
      {klok.isError && <Fout fout={klok.error} wat="Het schooljaar" />}
      {schooljaar && (
        <>
          <nav aria-labelledby="op-deze-pagina" className="sluitend-inhoudsopgave">
            <h2 id="op-deze-pagina" className="utrecht-heading-2">
              Op deze pagina
            </h2>
            <ul className="utrecht-unordered-list">
              {secties(type, tabellenboek, vsv, jikp, ziekteverzuimcijfersZichtbaar(gebruiker)).map((sectie) => (
                <li key={sectie.id} className="utrecht-unordered-list__item">
                  <a className="utrecht-link" href={`#${sectie.id}`}>
                    {sectie.titel}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {type === 'ops' && <PlatformtotalenSectie schooljaar={schooljaar} />}
          {tabellenboek && (
            <TabellenboekSectie key={`${schooljaar}-${brin}-${vestiging}`} keuze={{ schooljaar, brin, vestiging, eigenSchool, organisatie }} />
          )}
          {(type === 'rmc-regio' || type === 'ops') && <SignalenPerRegioSectie schooljaar={schooljaar} organisatie={organisatie} />}
          {(type === 'rmc-regio' || type === 'ops') && <EffectrapportageSectie schooljaar={schooljaar} organisatie={organisatie} />}
          {(type === 'rmc-regio' || type === 'ops') && (
            <BenaderrondesEnProgrammasSecties schooljaar={schooljaar} organisatie={organisatie} rmc={type === 'rmc-regio'} />
          )}
          {(type === 'rmc-regio' || type === 'gemeente' || type === 'ops') && (
            <VerzuimcijfersSectie schooljaar={schooljaar} organisatie={organisatie} />
          )}
          {ziekteverzuimcijfersZichtbaar(gebruiker) && <ZiekteverzuimcijfersSectie schooljaar={schooljaar} organisatie={organisatie} />}
          {(type === 'rmc-regio' || type === 'gemeente' || type === 'ops') && (
            <AlertcijfersSectie schooljaar={schooljaar} organisatie={organisatie} />
          )}
          {vsv && <VsvSectie schooljaar={schooljaar} organisatie={organisatie} />}
          {jikp && vandaag && (
            <JikpSectie schooljaar={schooljaar} organisatie={organisatie} ops={type === 'ops'} peiljaar={laatsteTeldatumJaar(vandaag)} />
          )}
          {metUitschrijvingen(type) && <UitschrijvingenSectie schooljaar={schooljaar} organisatie={organisatie} />}
          {(type === 'vo-school' || type === 'rmc-regio' || type === 'ops') && <DocumentenSectie />}
        </>
      )}
    </>
  );
}
