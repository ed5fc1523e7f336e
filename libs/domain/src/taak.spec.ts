import fc from 'fast-check';
import { apply } from './state-machine';
import { PRIORITEITEN, taakMachine, urgentieScore, vergelijkTaken, type TaakVoorUrgentie } from './taak';

const nu = new Date('2025-06-10T12:00:00Z');
const t = (x: Partial<TaakVoorUrgentie> & { id: string }): TaakVoorUrgentie => ({
  status: 'open',
  prioriteit: 'normaal',
  aangemaakt: new Date('2025-06-01T00:00:00Z'),
  ...x,
});

describe('taak lifecycle', () => {
  it('claims, releases and closes with an outcome', () => {
    expect(apply(taakMachine, 'open', 'oppakken')).toMatchObject({ ok: true, to: 'opgepakt' });
    expect(apply(taakMachine, 'opgepakt', 'vrijgeven')).toMatchObject({ ok: true, to: 'open' });
    expect(apply(taakMachine, 'opgepakt', 'afronden', { uitkomst: 'niet-bereikt' })).toMatchObject({ ok: true, to: 'afgerond' });
    expect(apply(taakMachine, 'opgepakt', 'afronden', { uitkomst: 'anders' })).toMatchObject({ ok: false, error: { code: 'toelichting-verplicht' } });
    expect(apply(taakMachine, 'opgepakt', 'afronden', { uitkomst: 'prima' as never })).toMatchObject({ ok: false, error: { code: 'uitkomst-ongeldig' } });
  });

  it('snoozes only with a reason and a moment in the future', () => {
    const later = new Date('2025-06-11T08:00:00Z');
    expect(apply(taakMachine, 'open', 'uitstellen', { reden: 'bewoner op vakantie', tot: later, nu })).toMatchObject({ ok: true, to: 'uitgesteld' });
    expect(apply(taakMachine, 'open', 'uitstellen', { reden: '', tot: later, nu })).toMatchObject({ ok: false, error: { code: 'reden-verplicht' } });
    expect(apply(taakMachine, 'open', 'uitstellen', { reden: 'x', tot: nu, nu })).toMatchObject({ ok: false, error: { code: 'tot-in-verleden' } });
    expect(apply(taakMachine, 'open', 'uitstellen', { reden: 'x', tot: new Date('nope'), nu })).toMatchObject({ ok: false, error: { code: 'tot-ongeldig' } });
    expect(apply(taakMachine, 'afgerond', 'uitstellen', { reden: 'x', tot: later, nu })).toMatchObject({ ok: false, kind: 'invalid-transition' });
  });
});

describe('taak urgency', () => {
  it('orders by priority, then overdue, then due date, then age', () => {
    const taken = [
      t({ id: 'laag-te-laat', prioriteit: 'laag', vervaldatum: new Date('2025-06-01T00:00:00Z') }),
      t({ id: 'normaal-zonder-datum' }),
      t({ id: 'normaal-morgen', vervaldatum: new Date('2025-06-11T00:00:00Z') }),
      t({ id: 'normaal-te-laat', vervaldatum: new Date('2025-06-09T00:00:00Z') }),
      t({ id: 'spoed', prioriteit: 'spoed', vervaldatum: new Date('2025-07-01T00:00:00Z') }),
      t({ id: 'normaal-overmorgen-oud', vervaldatum: new Date('2025-06-12T00:00:00Z'), aangemaakt: new Date('2025-05-01T00:00:00Z') }),
      t({ id: 'normaal-overmorgen-nieuw', vervaldatum: new Date('2025-06-12T00:00:00Z') }),
      t({ id: 'hoog', prioriteit: 'hoog' }),
      t({ id: 'uitgesteld', prioriteit: 'spoed', status: 'uitgesteld', uitgesteldTot: new Date('2025-06-11T00:00:00Z') }),
      t({ id: 'uitstel-voorbij', status: 'uitgesteld', prioriteit: 'hoog', uitgesteldTot: new Date('2025-06-10T00:00:00Z') }),
      t({ id: 'klaar', prioriteit: 'spoed', status: 'afgerond' }),
    ];
    expect([...taken].sort(vergelijkTaken(nu)).map((x) => x.id)).toEqual([
      'spoed',
      'hoog',
      'uitstel-voorbij',
      'normaal-te-laat',
      'normaal-morgen',
      'normaal-overmorgen-oud',
      'normaal-overmorgen-nieuw',
      'normaal-zonder-datum',
      'laag-te-laat',
      'uitgesteld',
      'klaar',
    ]);
  });

  it('scores priority above lateness', () => {
    expect(urgentieScore(t({ id: 'a', prioriteit: 'spoed' }), nu)).toBe(6);
    expect(urgentieScore(t({ id: 'b', prioriteit: 'spoed', vervaldatum: new Date('2025-01-01') }), nu)).toBe(7);
    expect(urgentieScore(t({ id: 'c', prioriteit: 'laag' }), nu)).toBe(0);
    expect(urgentieScore(t({ id: 'd', status: 'afgerond' }), nu)).toBe(-2);
    expect(urgentieScore(t({ id: 'e', status: 'uitgesteld', uitgesteldTot: new Date('2025-06-11') }), nu)).toBe(-1);
  });

  it('the comparator is a consistent total order and sorted order never puts a lower score first (property)', () => {
    const datum = fc.option(fc.date({ min: new Date('2025-05-01T00:00:00Z'), max: new Date('2025-07-01T00:00:00Z'), noInvalidDate: true }), { nil: undefined });
    const taak = fc.record({
      id: fc.string({ maxLength: 3 }),
      status: fc.constantFrom('open', 'opgepakt', 'uitgesteld', 'afgerond' as const),
      prioriteit: fc.constantFrom(...PRIORITEITEN),
      vervaldatum: datum,
      uitgesteldTot: datum,
      aangemaakt: fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2025-06-10T00:00:00Z'), noInvalidDate: true }),
    });
    fc.assert(
      fc.property(fc.array(taak, { maxLength: 25 }), (taken) => {
        const cmp = vergelijkTaken(nu);
        const gesorteerd = [...taken].sort(cmp);
        for (let i = 1; i < gesorteerd.length; i++) {
          expect(urgentieScore(gesorteerd[i - 1], nu)).toBeGreaterThanOrEqual(urgentieScore(gesorteerd[i], nu));
          expect(cmp(gesorteerd[i - 1], gesorteerd[i])).toBeLessThanOrEqual(0);
        }
        for (const a of taken) for (const b of taken) expect(Math.sign(cmp(a, b)) + Math.sign(cmp(b, a))).toBe(0);
      }),
    );
  });
});
