import { allowedActions, apply, checkMachine, defineMachine, isTerminal } from './state-machine';

type Lamp = 'uit' | 'aan' | 'kapot';
type LampActies = { aanzetten: void; uitzetten: void; slopen: { kracht: number } };

const lamp = defineMachine<Lamp, LampActies>({
  name: 'lamp',
  initial: 'uit',
  states: ['uit', 'aan', 'kapot'],
  terminal: ['kapot'],
  transitions: {
    aanzetten: { from: ['uit'], to: 'aan' },
    uitzetten: { from: ['aan'], to: 'uit' },
    slopen: {
      from: ['uit', 'aan'],
      to: 'kapot',
      guard: (p, from) => ((p?.kracht ?? 0) > (from === 'aan' ? 5 : 10) ? undefined : { code: 'te-zwak', message: 'te zwak' }),
    },
  },
});

describe('state machine helper', () => {
  it('applies an allowed transition', () => {
    expect(apply(lamp, 'uit', 'aanzetten')).toEqual({ ok: true, from: 'uit', to: 'aan', action: 'aanzetten' });
  });

  it('refuses a transition from the wrong state with the current state and the allowed actions', () => {
    expect(apply(lamp, 'uit', 'uitzetten')).toEqual({
      ok: false,
      kind: 'invalid-transition',
      current: 'uit',
      action: 'uitzetten',
      allowed: ['aanzetten', 'slopen'],
    });
    expect(apply(lamp, 'kapot', 'aanzetten')).toMatchObject({ ok: false, allowed: [] });
  });

  it('passes payload and from-state to the guard', () => {
    expect(apply(lamp, 'aan', 'slopen', { kracht: 6 })).toMatchObject({ ok: true, to: 'kapot' });
    expect(apply(lamp, 'uit', 'slopen', { kracht: 6 })).toMatchObject({ ok: false, kind: 'rejected', error: { code: 'te-zwak' } });
  });

  it('treats unknown and prototype action names as invalid transitions, not crashes', () => {
    for (const naam of ['bestaat-niet', 'constructor', 'toString', '__proto__']) {
      expect(apply(lamp, 'uit', naam as 'aanzetten')).toMatchObject({ ok: false, kind: 'invalid-transition', action: naam });
    }
  });

  it('lists allowed actions and terminal states', () => {
    expect(allowedActions(lamp, 'aan')).toEqual(['uitzetten', 'slopen']);
    expect(isTerminal(lamp, 'kapot')).toBe(true);
    expect(isTerminal(lamp, 'aan')).toBe(false);
    expect(Object.isFrozen(lamp)).toBe(true);
  });

  it('checkMachine reports structural problems', () => {
    expect(checkMachine(lamp)).toEqual([]);
    const slecht = defineMachine<'a' | 'b' | 'c' | 'd', { x: void; y: void }>({
      name: 'slecht',
      initial: 'a',
      states: ['a', 'b', 'c', 'd'],
      terminal: ['b'],
      transitions: { x: { from: ['a'], to: 'b' }, y: { from: ['b'], to: 'a' } },
    });
    expect(checkMachine(slecht)).toEqual([
      'slecht: action "y" leaves terminal state "b"',
      'slecht: non-terminal state "c" has no way out',
      'slecht: non-terminal state "d" has no way out',
      'slecht: state "c" is unreachable from "a"',
      'slecht: state "d" is unreachable from "a"',
    ]);
  });
});
