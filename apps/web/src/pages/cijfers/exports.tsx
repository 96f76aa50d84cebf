import { useMutation } from '@tanstack/react-query';
import { rapportage } from '../../api/client';
import type { paths } from '../../api/rapportage';
import { Fout } from '../../components/status';

/** The report paths rapportage serves as CSV, XLSX and PDF (from the generated OpenAPI types). */
type Rapport = {
  [P in keyof paths]: P extends `${infer Basis}/export.csv` ? (`${Basis}/export.xlsx` extends keyof paths ? Basis : never) : never;
}[keyof paths];

const FORMATEN = [
  { extensie: 'csv', label: 'CSV', type: 'text/csv;charset=utf-8' },
  { extensie: 'xlsx', label: 'XLSX', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { extensie: 'pdf', label: 'PDF', type: 'application/pdf' },
] as const;

type Formaat = (typeof FORMATEN)[number];

// One call for the three formats of every report: the path is checked against the generated types above; the
// client's overloads cannot take a union of paths, hence the narrow signature.
const haal = rapportage.GET as unknown as (
  pad: `${Rapport}/export.${Formaat['extensie']}`,
  init: { params: { query: Record<string, string> }; parseAs: 'blob' },
) => Promise<{ data?: Blob; response: Response }>;

/** Saves a blob under a name through a temporary link (no new window, no inline script). */
export function bewaar(blob: Blob, naam: string) {
  const adres = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = adres;
  link.download = naam;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(adres);
}

/** The three export buttons of one report; every export is suppressed the same way the figures on screen are. */
export function Exports({
  rapport,
  query,
  bestandsnaam,
  wat,
}: {
  rapport: Rapport;
  query: Record<string, string>;
  bestandsnaam: string;
  wat: string;
}) {
  const download = useMutation({
    mutationFn: async (formaat: Formaat) => {
      const { data: blob, response } = await haal(`${rapport}/export.${formaat.extensie}`, { params: { query }, parseAs: 'blob' });
      if (!response.ok || blob === undefined) throw new Error(`De export is mislukt (HTTP ${response.status}).`);
      bewaar(new Blob([blob], { type: formaat.type }), `${bestandsnaam}.${formaat.extensie}`);
    },
  });
  return (
    <>
      <div className="sluitend-knoppen" role="group" aria-label={`Download ${wat}`}>
        {FORMATEN.map((formaat) => (
          <button
            key={formaat.extensie}
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            disabled={download.isPending}
            onClick={() => download.mutate(formaat)}
          >
            Download {wat} als {formaat.label}
          </button>
        ))}
      </div>
      {download.error && <Fout fout={download.error} wat="De export" />}
    </>
  );
}
