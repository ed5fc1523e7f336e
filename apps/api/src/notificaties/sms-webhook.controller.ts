import { Body, Controller, Headers, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Problem } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { controleerSmsHandtekening, SMS_HEADER_HANDTEKENING, SMS_HEADER_TIJD } from '@app/notificaties';
import { Public } from '../auth/decorators';
import { InkomendeSmsDto } from './sms.dto';
import { SmsAntwoordService } from './sms-antwoord.service';

/** Inbound SMS from the provider, signed with HMAC-SHA256 (SMS_WEBHOOK_SECRET); see docs/notifications.md. */
@ApiTags('notificaties')
@Controller('sms')
export class SmsWebhookController {
  constructor(
    private readonly antwoorden: SmsAntwoordService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('inkomend')
  @HttpCode(200)
  @ApiHeader({ name: SMS_HEADER_TIJD, description: 'unix-tijd in seconden', required: true })
  @ApiHeader({ name: SMS_HEADER_HANDTEKENING, description: 'sha256=<hex> over "tijd\\nid\\nvan\\ntekst"', required: true })
  @ApiOperation({ summary: 'Inkomende SMS: "JA" of "NEE" op een aanbod accepteert of wijst het af' })
  async inkomend(@Body() dto: InkomendeSmsDto, @Headers(SMS_HEADER_TIJD) tijd?: string, @Headers(SMS_HEADER_HANDTEKENING) handtekening?: string) {
    const geheim = this.config.smsWebhookSecret;
    if (!geheim) throw new Problem(503, 'sms-niet-ingesteld', 'Inkomende SMS is niet ingesteld (SMS_WEBHOOK_SECRET)');
    if (!controleerSmsHandtekening(geheim, tijd, handtekening, dto)) {
      throw new Problem(401, 'ongeldige-handtekening', 'De handtekening of tijd van dit bericht klopt niet', {
        errors: [{ field: SMS_HEADER_HANDTEKENING, message: 'ongeldig of verlopen' }],
      });
    }
    return this.antwoorden.verwerk(dto);
  }
}
