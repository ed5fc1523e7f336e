import { isMobiel, kanaalVolgorde, naarE164, normaliseerTelefoon, type Bereikbaarheid } from './kanalen';

const alles: Bereikbaarheid = { account: true, email: true, mobiel: true, adres: true, offline: false };

describe('channel order', () => {
  it('starts with the preference and always ends with a makelaar call', () => {
    expect(kanaalVolgorde('email', alles)).toEqual(['email', 'sms', 'telefoon']);
    expect(kanaalVolgorde('sms', alles)).toEqual(['sms', 'email', 'telefoon']);
    expect(kanaalVolgorde('app', alles)).toEqual(['app', 'email', 'sms', 'telefoon']);
    expect(kanaalVolgorde('telefoon', alles)).toEqual(['telefoon']);
    expect(kanaalVolgorde('via-makelaar', alles)).toEqual(['telefoon']);
    expect(kanaalVolgorde('post', alles)).toEqual(['post', 'telefoon']);
  });

  it('skips what the person cannot receive', () => {
    expect(kanaalVolgorde('email', { ...alles, email: false })).toEqual(['sms', 'telefoon']);
    expect(kanaalVolgorde('app', { ...alles, offline: true })).toEqual(['sms', 'telefoon']);
    expect(kanaalVolgorde('post', { ...alles, adres: false })).toEqual(['telefoon']);
  });

  it('never sends a letter for a message with a deadline', () => {
    expect(kanaalVolgorde('post', alles, { tijdkritisch: true })).toEqual(['telefoon']);
  });
});

describe('phone numbers', () => {
  it.each([
    ['06-1234 5678', '0612345678'],
    ['+31 6 12345678', '0612345678'],
    ['0031612345678', '0612345678'],
    ['023-5123456', '0235123456'],
    ['12345', undefined],
    [null, undefined],
  ])('%s → %s', (raw, want) => expect(normaliseerTelefoon(raw)).toBe(want));

  it('only 06 numbers are mobile', () => {
    expect(isMobiel('06 12345678')).toBe(true);
    expect(isMobiel('023-5123456')).toBe(false);
    expect(naarE164('06-12345678')).toBe('+31612345678');
  });
});
