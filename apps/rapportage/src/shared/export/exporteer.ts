import { Exportrapport, Exporttabel } from './rapport';
import { rapportCsv } from './rapport-csv';
import { rapportPdf } from './rapport-pdf';
import { rapportXlsx } from './rapport-xlsx';

export type Exportformaat = 'csv' | 'xlsx' | 'pdf';

export const EXPORT_TYPES: Readonly<Record<Exportformaat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** The file of a report in one format. */
export async function exporteer(rapport: Exportrapport, formaat: Exportformaat): Promise<Buffer> {
  switch (formaat) {
    case 'csv':
      return Buffer.from(rapportCsv(rapport), 'utf8');
    case 'xlsx':
      return rapportXlsx(rapport);
    case 'pdf':
      return rapportPdf(rapport);
  }
}

/** A published table of the API (as the zod response schemas infer it) with its title. */
export function exporttabel(titel: string, tabel: Omit<Exporttabel, 'titel'>): Exporttabel {
  return { titel, ...tabel };
}
