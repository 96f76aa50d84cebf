import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { NOTIFICATIES_ENV, NotificatiesEnv } from '../../config/notificaties-env';
import { Mail } from '../domain/teksten';

/** Sends mail over SMTP (nodemailer, pooled connections). */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter | null;

  constructor(@Inject(NOTIFICATIES_ENV) private readonly env: NotificatiesEnv) {
    this.transport = env.SMTP_URL ? createTransport(env.SMTP_URL, { pool: true, maxConnections: 2 } as never) : null;
  }

  async send(aan: string[], mail: Mail): Promise<void> {
    if (!this.transport) throw new Error('geen SMTP_URL ingesteld');
    await this.transport.sendMail({ from: this.env.MAIL_FROM, to: aan, subject: mail.subject, text: mail.text });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
