import { createHmac, timingSafeEqual } from 'node:crypto';

/** A provider that sends text messages. `referentie` is our idempotency key: a provider that knows it sends once. */
export interface SmsProvider {
  readonly naam: string;
  verstuur(bericht: { naar: string; tekst: string; referentie: string }): Promise<{ id: string; afgeleverd: boolean }>;
}

export const SMS_PROVIDER = Symbol('SMS_PROVIDER');

/** Webhook signature headers: `X-Buurtkracht-Timestamp` (unix seconds) and `X-Buurtkracht-Signature: sha256=<hex>`. */
export const SMS_HEADER_TIJD = 'x-buurtkracht-timestamp';
export const SMS_HEADER_HANDTEKENING = 'x-buurtkracht-signature';
/** Older signatures are refused: a captured request cannot be replayed later. */
export const SMS_MAX_LEEFTIJD_S = 300;

export interface InkomendeSms {
  id: string;
  van: string;
  tekst: string;
}

/**
 * HMAC-SHA256 over timestamp, id, sender and text joined by newlines: the fields we act on, so the signature
 * does not depend on how a JSON body was serialised.
 */
export function smsHandtekening(geheim: string, tijd: string, sms: InkomendeSms): string {
  return `sha256=${createHmac('sha256', geheim).update([tijd, sms.id, sms.van, sms.tekst].join('\n')).digest('hex')}`;
}

export function controleerSmsHandtekening(
  geheim: string,
  tijd: string | undefined,
  handtekening: string | undefined,
  sms: InkomendeSms,
  nu = Date.now(),
): boolean {
  if (!tijd || !handtekening || !/^\d{1,12}$/.test(tijd)) return false;
  if (Math.abs(nu / 1000 - Number(tijd)) > SMS_MAX_LEEFTIJD_S) return false;
  const verwacht = Buffer.from(smsHandtekening(geheim, tijd, sms));
  const gegeven = Buffer.from(handtekening);
  return verwacht.length === gegeven.length && timingSafeEqual(verwacht, gegeven);
}

/** "ja", "Ja!", " JA " → ja; "nee", "Nee." → nee; anything else is not an answer. */
export function leesAntwoord(tekst: string): 'ja' | 'nee' | undefined {
  const w = tekst
    .trim()
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (['ja', 'yes', 'j'].includes(w)) return 'ja';
  if (['nee', 'no', 'n'].includes(w)) return 'nee';
  return undefined;
}
