import { conflict, Problem } from '@app/common';
import type { ApplyResult, Resultaat } from '@app/domain';

/** A failed pure validation becomes a 422 naming every field (prefixed with where it sits in the body). */
export function ensureOk<T>(r: Resultaat<T>, prefix = ''): T {
  if (r.ok) return r.waarde;
  const errors = r.fouten.map((f) => ({ field: prefix ? `${prefix}.${f.veld}` : f.veld, message: f.bericht, code: f.code }));
  throw new Problem(422, r.fouten[0].code === 'te-vaak' ? 'te-vaak' : 'ongeldige-waarde', errors.map((e) => `${e.field}: ${e.message}`).join(' '), { errors });
}

/** A refused state transition: 409 with the current state and what is allowed; a refused payload: 422. */
export function ensureTransition<S extends string, A extends string>(r: ApplyResult<S, A>, wat: string): S {
  if (r.ok) return r.to;
  if (r.kind === 'rejected') {
    throw new Problem(422, r.error?.code ?? 'ongeldige-waarde', r.error?.message ?? 'Ongeldige invoer', {
      errors: [{ field: 'reden', message: r.error?.message ?? 'ongeldig' }],
    });
  }
  throw conflict('ongeldige-overgang', `${wat} is ${r.current}; "${r.action}" kan nu niet`, { huidigeStatus: r.current, toegestaan: r.allowed });
}
