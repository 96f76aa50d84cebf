import { rmcRegioVanCode } from '@sluitend/domain-nl';
import { BezorgdeAlert } from './bezorging';

/** What each signal is called in Dutch mail and on the webhook. */
export const SIGNAAL_NAMEN: Record<string, string> = {
  'overstap.deadline.aanmelding-gemist': 'Geen aanmelding vóór 1 april',
  'overstap.signaal.vroege-waarschuwing': 'Vroege waarschuwing: leerlingen nog zonder aanmelding',
  'overstap.signaal.geen-levende-aanmelding': 'Geen lopende aanmelding meer',
  'overstap.deadline.niet-ingeschreven-teldatum': 'Niet ingeschreven op de teldatum (1 oktober)',
  'overstap.signaal.uitschrijving-zonder-startkwalificatie': 'Uitgeschreven zonder startkwalificatie',
  'overstap.deadline.geen-herinschrijving': 'Geen herinschrijving binnen de termijn',
  'overstap.signaal.negatief-bsa': 'Negatief bindend studieadvies',
  'verzuim.melding.voor-leerplicht': 'Verzuimmelding voor de leerplichtambtenaar',
  'verzuim.melding.voor-rmc': 'Verzuimmelding voor de RMC',
  'trajecten.casus.overdracht-geescaleerd': 'Overdracht niet op tijd geaccepteerd',
  escalatie: 'Escalatie: signaal niet opgepakt',
};

export const signaalNaam = (type: string): string => SIGNAAL_NAMEN[type] ?? type;

export function organisatieNaam(type: string, code: string): string {
  switch (type) {
    case 'rmc-regio':
      return `RMC-regio ${rmcRegioVanCode(code)?.naam ?? code} (${code})`;
    case 'vo-school':
      return `VO-school ${code}`;
    case 'mbo-instelling':
      return `mbo-instelling ${code}`;
    default:
      return `leerplicht gemeente ${code}`;
  }
}

export type Mail = { subject: string; text: string };

const VOETTEKST = `
Om privacyredenen staat in deze e-mail niets over de jongere zelf: alleen het alertnummer en een link naar Sluitend,
waar u na inloggen ziet wat er speelt en het signaal kunt oppakken.

— Sluitend, namens uw RMC-regio. Niemand tussen wal en schip.`;

/** One alert, at once. */
export function alertMail(organisatie: string, alert: BezorgdeAlert): Mail {
  return {
    subject: `[Sluitend] Nieuw signaal #${alert.nummer}: ${signaalNaam(alert.signaalType)}`,
    text: `Beste collega,

Er staat een nieuw signaal in de inbox van ${organisatie}:

  Signaal #${alert.nummer} — ${signaalNaam(alert.signaalType)}
  Bekijken en oppakken: ${alert.link}
${VOETTEKST}`,
  };
}

/** An escalation for the region's coordinator. */
export function escalatieMail(organisatie: string, alert: BezorgdeAlert): Mail {
  const bron = alert.escalatie;
  return {
    subject: `[Sluitend] Escalatie #${alert.nummer}: signaal #${bron?.nummer ?? '?'} is niet op tijd opgepakt`,
    text: `Beste coördinator,

Signaal #${bron?.nummer ?? '?'} in de inbox van ${bron?.organisatie ?? 'een organisatie'} is niet binnen de termijn opgepakt.
Het staat nu als escalatie #${alert.nummer} in de inbox van ${organisatie}.

  Bekijken: ${alert.link}
${VOETTEKST}`,
  };
}

/** The daily digest: every alert of the day in one mail. */
export function digestMail(organisatie: string, alerts: BezorgdeAlert[]): Mail {
  const regels = alerts.map((alert) => `  #${alert.nummer} — ${signaalNaam(alert.signaalType)}\n      ${alert.link}`).join('\n');
  return {
    subject: `[Sluitend] Dagoverzicht: ${alerts.length} ${alerts.length === 1 ? 'nieuw signaal' : 'nieuwe signalen'}`,
    text: `Beste collega,

Sinds het vorige overzicht kwamen er ${alerts.length} ${alerts.length === 1 ? 'signaal' : 'signalen'} binnen voor ${organisatie}:

${regels}
${VOETTEKST}`,
  };
}
