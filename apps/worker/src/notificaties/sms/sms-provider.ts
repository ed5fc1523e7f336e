import type { DataSource } from 'typeorm';
import type { AppConfig } from '@app/config';
import { KanaalOnbereikbaar, type SmsProvider } from '@app/notificaties';
import { HttpSmsProvider } from './http-sms.provider';
import { LokaleSmsProvider } from './lokale-sms.provider';

/** Production without a provider cannot send SMS: the next channel takes over at once. */
class GeenSmsProvider implements SmsProvider {
  readonly naam = 'geen';
  verstuur(): Promise<never> {
    return Promise.reject(new KanaalOnbereikbaar('no SMS provider configured (SMS_PROVIDER_URL)'));
  }
}

export function smsProvider(config: AppConfig, ds: DataSource): SmsProvider {
  if (config.smsProviderUrl) return new HttpSmsProvider(config.smsProviderUrl, config.smsProviderToken);
  return config.nodeEnv === 'production' ? new GeenSmsProvider() : new LokaleSmsProvider(ds);
}
