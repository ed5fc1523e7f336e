import fc from 'fast-check';
import {
  aantalGedaan,
  isActieveMatch,
  magStarten,
  markeerGedaan,
  MATCH_EINDSTATUSSEN,
  MATCH_STATUSSEN,
  matchMachine,
  planKeren,
  slaOver,
  totaleUren,
  valideerUren,
  volgendeKeer,
  type Keer,
  type MatchActie,
  type MatchStatus,
} from './match';
import { allowedActions, apply, type ApplyResult } from './state-machine';

const d = (s: string): Date => new Date(s);

describe('match lifecycle', () => {
  it('walks voorgesteld → aangeboden → geaccepteerd → bevestigd → actief → afgerond', () => {
    const pad = ['aanbieden', 'accepteren', 'bevestigen', 'starten', 'afronden'] as const;
    let state: MatchStatus = 'voorgesteld';
    for (const actie of pad) {
      const r: ApplyResult<MatchStatus, MatchActie> = apply(matchMachine, state, actie);
      if (!r.ok) throw new Error(`${actie} from ${state} refused`);
      state = r.to;
    }
    expect(state).toBe('afgerond');
  });

  it('counts only accepted, confirmed and running matches against helper capacity', () => {
    expect(MATCH_STATUSSEN.filter(isActieveMatch)).toEqual(['geaccepteerd', 'bevestigd', 'actief']);
  });

  it('has the end states as terminal and no way out of them', () => {
    expect(matchMachine.terminal).toEqual(MATCH_EINDSTATUSSEN);
    for (const s of MATCH_EINDSTATUSSEN) expect(allowedActions(matchMachine, s)).toEqual([]);
  });

  it('needs who and why to cancel', () => {
    expect(apply(matchMachine, 'actief', 'annuleren', { door: 'makelaar', reden: 'helper verhuist' })).toMatchObject({ ok: true, to: 'geannuleerd' });
    expect(apply(matchMachine, 'actief', 'annuleren', { door: 'buurman' as never, reden: 'x' })).toMatchObject({ ok: false, error: { code: 'door-ongeldig' } });
    expect(apply(matchMachine, 'actief', 'annuleren', { door: 'systeem', reden: ' ' })).toMatchObject({ ok: false, error: { code: 'reden-verplicht' } });
  });

  it('allows a no-show only once a date was agreed, naming the side', () => {
    expect(apply(matchMachine, 'bevestigd', 'niet-verschenen-melden', { wie: 'helper' })).toMatchObject({ ok: true, to: 'niet-verschenen' });
    expect(apply(matchMachine, 'geaccepteerd', 'niet-verschenen-melden', { wie: 'helper' })).toMatchObject({ ok: false, kind: 'invalid-transition' });
    expect(apply(matchMachine, 'actief', 'niet-verschenen-melden', { wie: 'makelaar' as never })).toMatchObject({ ok: false, kind: 'rejected' });
  });

  it('lets only unanswered proposals expire, and only offered ones be declined', () => {
    expect(apply(matchMachine, 'aangeboden', 'laten-verlopen')).toMatchObject({ ok: true, to: 'verlopen' });
    expect(apply(matchMachine, 'geaccepteerd', 'laten-verlopen')).toMatchObject({ ok: false });
    expect(apply(matchMachine, 'aangeboden', 'afwijzen', {})).toMatchObject({ ok: true, to: 'afgewezen' });
    expect(apply(matchMachine, 'geaccepteerd', 'afwijzen', {})).toMatchObject({ ok: false, allowed: ['bevestigen', 'annuleren'] });
  });
});

describe('occurrences of recurring help', () => {
  const keren = planKeren([d('2025-03-11T09:00:00Z'), d('2025-03-04T09:00:00Z'), d('2025-03-18T09:00:00Z')]);

  it('plans occurrences in date order', () => {
    expect(keren.map((k) => k.datum.toISOString().slice(0, 10))).toEqual(['2025-03-04', '2025-03-11', '2025-03-18']);
    expect(keren.every((k) => k.status === 'gepland')).toBe(true);
  });

  it('marks a past occurrence done with hours, refuses the future and odd hours', () => {
    const nu = d('2025-03-12T00:00:00Z');
    const gedaan = markeerGedaan(keren[1], 1.5, nu);
    expect(gedaan).toEqual({ ok: true, waarde: { datum: keren[1].datum, status: 'gedaan', uren: 1.5 } });
    expect(markeerGedaan(keren[2], 1, nu)).toMatchObject({ ok: false, fouten: [{ veld: 'datum', code: 'in-toekomst' }] });
    expect(markeerGedaan(keren[0], 1.1, nu)).toMatchObject({ ok: false, fouten: [{ veld: 'uren', code: 'uren-kwartier' }] });
    expect(valideerUren(0)).toMatchObject({ ok: false });
    expect(valideerUren(25)).toMatchObject({ ok: false });
    expect(valideerUren(Number.NaN)).toMatchObject({ ok: false });
    expect(valideerUren(24)).toEqual({ ok: true, waarde: 24 });
  });

  it('skips only planned occurrences', () => {
    const over = slaOver(keren[0]);
    expect(over).toMatchObject({ ok: true, waarde: { status: 'overgeslagen' } });
    if (over.ok) expect(slaOver(over.waarde)).toMatchObject({ ok: false });
  });

  it('totals hours and counts of done occurrences only', () => {
    const lijst: Keer[] = [
      { datum: d('2025-01-01'), status: 'gedaan', uren: 2 },
      { datum: d('2025-01-08'), status: 'overgeslagen' },
      { datum: d('2025-01-15'), status: 'gedaan', uren: 1.25 },
      { datum: d('2025-01-22'), status: 'gepland' },
    ];
    expect(totaleUren(lijst)).toBe(3.25);
    expect(aantalGedaan(lijst)).toBe(2);
  });

  it('may start once the first date is reached or something was done, and finds the next date', () => {
    expect(magStarten(keren, d('2025-03-01T00:00:00Z'))).toBe(false);
    expect(magStarten(keren, d('2025-03-04T09:00:00Z'))).toBe(true);
    expect(volgendeKeer(keren, d('2025-03-05T00:00:00Z'))?.datum).toEqual(keren[1].datum);
    expect(volgendeKeer(keren, d('2025-04-01T00:00:00Z'))).toBeUndefined();
  });

  it('total hours equal the sum of valid quarter hours marked done (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 96 }), { maxLength: 50 }), (kwartieren) => {
        const nu = d('2030-01-01T00:00:00Z');
        const gedaan = planKeren(kwartieren.map((_, i) => new Date(Date.UTC(2025, 0, 1 + i)))).map((k, i) => {
          const r = markeerGedaan(k, kwartieren[i] / 4, nu);
          if (!r.ok) throw new Error('refused');
          return r.waarde;
        });
        expect(totaleUren(gedaan)).toBeCloseTo(kwartieren.reduce((a, b) => a + b, 0) / 4, 9);
      }),
    );
  });
});
