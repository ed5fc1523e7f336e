// Shared state handling for the public forms: live validation, which fields were touched, server errors per field,
// and the submit state.
import { useCallback, useState } from 'react';
import { ApiError, errorText } from '../api/client';
import { mapServerErrors, type Errors } from './validate';

export function useFormState(fields: string[]) {
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [server, setServer] = useState<Errors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [showAll, setShowAll] = useState(false);
  const [busy, setBusy] = useState(false);

  const touch = useCallback((name: string) => setTouched((t) => (t[name] ? t : { ...t, [name]: true })), []);
  /** a change clears the server's message for that field (the live check takes over) */
  const changed = useCallback((name: string) => setServer((s) => (s[name] ? { ...s, [name]: undefined } : s)), []);

  /** the message to show for a field: the server's, else the live check's once the field was left or a step was submitted */
  const shown = (live: Errors) => {
    const out: Errors = {};
    for (const f of fields) out[f] = server[f] ?? (touched[f] || showAll ? live[f] : undefined);
    return out;
  };

  /** turns a failed submit into field messages; returns the fields that got one */
  const fail = (e: unknown): string[] => {
    if (e instanceof ApiError && e.problem.errors?.length) {
      const { byField, rest } = mapServerErrors(e.problem.errors, fields);
      setServer(byField);
      setGeneral(rest.length ? rest : []);
      setShowAll(true);
      return Object.keys(byField);
    }
    setGeneral([errorText(e)]);
    return [];
  };

  return { touch, changed, shown, fail, showAll, setShowAll, busy, setBusy, general, setGeneral, server };
}
