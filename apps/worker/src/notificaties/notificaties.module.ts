import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@app/config';
import { SMS_PROVIDER } from '@app/notificaties';
import { BerichtenRepository } from './berichten.repository';
import { BezorgService } from './bezorg.service';
import { DigestService } from './digest.service';
import { AppKanaal } from './kanalen/app.kanaal';
import { EmailKanaal } from './kanalen/email.kanaal';
import { PostKanaal } from './kanalen/post.kanaal';
import { SmsKanaal } from './kanalen/sms.kanaal';
import { TelefoonKanaal } from './kanalen/telefoon.kanaal';
import { DevSmtpServer } from './mail/dev-smtp.server';
import { Mailer } from './mail/mailer';
import { NotificatiesProcessor } from './notificaties.processor';
import { OntvangersService } from './ontvangers.service';
import { PostBatchService } from './post/post-batch.service';
import { RealtimePublisher } from './realtime.publisher';
import { RealtimePushService } from './realtime-push.service';
import { smsProvider } from './sms/sms-provider';

/** The worker's side of notifications: channels, delivery with fallback, realtime pushes, letters, digest. */
@Module({
  providers: [
    { provide: SMS_PROVIDER, inject: [APP_CONFIG, DataSource], useFactory: smsProvider },
    DevSmtpServer,
    Mailer,
    RealtimePublisher,
    AppKanaal,
    EmailKanaal,
    SmsKanaal,
    TelefoonKanaal,
    PostKanaal,
    BerichtenRepository,
    OntvangersService,
    BezorgService,
    RealtimePushService,
    PostBatchService,
    DigestService,
    NotificatiesProcessor,
  ],
  exports: [DevSmtpServer, BezorgService],
})
export class NotificatiesWorkerModule {}
