import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { simpleParser, type AddressObject } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { InjectConfig, type AppConfig } from '@app/config';

const adressen = (a: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address ?? '')).filter(Boolean);

/**
 * A real SMTP server on 127.0.0.1 for development and tests (never in production, never with SMTP_URL): the
 * worker's mails really travel over SMTP, and what arrives is stored for the dev mailbox (GET /api/v1/dev/mails).
 * Duplicate Message-IDs are stored once, as a real mailbox would show them once.
 */
@Injectable()
export class DevSmtpServer implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DevSmtpServer.name);
  private server?: SMTPServer;
  private poort = 0;

  constructor(
    private readonly ds: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  get actief(): boolean {
    return !this.config.smtpUrl && this.config.nodeEnv !== 'production';
  }

  /** The port mails go to; fixed after the first start so a restart (tests) reuses it. */
  get port(): number {
    return this.poort;
  }

  async onModuleInit(): Promise<void> {
    if (this.actief) await this.start();
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, done) => {
        simpleParser(stream)
          .then((mail) =>
            this.ds.query(`INSERT INTO dev_mails (message_id, van, aan, onderwerp, tekst) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (message_id) DO NOTHING`, [
              mail.messageId ?? null,
              adressen(mail.from).join(', '),
              adressen(mail.to),
              mail.subject ?? null,
              mail.text ?? null,
            ]),
          )
          .then(
            () => done(),
            (e: Error) => done(e),
          );
      },
    });
    server.on('error', (e) => this.logger.warn(`dev SMTP server: ${e.message}`));
    await new Promise<void>((resolve, reject) => {
      const net = server.listen(this.poort, '127.0.0.1', () => resolve());
      net.once('error', reject);
    });
    this.poort = (server.server.address() as AddressInfo).port;
    this.server = server;
    this.logger.log(`dev SMTP server on 127.0.0.1:${this.poort}`);
  }

  /** Stops accepting mail (tests use it to simulate an unreachable mail server). */
  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (s) await new Promise<void>((r) => s.close(() => r()));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
