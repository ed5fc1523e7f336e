import { SJABLONEN, sjablonen, taalVan, tekstVoor, type SjabloonContext, type Taal } from './sjablonen';

const ctx: SjabloonContext = {
  voornaam: 'Truus',
  titel: 'Boodschappen doen',
  wanneer: 'di 2 dec, 10:00',
  ander: 'Bram',
  link: 'http://localhost/m/1',
  tot: 'do 4 dec, 10:00',
  makelaarTelefoon: '023-1234567',
  vragen: [{ titel: 'Tuin', wijk: 'Centrum' }],
};

describe('templates', () => {
  it.each(SJABLONEN.flatMap((s) => (['nl', 'en'] as Taal[]).map((t) => [s, t] as const)))('%s in %s is complete and fits one SMS', (s, taal) => {
    const t = tekstVoor(s, taal, ctx);
    expect(t.onderwerp.length).toBeGreaterThan(3);
    expect(t.tekst.length).toBeGreaterThan(t.kort.length);
    expect(t.kort.length).toBeLessThanOrEqual(160);
    for (const v of [t.onderwerp, t.tekst, t.kort, t.bellen]) expect(v).not.toMatch(/undefined|null|\$\{/);
  });

  it('B1: Dutch sentences stay short (at most 20 words)', () => {
    for (const s of SJABLONEN) {
      const t = tekstVoor(s, 'nl', ctx);
      const zinnen = `${t.tekst}\n${t.bellen}`
        .split(/[.?!\n]+/)
        .map((z) => z.replace(/"[^"]*"/g, 'X').trim())
        .filter(Boolean);
      for (const z of zinnen) expect({ s, z, woorden: z.split(/\s+/).length <= 20 }).toMatchObject({ woorden: true });
    }
  });

  it('the call script for a found helper has the exact words, names and time', () => {
    expect(tekstVoor('helper-gevonden', 'nl', ctx).bellen).toBe(
      'Goedendag Truus, u had om hulp gevraagd: "Boodschappen doen". Goed nieuws: Bram wil u helpen, di 2 dec, 10:00. Is dat goed voor u? Dan geef ik uw adres door.',
    );
  });

  it('an offer SMS asks for JA or NEE; English differs from Dutch', () => {
    expect(tekstVoor('aanbod-nieuw', 'nl', ctx).kort).toContain('JA of NEE');
    expect(tekstVoor('aanbod-nieuw', 'en', ctx).kort).toContain('can you help');
  });

  it('falls back to neutral words when names are missing', () => {
    const t = tekstVoor('helper-gevonden', 'nl', { titel: 'x', wanneer: 'morgen' });
    expect(t.tekst).toContain('Beste buurtgenoot');
    expect(t.tekst).toContain('een buurtgenoot wil u helpen');
  });

  it('only the password reset is urgent; offers are never sent by post', () => {
    expect(SJABLONEN.filter((s) => sjablonen[s].urgent)).toEqual(['wachtwoord-herstel']);
    expect(sjablonen['aanbod-nieuw'].tijdkritisch).toBe(true);
  });

  it('language: English only for people who do not read Dutch', () => {
    expect(taalVan(['nl', 'en'])).toBe('nl');
    expect(taalVan(['en'])).toBe('en');
    expect(taalVan(['ar'])).toBe('nl');
    expect(taalVan(null)).toBe('nl');
  });
});
