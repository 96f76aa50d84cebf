import { gemeente, rmcRegioVanCode } from '@sluitend/domain-nl';

/** Dutch labels for the codes the API answers with. */
export const SIGNAAL_TYPES: Record<string, string> = {
  'overstap.deadline.aanmelding-gemist': 'Geen aanmelding op 1 april',
  'overstap.signaal.vroege-waarschuwing': 'Vroege waarschuwing: nog geen aanmelding',
  'overstap.signaal.geen-levende-aanmelding': 'Geen lopende aanmelding meer',
  'overstap.deadline.niet-ingeschreven-teldatum': 'Niet ingeschreven op de teldatum',
  'overstap.signaal.uitschrijving-zonder-startkwalificatie': 'Uitgeschreven zonder startkwalificatie',
  'overstap.deadline.geen-herinschrijving': 'Geen herinschrijving na uitschrijving',
  'overstap.signaal.negatief-bsa': 'Negatief bindend studieadvies',
  'verzuim.melding.voor-leerplicht': 'Verzuimmelding voor leerplicht',
  'verzuim.melding.voor-rmc': 'Verzuimmelding voor het RMC',
  'verzuim.ziekteverzuim.zorgwekkend': 'Zorgwekkend ziekteverzuim (M@ZL)',
  'verzuim.verlof.aangevraagd': 'Verlofaanvraag van meer dan 10 schooldagen',
  'trajecten.casus.overdracht-geescaleerd': 'Overdracht niet op tijd geaccepteerd',
  escalatie: 'Escalatie: niet op tijd opgepakt',
};
/** What a signal asks of whoever receives it. */
export const SIGNAAL_UITLEG: Record<string, string> = {
  'overstap.deadline.aanmelding-gemist':
    'Deze jongere koos voor het mbo maar had op 1 april nog geen aanmelding, en verliest daarmee het toelatingsrecht. Neem contact op en help bij een aanmelding.',
  'overstap.signaal.vroege-waarschuwing':
    'Deze leerling heeft nog geen aanmelding bij een mbo-instelling. Bespreek de keuze voordat 1 april voorbij is.',
  'overstap.signaal.geen-levende-aanmelding':
    'Geen van de aanmeldingen van deze jongere kan nog tot een inschrijving leiden. Zoek samen naar een andere opleiding.',
  'overstap.deadline.niet-ingeschreven-teldatum': 'Deze jongere stond op de teldatum nergens ingeschreven. Ga na waar de jongere is.',
  'overstap.signaal.uitschrijving-zonder-startkwalificatie':
    'Deze jongere is uitgeschreven zonder startkwalificatie. Neem contact op over een vervolg.',
  'overstap.deadline.geen-herinschrijving': 'Na de uitschrijving volgde binnen de termijn geen nieuwe inschrijving. Neem contact op.',
  'overstap.signaal.negatief-bsa': 'Deze student kreeg een negatief bindend studieadvies. Help bij een vervolgopleiding.',
  'verzuim.ziekteverzuim.zorgwekkend':
    'Deze leerling meldde zich vaak of lang ziek (M@ZL). De school gaat in gesprek met leerling en ouders; de jeugdarts nodigt uit voor een consult.',
  'verzuim.verlof.aangevraagd':
    'De school heeft verlof aangevraagd voor meer dan 10 schooldagen dit schooljaar. Daarover beslist de leerplichtambtenaar: beoordeel de aanvraag op de pagina Verlofbesluiten.',
  escalatie: 'Dit signaal is niet op tijd opgepakt door de ontvanger en is daarom naar de coördinator gegaan.',
};

export const signaalLabel = (type: string) => SIGNAAL_TYPES[type] ?? type;

export const ALERT_STATUS: Record<string, string> = { nieuw: 'Nieuw', gezien: 'Gezien', opgepakt: 'Opgepakt', afgehandeld: 'Afgehandeld' };

export const UITKOMSTEN = {
  'contact-gelegd': 'Contact gelegd',
  'alsnog-aangemeld': 'Alsnog aangemeld',
  'traject-gestart': 'Traject gestart',
  doorverwezen: 'Doorverwezen',
  'geen-actie-nodig': 'Geen actie nodig',
  onbereikbaar: 'Onbereikbaar',
} as const;

export const MONITOR_STATUS: Record<string, string> = {
  'geen-mbo': 'Geen mbo-keuze',
  'geen-aanmelding': 'Geen aanmelding',
  'geen-levende-aanmelding': 'Geen lopende aanmelding',
  aangemeld: 'Aangemeld',
  toegelaten: 'Toegelaten',
  ingeschreven: 'Ingeschreven',
  uitgeschreven: 'Uitgeschreven',
};

export const MONITOR_FILTERS = {
  alle: 'Alle leerlingen',
  'geen-aanmelding': 'Geen aanmelding',
  'geen-levende-aanmelding': 'Geen lopende aanmelding meer',
  risico: 'Risico (alles wat aandacht vraagt)',
  ingeschreven: 'Ingeschreven',
  uitgeschreven: 'Uitgeschreven',
} as const;

export const BESTEMMINGEN: Record<string, string> = {
  mbo: 'mbo',
  havo: 'havo',
  vwo: 'vwo',
  vavo: 'vavo',
  hbo: 'hbo',
  werk: 'werk',
  anders: 'anders',
  onbekend: 'onbekend',
};

export const ORGANISATIE_TYPES: Record<string, string> = {
  'vo-school': 'VO-school',
  'mbo-instelling': 'mbo-instelling',
  gemeente: 'gemeente',
  'rmc-regio': 'RMC-regio',
  ggd: 'GGD (jeugdarts) voor gemeente',
  partner: 'partner',
  ops: 'beheer',
};

const datumTijd = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const datum = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
export const formatDatumTijd = (iso: string | null | undefined) => (iso ? datumTijd.format(new Date(iso)) : '—');
export const formatDatum = (iso: string | null | undefined) => (iso ? datum.format(new Date(iso)) : '—');

/** The schooljaar (1 August – 31 July, Europe/Amsterdam) a moment falls in, e.g. 2026-2027. */
export function schooljaarVan(iso: string): string {
  const [jaar, maand] = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', timeZone: 'Europe/Amsterdam' })
    .format(new Date(iso))
    .split('-')
    .map(Number) as [number, number];
  return maand >= 8 ? `${jaar}-${jaar + 1}` : `${jaar - 1}-${jaar}`;
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** A signal rule's name in the monitor (aanmelding-gemist, vroege-waarschuwing-03-01 …) in Dutch. */
export function regelLabel(regel: string): string {
  const vroeg = /^vroege-waarschuwing-(\d{2})-(\d{2})$/.exec(regel);
  if (vroeg) return `Vroege waarschuwing ${Number(vroeg[2])} ${MAANDEN[Number(vroeg[1]) - 1] ?? vroeg[1]}`;
  const type = Object.keys(SIGNAAL_TYPES).find((key) => key.endsWith(`.${regel}`));
  return type ? (SIGNAAL_TYPES[type] ?? regel) : regel;
}

/** A gemeente by name with its code (GM0014 → Groningen (GM0014)); the code alone when it is unknown. */
export const gemeenteLabel = (code: string | undefined) => (code ? (gemeente(code) ? `${gemeente(code)?.naam} (${code})` : code) : '—');
/** An RMC region by name with its code. */
export const regioLabel = (code: string | undefined | null) =>
  code ? (rmcRegioVanCode(code) ? `${rmcRegioVanCode(code)?.naam} (${code})` : code) : '—';
