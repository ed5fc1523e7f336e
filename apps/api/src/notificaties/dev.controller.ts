import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiExcludeController } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { notFound } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Rollen } from '../auth/decorators';

/**
 * The local stand-ins' inboxes (development and tests): mails the worker's SMTP server received and SMS the
 * local provider recorded. Absent in production (404), beheerder only.
 */
@ApiExcludeController()
@ApiBearerAuth()
@Rollen('beheerder')
@Controller('dev')
export class DevController {
  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private alleenBuitenProductie(): void {
    if (this.config.nodeEnv === 'production') throw notFound('Pagina');
  }

  @Get('mails')
  mails() {
    this.alleenBuitenProductie();
    return this.ds.query(
      `SELECT id, message_id AS "messageId", van, aan, onderwerp, tekst, ontvangen_op AS "ontvangenOp" FROM dev_mails ORDER BY id DESC LIMIT 200`,
    );
  }

  @Get('sms')
  sms() {
    this.alleenBuitenProductie();
    return this.ds.query(`SELECT id, referentie, naar, tekst, verzonden_op AS "verzondenOp" FROM dev_sms ORDER BY id DESC LIMIT 200`);
  }
}
