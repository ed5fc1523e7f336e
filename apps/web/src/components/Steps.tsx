import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { Button } from './Form';

/** The step list above a guided form, and the heading of the current step (gets focus when the step changes). */
export function Steps({ steps, current, children }: { steps: string[]; current: number; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(current);
  useEffect(() => {
    if (shownStep.current === current) return;
    shownStep.current = current;
    heading.current?.focus();
  }, [current]);
  return (
    <>
      <nav aria-label="Stappen">
        <ol className="bk-steps">
          {steps.map((s, i) => (
            <li key={s} aria-current={i === current ? 'step' : undefined} className={i < current ? 'bk-done' : undefined}>
              {i < current && <span className="bk-visually-hidden">Klaar: </span>}
              Stap {i + 1}: {s}
            </li>
          ))}
        </ol>
      </nav>
      <h2 className="utrecht-heading-2 bk-step-title" ref={heading} tabIndex={-1}>
        Stap {current + 1} van {steps.length}: {steps[current]}
      </h2>
      {children}
    </>
  );
}

/** The buttons under a guided form: next step (the last one submits with `verstuur`), and back from step 2 on. */
export function StapKnoppen({ stap, aantal, bezig, verstuur, terug }: { stap: number; aantal: number; bezig: boolean; verstuur: string; terug: () => void }) {
  return (
    <div className="bk-actions">
      <Button type="submit" disabled={bezig} aria-busy={bezig || undefined}>
        {stap < aantal - 1 ? 'Volgende stap' : bezig ? 'Bezig met versturen…' : verstuur}
      </Button>
      {stap > 0 && (
        <Button variant="secondary" onClick={terug}>
          Vorige stap
        </Button>
      )}
    </div>
  );
}

/** Keeps the user's place: which fields have been left (blur) so their errors show while typing. */
export function useFocusSummary(show: boolean): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (show) ref.current?.querySelector<HTMLElement>('#foutmeldingen')?.focus();
  }, [show]);
  return ref;
}
