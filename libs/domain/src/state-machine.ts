/**
 * A tiny data-driven state machine: every lifecycle in the domain is a table of transitions, and one
 * `apply` decides. Keeping the rules as data lets the API list allowed actions (409 bodies, UI buttons)
 * and lets one generic test check every machine (no exit from a terminal state, everything reachable).
 */

/** Why a guard refused; `message` is Dutch for the end user, `code` is stable for clients. */
export interface Rejection {
  readonly code: string;
  readonly message: string;
}

/**
 * A guard sees the payload of the action (possibly missing: it comes from untrusted input) and the
 * state it leaves; it returns a rejection or undefined to allow.
 */
export type Guard<S extends string, P> = (payload: P | undefined, from: S) => Rejection | undefined;

export interface Transition<S extends string, P> {
  readonly from: readonly S[];
  readonly to: S;
  readonly guard?: Guard<S, P>;
}

/** `P` maps each action name to its payload type (`void` for none). */
export type Transitions<S extends string, P extends object> = { readonly [A in keyof P & string]: Transition<S, P[A]> };

export interface MachineDefinition<S extends string, P extends object> {
  readonly name: string;
  readonly initial: S;
  readonly states: readonly S[];
  readonly terminal: readonly S[];
  readonly transitions: Transitions<S, P>;
}

export interface Machine<S extends string, P extends object> extends MachineDefinition<S, P> {
  readonly actions: readonly (keyof P & string)[];
}

export type ApplyResult<S extends string, A extends string> =
  | { readonly ok: true; readonly from: S; readonly to: S; readonly action: A }
  | {
      readonly ok: false;
      /** `invalid-transition`: not allowed from this state (HTTP 409); `rejected`: a guard refused the payload (HTTP 422). */
      readonly kind: 'invalid-transition' | 'rejected';
      readonly current: S;
      readonly action: string;
      readonly allowed: readonly A[];
      readonly error?: Rejection;
    };

/** Actions whose payload is `void` may be applied without one; others require it. */
export type PayloadArgs<T> = [T] extends [void] ? [payload?: undefined] : [payload: T];

export function defineMachine<S extends string, P extends object>(definition: MachineDefinition<S, P>): Machine<S, P> {
  const actions = Object.keys(definition.transitions) as (keyof P & string)[];
  return Object.freeze({ ...definition, actions: Object.freeze(actions) });
}

function transitionOf<S extends string, P extends object>(machine: Machine<S, P>, action: string): Transition<S, unknown> | undefined {
  // Own-property check: an action name such as "constructor" from a request body must not hit the prototype.
  if (!Object.prototype.hasOwnProperty.call(machine.transitions, action)) return undefined;
  return (machine.transitions as Readonly<Record<string, Transition<S, unknown>>>)[action];
}

/** Actions whose from-states include `current` (guards are not evaluated: they depend on a payload). */
export function allowedActions<S extends string, P extends object>(machine: Machine<S, P>, current: S): (keyof P & string)[] {
  return machine.actions.filter((a) => transitionOf(machine, a)?.from.includes(current));
}

export function isTerminal<S extends string, P extends object>(machine: Machine<S, P>, state: S): boolean {
  return machine.terminal.includes(state);
}

export function apply<S extends string, P extends object, A extends keyof P & string>(
  machine: Machine<S, P>,
  current: S,
  action: A,
  ...[payload]: PayloadArgs<P[A]>
): ApplyResult<S, keyof P & string> {
  const allowed = allowedActions(machine, current);
  const transition = transitionOf(machine, action);
  if (!transition || !transition.from.includes(current)) {
    return { ok: false, kind: 'invalid-transition', current, action, allowed };
  }
  const error = transition.guard?.(payload, current);
  if (error) return { ok: false, kind: 'rejected', current, action, allowed, error };
  return { ok: true, from: current, to: transition.to, action };
}

/**
 * Structural problems of a machine table, empty when sound. Used by the tests and cheap enough to
 * assert at start-up: unknown states, exits from terminal states, dead ends, unreachable states.
 */
export function checkMachine<S extends string, P extends object>(machine: Machine<S, P>): string[] {
  const problems: string[] = [];
  const known = new Set<string>(machine.states);
  const unknown = (s: string): void => {
    if (!known.has(s)) problems.push(`${machine.name}: unknown state "${s}"`);
  };
  unknown(machine.initial);
  machine.terminal.forEach(unknown);
  for (const action of machine.actions) {
    const t = transitionOf(machine, action);
    if (!t) continue;
    t.from.forEach(unknown);
    unknown(t.to);
    if (t.from.length === 0) problems.push(`${machine.name}: action "${action}" has no from-states`);
    for (const s of t.from) if (isTerminal(machine, s)) problems.push(`${machine.name}: action "${action}" leaves terminal state "${s}"`);
  }
  for (const s of machine.states) {
    if (!isTerminal(machine, s) && allowedActions(machine, s).length === 0) problems.push(`${machine.name}: non-terminal state "${s}" has no way out`);
  }
  const reached = new Set<S>([machine.initial]);
  for (let grew = true; grew;) {
    grew = false;
    for (const action of machine.actions) {
      const t = transitionOf(machine, action);
      if (t && !reached.has(t.to) && t.from.some((s) => reached.has(s))) {
        reached.add(t.to);
        grew = true;
      }
    }
  }
  for (const s of machine.states) if (!reached.has(s)) problems.push(`${machine.name}: state "${s}" is unreachable from "${machine.initial}"`);
  return problems;
}

/** Shared guard: a code from a standard list, with free text required when the code is "anders". */
export function reasonFromList<T extends string>(list: readonly T[], field = 'reden'): Guard<string, { reden?: T; toelichting?: string }> {
  return (payload) => {
    const reden: unknown = payload?.reden;
    if (typeof reden !== 'string' || !(list as readonly string[]).includes(reden)) {
      return { code: `${field}-ongeldig`, message: `Kies een reden uit de lijst (${list.join(', ')}).` };
    }
    if (reden === 'anders' && !payload?.toelichting?.trim()) {
      return { code: 'toelichting-verplicht', message: 'Vul een toelichting in als u "anders" kiest.' };
    }
    return undefined;
  };
}
