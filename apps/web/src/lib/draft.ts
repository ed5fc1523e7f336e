// Form state that survives a failed submit, a reload and a lost connection: kept in sessionStorage per tab,
// removed after a successful submit.
import { useCallback, useEffect, useRef, useState } from 'react';

export function useDraft<T extends object>(key: string, initial: T): [T, (patch: Partial<T> | ((prev: T) => T)) => void, () => void] {
  const storageKey = `bk.draft.${key}`;
  const first = useRef(initial);
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = sessionStorage.getItem(storageKey);
      if (raw) return { ...initial, ...(JSON.parse(raw) as Partial<T>) };
    } catch {
      /* ignore a broken draft */
    }
    return initial;
  });
  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(value));
    } catch {
      /* storage full or blocked */
    }
  }, [storageKey, value]);
  const update = useCallback(
    (patch: Partial<T> | ((prev: T) => T)) => setValue((prev) => (typeof patch === 'function' ? patch(prev) : { ...prev, ...patch })),
    [],
  );
  const clear = useCallback(() => {
    try {
      sessionStorage.removeItem(storageKey);
    } catch {
      /* ignore */
    }
    setValue(first.current);
  }, [storageKey]);
  return [value, update, clear];
}
