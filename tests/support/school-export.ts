import { DienDossierIn } from '@sluitend/contracts';

/**
 * The CSV export of a school administration as the dossier import documents it (Dutch Excel: BOM, `;`, CRLF), written
 * independently of the app's parser, for the import's tests and benchmark.
 */
export const KOLOMMEN = [
  'schooljaar', 'brin', 'vestiging', 'BSN of onderwijsnummer', 'voornamen', 'achternaam', 'geboortedatum', 'postcode',
  'woongemeente', 'onderwijstype', 'leerjaar', 'uitstroomprofiel', 'bestemming',
  ...[1, 2, 3, 4, 5].flatMap((n) => [`crebo_${n}`, `niveau_${n}`, `instelling_${n}`]),
  'keuzeproces', 'werkervaring', 'loopbaandossier_url', 'advies_door', 'advies_tekst', 'ondersteuning_nodig',
  'ondersteuning_toelichting', 'toestemming_delen', 'akkoord_getekend_op',
]; // prettier-ignore

const nlDatum = (iso: string | undefined) => (iso ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : '');
const jaNee = (waarde: boolean) => (waarde ? 'ja' : 'nee');

export function cellen(d: DienDossierIn): (string | number | undefined)[] {
  const opleidingen = [0, 1, 2, 3, 4].flatMap((i) => [
    d.keuze.opleidingen[i]?.crebo,
    d.keuze.opleidingen[i]?.niveau,
    d.keuze.opleidingen[i]?.instelling,
  ]);
  return [
    d.schooljaar, d.school.brin, d.school.vestiging, d.leerling.persoonsnummer, d.leerling.voornamen, d.leerling.achternaam,
    nlDatum(d.leerling.geboortedatum), d.leerling.postcode, d.leerling.woongemeente, d.opleiding.onderwijstype, d.opleiding.leerjaar,
    d.opleiding.uitstroomprofiel, d.keuze.bestemming, ...opleidingen, d.keuze.keuzeproces, d.loopbaan?.werkervaring,
    d.loopbaan?.loopbaandossierUrl, d.advies?.door, d.advies?.tekst, jaNee(d.ondersteuning.nodig), d.ondersteuning.toelichting,
    jaNee(d.ondersteuning.toestemmingDelen), nlDatum(d.akkoordverklaring?.getekendOp),
  ]; // prettier-ignore
}

const cel = (waarde: string | number | undefined) => {
  const tekst = waarde === undefined ? '' : String(waarde);
  return /[;"\r\n]/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
};

/** Dutch Excel: BOM, `;`, CRLF. Each row is a dossier, or raw cells by column for a deliberately bad row. */
export function alsCsv(rijen: (DienDossierIn | Record<string, string>)[]): string {
  const regels = rijen.map((rij) =>
    'schooljaar' in rij && typeof rij.school === 'object' ? cellen(rij as DienDossierIn) : KOLOMMEN.map((k) => (rij as Record<string, string>)[k]),
  );
  return `\uFEFF${[KOLOMMEN, ...regels].map((regel) => regel.map(cel).join(';')).join('\r\n')}\r\n`;
}

/** A dossier's row with some cells replaced (by column name). */
export function metCellen(dossier: DienDossierIn, wijziging: Record<string, string>): Record<string, string> {
  const rij = Object.fromEntries(KOLOMMEN.map((kolom, i) => [kolom, String(cellen(dossier)[i] ?? '')]));
  return { ...rij, ...wijziging };
}
