import { Module } from '@nestjs/common';
import { DeelnemersModule } from '../deelnemers/deelnemers.module';
import { MatchesModule } from '../matches/matches.module';
import { BerichtenController } from './berichten.controller';
import { DevController } from './dev.controller';
import { NotificatiesController } from './notificaties.controller';
import { NotificatiesService } from './notificaties.service';
import { PostController } from './post.controller';
import { SmsAntwoordService } from './sms-antwoord.service';
import { SmsWebhookController } from './sms-webhook.controller';

/**
 * The api's side of notifications: the in-app inbox, delivery status for the makelaar, letters, the inbound SMS
 * webhook and the dev inboxes. An SMS answer runs MatchesService, exactly the code a click in the app runs.
 */
@Module({
  imports: [MatchesModule, DeelnemersModule],
  controllers: [NotificatiesController, BerichtenController, PostController, SmsWebhookController, DevController],
  providers: [NotificatiesService, SmsAntwoordService],
})
export class NotificatiesApiModule {}
