import { bsnSchema, DomainIssue, onderwijsnummerSchema, scheidingstekenVanKop } from '@sluitend/domain-nl';

/** At most this many rows per file; more is a 413 (as the dossier import). */
export const MAX_KOPPEL_RIJEN = 50_000;

/** DUO's koppeling layout as Sluitend reads it (README "Person linking"): a header line with these two columns. */
export const KOPPEL_KOLOMMEN = ['BSN', 'ONDERWIJSNUMMER'] as const;

export type KoppelRij = { regel: number; bsn: string; onderwijsnummer: string };

export type GelezenKoppelBestand = { rijen: KoppelRij[]; issues: DomainIssue[]; aantalRijen: number };

/**
 * Reads a koppeling file: UTF-8 (a BOM is dropped), header line required (column names case-insensitive, in any order,
 * other columns ignored), separator `;`, tab or `,` (the most frequent in the header's first 64k characters), empty lines skipped. Every row's numbers
 * are checked (BSN 11-proef, onderwijsnummer 10… with rest 5); each issue names the line (the header is line 1), the
 * column and the rule. Pure: no I/O, and no number ever appears in a message.
 */
export function leesKoppelBestand(tekst: string): GelezenKoppelBestand {
  const regels = tekst.replace(/^\uFEFF/, '').split(/\r?\n/);
  const kop = regels[0] ?? '';
  const scheiding = scheidingstekenVanKop(kop, ';');
  const namen = kop.split(scheiding).map((naam) => naam.trim().replace(/^"|"$/g, '').toUpperCase());
  const ontbrekend = KOPPEL_KOLOMMEN.filter((kolom) => !namen.includes(kolom));
  if (ontbrekend.length > 0) {
    return {
      rijen: [],
      aantalRijen: 0,
      issues: ontbrekend.map((kolom) => ({
        row: 1,
        field: kolom,
        rule: 'kolom-verplicht',
        message: `kopregel mist kolom ${kolom} (verwacht: ${KOPPEL_KOLOMMEN.join(';')})`,
      })),
    };
  }
  const bsnIndex = namen.indexOf('BSN');
  const onderwijsnummerIndex = namen.indexOf('ONDERWIJSNUMMER');
  const rijen: KoppelRij[] = [];
  const issues: DomainIssue[] = [];
  let aantalRijen = 0;
  regels.slice(1).forEach((inhoud, index) => {
    if (inhoud.trim() === '') return;
    aantalRijen += 1;
    const regel = index + 2;
    const cellen = inhoud.split(scheiding).map((cel) => cel.trim().replace(/^"|"$/g, ''));
    const bsn = bsnSchema.safeParse(cellen[bsnIndex] ?? '');
    const onderwijsnummer = onderwijsnummerSchema.safeParse(cellen[onderwijsnummerIndex] ?? '');
    if (!bsn.success) issues.push({ row: regel, field: 'BSN', rule: 'bsn', message: bsn.error.issues[0]?.message ?? 'geen geldig BSN' });
    if (!onderwijsnummer.success) {
      issues.push({
        row: regel,
        field: 'ONDERWIJSNUMMER',
        rule: 'onderwijsnummer',
        message: onderwijsnummer.error.issues[0]?.message ?? 'geen geldig onderwijsnummer',
      });
    }
    if (bsn.success && onderwijsnummer.success) rijen.push({ regel, bsn: bsn.data, onderwijsnummer: onderwijsnummer.data });
  });
  return { rijen, issues, aantalRijen };
}
