import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { InjectConfig, type AppConfig } from '@app/config';
import { KanaalOnbereikbaar } from '@app/notificaties';
import { DevSmtpServer } from './dev-smtp.server';

/** Sends mail over SMTP: SMTP_URL, or the worker's own dev server. Short timeouts: a dead server means retry later. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private transport?: Transporter;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly dev: DevSmtpServer,
  ) {}

  private transporter(): Transporter {
    if (this.transport) return this.transport;
    // pooled: hundreds of concurrent jobs share a few SMTP connections instead of opening one each
    const opties = { pool: true, maxConnections: 5, connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 15_000 } as const;
    if (this.config.smtpUrl) {
      this.transport = createTransport({ url: this.config.smtpUrl, ...opties });
    } else if (this.dev.actief && this.dev.port) {
      this.transport = createTransport({ host: '127.0.0.1', port: this.dev.port, secure: false, ignoreTLS: true, ...opties });
    } else {
      throw new KanaalOnbereikbaar('no mail server configured (SMTP_URL)');
    }
    return this.transport;
  }

  /** The Message-ID is derived from our delivery key, so a receiving system can recognise a repeat. */
  async verstuur(m: { naar: string; onderwerp: string; tekst: string; sleutel: string }): Promise<string> {
    const messageId = `<${m.sleutel.replace(/[^\w.-]/g, '.')}@buurtkracht>`;
    await this.transporter().sendMail({ from: this.config.mailFrom, to: m.naar, subject: m.onderwerp, text: m.tekst, messageId });
    return messageId;
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
