import { execFile } from 'node:child_process';

/**
 * The text of a PDF as a PDF reader sees it (pdf-parse over Mozilla's pdf.js), one line per text line. pdf.js loads
 * its worker with a dynamic import, which jest's CommonJS sandbox does not allow, so it runs in a plain Node child
 * process: the PDF goes in on stdin, the text comes out on stdout.
 */
export function pdfTekst(pdf: Buffer): Promise<string> {
  const script = `
    import { PDFParse } from 'pdf-parse';
    const delen = [];
    for await (const deel of process.stdin) delen.push(deel);
    const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(delen)) });
    const { text } = await parser.getText();
    await parser.destroy();
    process.stdout.write(text);
  `;
  return new Promise((resolve, reject) => {
    const kind = execFile(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 64 * 1024 * 1024 }, (fout, stdout, stderr) =>
      fout ? reject(new Error(`${fout.message}\n${stderr}`)) : resolve(stdout),
    );
    kind.stdin?.end(pdf);
  });
}
