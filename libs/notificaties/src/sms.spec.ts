import { controleerSmsHandtekening, leesAntwoord, smsHandtekening } from './sms';

const sms = { id: 'p-1', van: '+31612345678', tekst: 'JA' };

describe('SMS webhook signature', () => {
  const nu = Date.UTC(2025, 0, 1);
  const tijd = String(nu / 1000);
  it('accepts a fresh, correct signature', () => {
    expect(controleerSmsHandtekening('geheim', tijd, smsHandtekening('geheim', tijd, sms), sms, nu)).toBe(true);
  });
  it('refuses another secret, a changed text, an old timestamp or no header', () => {
    expect(controleerSmsHandtekening('geheim', tijd, smsHandtekening('ander', tijd, sms), sms, nu)).toBe(false);
    expect(controleerSmsHandtekening('geheim', tijd, smsHandtekening('geheim', tijd, sms), { ...sms, tekst: 'NEE' }, nu)).toBe(false);
    expect(controleerSmsHandtekening('geheim', tijd, smsHandtekening('geheim', tijd, sms), sms, nu + 301_000)).toBe(false);
    expect(controleerSmsHandtekening('geheim', undefined, undefined, sms, nu)).toBe(false);
  });
});

describe('SMS answers', () => {
  it.each([
    ['JA', 'ja'],
    [' ja! ', 'ja'],
    ['Nee.', 'nee'],
    ['yes', 'ja'],
    ['misschien', undefined],
  ])('%s → %s', (t, want) => expect(leesAntwoord(t)).toBe(want));
});
