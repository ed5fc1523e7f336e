// Small building blocks shared by the logged-in pages.
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { errorText } from '../api/client';
import { downloadMetToken } from '../api/staff';
import { Alert, Button } from '../components/Form';

const korteDatum = new Intl.DateTimeFormat('nl-NL', { weekday: 'short', day: 'numeric', month: 'short' });
const tijd = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

/** "vandaag 15:09", "morgen 09:00", "di 24 nov 15:09" */
export function wanneerKort(iso: string | null | undefined, now = new Date()): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const dag = Math.round((new Date(d.toDateString()).getTime() - new Date(now.toDateString()).getTime()) / 86_400_000);
  const t = tijd.format(d);
  if (dag === 0) return `vandaag ${t}`;
  if (dag === 1) return `morgen ${t}`;
  if (dag === -1) return `gisteren ${t}`;
  return `${korteDatum.format(d)} ${t}`;
}

/** Loading and error lines for a list or page that is being fetched. */
export function LoadState({ loading, error, what, retry }: { loading: boolean; error: unknown; what: string; retry?: () => void }) {
  if (error)
    return (
      <Alert kind="error" role="alert">
        {what} laden lukte niet. {errorText(error)}{' '}
        {retry && (
          <button type="button" className="utrecht-button utrecht-button--subtle bk-inline-button" onClick={retry}>
            Opnieuw proberen
          </button>
        )}
      </Alert>
    );
  if (loading)
    return (
      <p className="utrecht-paragraph" role="status">
        {what} laden…
      </p>
    );
  return null;
}

export function Badge({ kind = 'neutraal', children }: { kind?: 'spoed' | 'hoog' | 'neutraal' | 'ok' | 'laag' | 'let-op'; children: ReactNode }) {
  return <span className={`bk-badge bk-badge--${kind}`}>{children}</span>;
}

/**
 * Runs one action at a time (a button press) and keeps a message for the live region: the success text, or the
 * server's problem detail in plain Dutch.
 */
export function useAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const running = useRef(false);
  const run = useCallback(async <T,>(key: string, fn: () => Promise<T>, ok?: string | ((r: T) => string)): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(key);
    setMessage(null);
    try {
      const r = await fn();
      if (ok) setMessage({ kind: 'ok', text: typeof ok === 'function' ? ok(r) : ok });
      return r;
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
      return undefined;
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);
  return { busy, message, setMessage, run };
}

/** The polite live region that says what an action did. */
export function ActionMessage({ message }: { message: { kind: 'ok' | 'error'; text: string } | null }) {
  return (
    <div aria-live="polite" className="bk-action-message">
      {message && <Alert kind={message.kind === 'ok' ? 'ok' : 'error'}>{message.text}</Alert>}
    </div>
  );
}

/** One key figure in a `<dl className="bk-kpis">` (the styles are in beheer.css). */
export function Kerncijfer({ id, label, waarde, uitleg }: { id: string; label: string; waarde: string; uitleg?: string }) {
  return (
    <div className="bk-kpi" data-kpi={id}>
      <dt>{label}</dt>
      <dd>
        <span className="bk-kpi__waarde">{waarde}</span>
        {uitleg && <span className="bk-kpi__uitleg">{uitleg}</span>}
      </dd>
    </div>
  );
}

/** A button that downloads a file behind the login (a PDF to print); a failure is said next to it. */
export function DownloadKnop({
  pad,
  bestand,
  children,
  variant = 'secondary',
  beschrijving,
}: {
  pad: string;
  bestand: string;
  children: ReactNode;
  variant?: 'primary' | 'secondary';
  /** id of the text the button belongs to (which match, which person) */
  beschrijving?: string;
}) {
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const haal = async () => {
    setFout(null);
    setBezig(true);
    try {
      await downloadMetToken(pad, bestand);
    } catch (e) {
      setFout(errorText(e));
    } finally {
      setBezig(false);
    }
  };
  return (
    <>
      <Button variant={variant} disabled={bezig} aria-describedby={beschrijving} onClick={() => void haal()}>
        {children}
      </Button>
      <div aria-live="polite">{fout && <p className="bk-fout">{fout}</p>}</div>
    </>
  );
}

/** A bar from 0 to 1 with its value as text; the bar itself is decoration, the text carries the meaning. */
export function Bar({ label, value }: { label: string; value: number }) {
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div className="bk-bar">
      <span className="bk-bar__label">{label}</span>
      <span className="bk-bar__track" aria-hidden="true">
        <span className="bk-bar__fill" style={{ width: `${pct}%` }} />
      </span>
      <span className="bk-bar__value">{pct}%</span>
    </div>
  );
}

export const STATUS_LABELS: Record<string, string> = {
  concept: 'Concept',
  open: 'Open: we zoeken een helper',
  gematcht: 'Er is een helper',
  'in-uitvoering': 'De hulp is bezig',
  afgerond: 'Afgerond',
  ingetrokken: 'Ingetrokken',
  verlopen: 'Verlopen',
  doorverwezen: 'Doorverwezen',
  actief: 'Actief',
  gepauzeerd: 'Gepauzeerd',
  beeindigd: 'Beëindigd',
  voorgesteld: 'Voorgesteld',
  aangeboden: 'Aangeboden: wacht op de helper',
  geaccepteerd: 'De helper zegt ja: wacht op bevestiging',
  bevestigd: 'Bevestigd',
  lopend: 'Loopt',
  afgewezen: 'Afgewezen',
  geannuleerd: 'Geannuleerd',
  'niet-verschenen': 'Niet verschenen',
};
export const statusLabel = (s: string) => STATUS_LABELS[s] ?? s;
