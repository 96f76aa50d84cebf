import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { pdfTekst } from '../../test-support/pdf-tekst.fixture';
import { Exportrapport } from './rapport';
import { rapportCsv } from './rapport-csv';
import { rapportPdf } from './rapport-pdf';
import { rapportXlsx } from './rapport-xlsx';

const rapport: Exportrapport = {
  naam: 'effectrapportage',
  titel: 'Effectrapportage 2025-2026',
  kenmerken: ['Schooljaar 2025-2026', 'Alle RMC-regio’s'],
  tabellen: [
    {
      titel: 'Uitkomsten per RMC-regio',
      rijen: ['MC07', 'MC08'],
      kolommen: ['onderwijs', 'werk', 'overig'],
      cellen: [
        [12, null, 7],
        [9, null, 31],
      ],
      rijtotalen: [null, null],
      kolomtotalen: [21, 6, 38],
      totaal: 65,
      drempel: 5,
    },
    {
      titel: 'Tijd tot eerste contact',
      rijen: ['MC07', 'MC08'],
      kolommen: ['< 4 weken', 'nog niet'],
      cellen: [
        [20, 2],
        [40, 3],
      ],
      rijtotalen: [22, 43],
      kolomtotalen: [60, 5],
      totaal: 65,
      drempel: null,
    },
  ],
};

describe('exports of a report', () => {
  it('writes an XLSX whose cells read back as the published numbers, a suppressed count as "–" and never a number', async () => {
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load((await rapportXlsx(rapport)) as unknown as ArrayBuffer);
    expect(boek.worksheets.map((w) => w.name)).toEqual(['rapport', '1 Uitkomsten per RMC-regio', '2 Tijd tot eerste contact']);
    expect(boek.getWorksheet('rapport')?.getCell('A1').value).toBe('Effectrapportage 2025-2026');
    const blad = boek.worksheets[1];
    const rij = (n: number) => (blad.getRow(n).values as unknown[]).slice(1);
    expect(rij(1)).toEqual(['Uitkomsten per RMC-regio']);
    expect(rij(2)).toEqual(['', 'onderwijs', 'werk', 'overig', 'totaal']);
    expect(rij(3)).toEqual(['MC07', 12, '–', 7, '–']);
    expect(rij(4)).toEqual(['MC08', 9, '–', 31, '–']);
    expect(rij(5)).toEqual(['totaal', 21, 6, 38, 65]);
    expect(rij(6)).toEqual([]);
  });

  it('writes a PDF with the title, the note on suppression, every table and a chart, suppressed counts as "–"', async () => {
    const pdf = await rapportPdf(rapport);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const tekst = await pdfTekst(pdf);
    expect(tekst).toContain('Effectrapportage 2025-2026');
    expect(tekst).toContain('onderdrukt: aantallen onder 5');
    expect(tekst).toContain('Uitkomsten per RMC-regio');
    expect(tekst).toContain('Grafiek: Tijd tot eerste contact (totaal per rij)');
    const regels = tekst.split('\n').map((r) => r.trim().replace(/\s+/g, ' '));
    expect(regels).toContain('MC07 12 – 7 –');
    expect(regels).toContain('totaal 21 6 38 65');
    expect(regels).toContain('MC08 40 3 43');
    // The hidden cells and row totals of the first table appear nowhere: 6 = 21 − 12 − 9 is the column total, but
    // neither hidden cell nor row total (19, 25, 40 − …) is printed.
    expect(regels.filter((r) => r.startsWith('MC07') || r.startsWith('MC08'))).toEqual([
      'MC07 12 – 7 –',
      'MC08 9 – 31 –',
      'MC07 –',
      'MC08 –',
      'MC07 20 2 22',
      'MC08 40 3 43',
      'MC07 22',
      'MC08 43',
    ]);
  });

  it('writes a CSV with one count a line, a suppressed count empty and marked', () => {
    const regels = parse(rapportCsv(rapport), { columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(regels).toContainEqual({ tabel: 'Uitkomsten per RMC-regio', rij: 'MC07', kolom: 'werk', aantal: '', onderdrukt: 'ja' });
    expect(regels).toContainEqual({ tabel: 'Uitkomsten per RMC-regio', rij: 'totaal', kolom: 'totaal', aantal: '65', onderdrukt: 'nee' });
    // Per table: every cell and row total, the column totals and the grand total.
    expect(regels).toHaveLength(2 * (3 + 1) + 3 + 1 + (2 * (2 + 1) + 2 + 1));
  });
});
