import { valideerTijdvenster } from './tijdvenster';

const nu = new Date('2025-06-10T08:00:00Z'); // 10:00 in Amsterdam
const d = (s: string): Date => new Date(s);

describe('valideerTijdvenster', () => {
  it('accepts a window later today, even one that began this morning', () => {
    expect(valideerTijdvenster({ start: d('2025-06-10T07:00:00Z'), eind: d('2025-06-10T15:00:00Z') }, nu)).toEqual({
      ok: true,
      waarde: { start: d('2025-06-10T07:00:00Z'), eind: d('2025-06-10T15:00:00Z') },
    });
  });

  it.each([
    [{ start: 'morgen', eind: d('2025-06-11T10:00:00Z') }, 'start', 'ongeldig'],
    [{ start: d('2025-06-11T10:00:00Z') }, 'eind', 'ongeldig'],
    [{ start: d('2025-06-09T21:00:00Z'), eind: d('2025-06-11T10:00:00Z') }, 'start', 'in-verleden'], // 23:00 yesterday
    [{ start: d('2025-06-11T10:00:00Z'), eind: d('2025-06-11T10:00:00Z') }, 'eind', 'voor-start'],
    [{ start: d('2025-06-10T05:00:00Z'), eind: d('2025-06-10T07:00:00Z') }, 'eind', 'in-verleden'],
    [{ start: d('2025-06-11T10:00:00Z'), eind: d('2025-09-10T10:00:00Z') }, 'eind', 'te-lang'],
  ])('refuses %p naming the field', (venster, veld, code) => {
    expect(valideerTijdvenster(venster, nu)).toMatchObject({ ok: false, fouten: [{ veld, code }] });
  });

  it('reports both fields when both are missing, with custom field names and maximum', () => {
    const r = valideerTijdvenster({}, nu, { velden: { start: 'beschikbaarVanaf', eind: 'beschikbaarTot' } });
    expect(r).toMatchObject({ ok: false, fouten: [{ veld: 'beschikbaarVanaf' }, { veld: 'beschikbaarTot' }] });
    expect(valideerTijdvenster({ start: d('2025-06-11T10:00:00Z'), eind: d('2025-06-13T10:00:00Z') }, nu, { maxDagen: 1 })).toMatchObject({
      ok: false,
      fouten: [{ code: 'te-lang', bericht: 'Een tijdvak mag hoogstens 1 dagen duren.' }],
    });
  });
});
