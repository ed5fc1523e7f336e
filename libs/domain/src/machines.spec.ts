// Properties every lifecycle table must have, checked generically over all machines.
import fc from 'fast-check';
import { hulpvraagMachine } from './hulpvraag';
import { matchMachine } from './match';
import { signaleringMachine } from './signalering';
import { allowedActions, apply, checkMachine, isTerminal, type Machine } from './state-machine';
import { taakMachine } from './taak';

const machines = [hulpvraagMachine, matchMachine, taakMachine, signaleringMachine] as unknown as Machine<string, Record<string, unknown>>[];

// Payloads that satisfy every guard in the domain, so a walk explores the whole table.
const geldig: Record<string, unknown> = {
  intrekken: { reden: 'niet-meer-nodig' },
  doorverwijzen: { reden: 'wijkteam' },
  annuleren: { door: 'helper', reden: 'ziek' },
  'niet-verschenen-melden': { wie: 'hulpvrager' },
  afwijzen: {},
  uitstellen: { reden: 'niet bereikbaar', tot: new Date('2030-01-02'), nu: new Date('2030-01-01') },
  afronden: { uitkomst: 'gelukt' },
  doorzetten: { partner: 'veilig-thuis', grondslag: 'acuut-gevaar', urgent: true },
  sluiten: { toelichting: 'opgelost' },
};

describe.each(machines.map((m) => [m.name, m] as const))('%s machine', (_naam, machine) => {
  it('is structurally sound (known states, reachable, no dead ends, no exit from terminal states)', () => {
    expect(checkMachine(machine)).toEqual([]);
  });

  it('never leaves a terminal state and always lands in a known state, whatever is tried', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...machine.actions), fc.string()), { maxLength: 30 }), fc.boolean(), (acties, metPayload) => {
        let state = machine.initial;
        for (const actie of acties) {
          const r = apply(machine, state, actie, metPayload ? geldig[actie] : undefined);
          if (isTerminal(machine, state)) expect(r.ok).toBe(false);
          if (r.ok) {
            expect(machine.states).toContain(r.to);
            state = r.to;
          } else {
            expect(r.current).toBe(state);
            expect(r.allowed).toEqual(allowedActions(machine, state));
          }
        }
      }),
    );
  });

  it('accepts every listed transition with a valid payload', () => {
    for (const actie of machine.actions) {
      for (const from of machine.transitions[actie].from) {
        expect(apply(machine, from, actie, geldig[actie])).toMatchObject({ ok: true, to: machine.transitions[actie].to });
      }
    }
  });
});
