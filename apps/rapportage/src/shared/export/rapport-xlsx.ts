import ExcelJS from 'exceljs';
import { alsRaster, Exportrapport, toelichting } from './rapport';

/** Excel limits a sheet name to 31 characters without []:*?/\ . */
function bladnaam(titel: string, i: number, gebruikt: Set<string>): string {
  let naam = `${i + 1} ${titel.replace(/[[\]:*?/\\]/g, ' ')}`.slice(0, 31).trim();
  while (gebruikt.has(naam)) naam = `${naam.slice(0, 28)}~${i}`;
  gebruikt.add(naam);
  return naam;
}

/**
 * A report as an XLSX workbook (exceljs): a sheet "rapport" with the title, the characteristics and the note on
 * suppression, then one sheet per table — header row, a row per category, the totals row. Counts are numbers; a
 * suppressed count is the text "–", never a number.
 */
export async function rapportXlsx(rapport: Exportrapport): Promise<Buffer> {
  const boek = new ExcelJS.Workbook();
  boek.creator = 'Sluitend';
  boek.title = rapport.titel;
  const voorblad = boek.addWorksheet('rapport');
  voorblad.addRow([rapport.titel]).font = { bold: true, size: 14 };
  for (const kenmerk of rapport.kenmerken) voorblad.addRow([kenmerk]);
  voorblad.addRow([toelichting(rapport)]);
  voorblad.getColumn(1).width = 80;
  const gebruikt = new Set<string>(['rapport']);
  rapport.tabellen.forEach((tabel, i) => {
    const blad = boek.addWorksheet(bladnaam(tabel.titel, i, gebruikt));
    const { kop, regels } = alsRaster(tabel);
    blad.addRow([tabel.titel]).font = { bold: true };
    blad.addRow(kop).font = { bold: true };
    for (const regel of regels) blad.addRow(regel);
    blad.getRow(blad.rowCount).font = { bold: true };
    blad.getColumn(1).width = Math.min(60, Math.max(12, ...tabel.rijen.map((r) => r.length + 2)));
    for (let k = 2; k <= kop.length; k++) blad.getColumn(k).width = Math.min(30, Math.max(10, kop[k - 1].length + 2));
  });
  return Buffer.from(await boek.xlsx.writeBuffer());
}
