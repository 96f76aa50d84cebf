import PDFDocument from 'pdfkit';
import { alsRaster, Exportrapport, Exporttabel, ONDERDRUKT, toelichting } from './rapport';

const MARGE = 40;
const REGEL = 14;

/**
 * A report as a PDF document (pdfkit, A4 landscape): the title and characteristics, then per table a heading, the
 * table with its totals, and a bar chart of the row totals (a suppressed total is a gap marked "–", never a bar).
 */
export function rapportPdf(rapport: Exportrapport): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGE, info: { Title: rapport.titel, Creator: 'Sluitend' } });
  const delen: Buffer[] = [];
  doc.on('data', (deel: Buffer) => delen.push(deel));
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(16).text(rapport.titel);
  doc.font('Helvetica').fontSize(10);
  for (const kenmerk of rapport.kenmerken) doc.text(kenmerk);
  doc.text(toelichting(rapport));
  for (const tabel of rapport.tabellen) {
    tekenTabel(doc, tabel);
    tekenGrafiek(doc, tabel);
  }
  doc.end();
  return klaar;
}

function ruimte(doc: PDFKit.PDFDocument, hoogte: number): void {
  if (doc.y + hoogte > doc.page.height - MARGE) doc.addPage();
}

function tekenTabel(doc: PDFKit.PDFDocument, tabel: Exporttabel): void {
  const { kop, regels } = alsRaster(tabel);
  const breedte = doc.page.width - 2 * MARGE;
  const eerste = Math.min(200, breedte * 0.3);
  const overig = (breedte - eerste) / (kop.length - 1);
  const x = (k: number) => (k === 0 ? MARGE : MARGE + eerste + (k - 1) * overig);
  const w = (k: number) => (k === 0 ? eerste : overig) - 4;
  ruimte(doc, 3 * REGEL);
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(12).text(tabel.titel, MARGE);
  doc.fontSize(8);
  const regel = (waarden: readonly (number | string)[], vet: boolean) => {
    ruimte(doc, 2 * REGEL);
    const y = doc.y;
    doc.font(vet ? 'Helvetica-Bold' : 'Helvetica');
    let hoogste = REGEL;
    waarden.forEach((waarde, k) => {
      const tekst = String(waarde);
      const opties = { width: w(k), align: k === 0 ? ('left' as const) : ('right' as const), lineBreak: true };
      hoogste = Math.max(hoogste, doc.heightOfString(tekst, opties) + 2);
      doc.text(tekst, x(k), y, opties);
    });
    doc
      .moveTo(MARGE, y + hoogste - 1)
      .lineTo(MARGE + breedte, y + hoogste - 1)
      .lineWidth(0.3)
      .strokeColor('#999999')
      .stroke();
    doc.x = MARGE;
    doc.y = y + hoogste;
  };
  regel(kop, true);
  regels.forEach((waarden, i) => regel(waarden, i === regels.length - 1));
}

function tekenGrafiek(doc: PDFKit.PDFDocument, tabel: Exporttabel): void {
  if (tabel.rijen.length === 0) return;
  const balk = 12;
  const hoogte = tabel.rijen.length * (balk + 4) + 2 * REGEL;
  ruimte(doc, Math.min(hoogte, doc.page.height - 2 * MARGE));
  doc.moveDown(0.5);
  doc.font('Helvetica-Bold').fontSize(9).fillColor('black').text(`Grafiek: ${tabel.titel} (totaal per rij)`, MARGE);
  const bekend = tabel.rijtotalen.filter((t): t is number => t !== null);
  const grootste = Math.max(1, ...bekend);
  const labelbreedte = 160;
  const ruimteVoorBalk = doc.page.width - 2 * MARGE - labelbreedte - 50;
  doc.font('Helvetica').fontSize(8);
  tabel.rijen.forEach((rij, r) => {
    ruimte(doc, balk + 4);
    const y = doc.y + 2;
    doc.fillColor('black').text(rij, MARGE, y + 2, { width: labelbreedte - 6, lineBreak: false, ellipsis: true });
    const totaal = tabel.rijtotalen[r];
    if (totaal === null) {
      doc.text(ONDERDRUKT, MARGE + labelbreedte, y + 2, { lineBreak: false });
    } else {
      const lengte = (totaal / grootste) * ruimteVoorBalk;
      if (lengte > 0) doc.rect(MARGE + labelbreedte, y, lengte, balk).fill('#01689b');
      doc.fillColor('black').text(String(totaal), MARGE + labelbreedte + lengte + 4, y + 2, { lineBreak: false });
    }
    doc.x = MARGE;
    doc.y = y + balk + 2;
  });
  doc.fillColor('black');
}
