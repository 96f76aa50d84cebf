import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MailSink } from '@sluitend/testing';

/**
 * The local mail server of `./sluitend up`: accepts notificaties' e-mail over SMTP and writes each message to
 * `<dir>/<n>-<subject>.eml`, so a newcomer can read what organisations would receive.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '1025' }, dir: { type: 'string', default: '.local/mail' } } });
  mkdirSync(values.dir, { recursive: true });
  let n = 0;
  const sink = new MailSink((mail) => {
    n += 1;
    const file = join(values.dir, `${String(n).padStart(5, '0')}-${mail.subject.replace(/[^\w#-]+/g, '_').slice(0, 60)}.eml`);
    writeFileSync(file, mail.raw);
    process.stdout.write(`${new Date().toISOString()} mail aan ${mail.to.join(', ')}: ${mail.subject} → ${file}\n`);
  });
  const port = await sink.start(Number(values.port));
  process.stdout.write(`mail-sink: SMTP op 127.0.0.1:${port}, berichten in ${values.dir}\n`);
  const stop = () => void sink.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
