import {
  effectieveInstellingen,
  GEMEENTE_INSTELLINGEN,
  instellingFouten,
  instellingSql,
  NORM_EERSTE_CONTACT_WERKDAGEN,
  STANDAARD_INSTELLINGEN,
} from './instellingen';

describe('gemeente instellingen', () => {
  it('has every default within its own limits, and the first-contact task no later than the norm', () => {
    for (const [naam, d] of Object.entries(GEMEENTE_INSTELLINGEN)) {
      expect([naam, d.standaard >= d.min && d.standaard <= d.max]).toEqual([naam, true]);
    }
    expect(GEMEENTE_INSTELLINGEN.eersteContactWerkdagen.max).toBe(NORM_EERSTE_CONTACT_WERKDAGEN);
    expect(instellingFouten(STANDAARD_INSTELLINGEN)).toEqual([]);
  });

  it('reads stored whole numbers over the defaults and ignores anything else', () => {
    expect(effectieveInstellingen(null)).toEqual(STANDAARD_INSTELLINGEN);
    const w = effectieveInstellingen({ verloopDagen: 30, aanbodUren: '24', checkInDagen: 1.5, matchNormDagen: 'x', matchingGewichten: { taal: 1 } });
    expect(w).toEqual({ ...STANDAARD_INSTELLINGEN, verloopDagen: 30, aanbodUren: 24 });
  });

  it('names the field that breaks a rule between settings', () => {
    expect(instellingFouten({ ...STANDAARD_INSTELLINGEN, verloopDagen: 20, verloopMeldingDagen: 20 })).toEqual([
      { veld: 'verloopMeldingDagen', melding: 'moet kleiner zijn dan verloopDagen (nu 20)' },
    ]);
    expect(instellingFouten({ ...STANDAARD_INSTELLINGEN, eersteContactWerkdagen: 3, escalatieWerkdagen: 3 }).map((f) => f.veld)).toEqual([
      'escalatieWerkdagen',
    ]);
  });

  it('writes the SQL with the default, for known names only', () => {
    expect(instellingSql('verloopDagen')).toBe(`COALESCE((g.instellingen->>'verloopDagen')::int, 60)`);
    expect(instellingSql('checkInDagen', 'gem')).toBe(`COALESCE((gem.instellingen->>'checkInDagen')::int, 30)`);
    expect(() => instellingSql('x; DROP TABLE gemeenten' as never)).toThrow();
    expect(() => instellingSql('verloopDagen', 'g; --')).toThrow();
  });
});
