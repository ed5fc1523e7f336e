import { useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api/client';
import type { Adres } from '../api/types';
import * as v from '../lib/validate';
import { TextField } from './Form';
import { Icon } from './Icon';

/** Postcode + huisnummer; once both look right, asks the server which wijk it is and shows it. */
export function AdresFields({
  postcode,
  huisnummer,
  errors,
  onChange,
  onBlur,
  onAdres,
  optional,
}: {
  postcode: string;
  huisnummer: string;
  errors: v.Errors;
  onChange: (field: 'postcode' | 'huisnummer', value: string) => void;
  onBlur: (field: 'postcode' | 'huisnummer') => void;
  onAdres?: (a: Adres | null) => void;
  optional?: boolean;
}) {
  const [adres, setAdres] = useState<Adres | null>(null);
  const [lookupError, setLookupError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const report = useRef(onAdres);
  report.current = onAdres;
  const ok = !v.postcode(postcode) && !v.huisnummer(huisnummer);
  const pc = v.normPostcode(postcode);
  const nr = huisnummer.trim();

  useEffect(() => {
    setLookupError(undefined);
    if (!ok) {
      setAdres(null);
      report.current?.(null);
      return;
    }
    const ctl = new AbortController();
    const t = setTimeout(() => {
      setBusy(true);
      api
        .adres(pc, nr, ctl.signal)
        .then((a) => {
          setAdres(a);
          report.current?.(a);
        })
        .catch((e: unknown) => {
          if (ctl.signal.aborted) return;
          setAdres(null);
          report.current?.(null);
          if (e instanceof ApiError && (e.status === 422 || e.status === 404)) {
            const m = e.problem.errors?.find((x) => x.field.endsWith('postcode'))?.message;
            setLookupError(m ?? 'Deze postcode kennen we niet. Klopt hij? Woont u buiten de gemeente? Bel dan de sociaal makelaar.');
          }
        })
        .finally(() => !ctl.signal.aborted && setBusy(false));
    }, 300);
    return () => {
      clearTimeout(t);
      ctl.abort();
    };
  }, [ok, pc, nr]);

  return (
    <>
      <div className="bk-row">
        <TextField
          name="postcode"
          label="Postcode"
          hint="Bijvoorbeeld: 2011 AB"
          className="bk-short"
          autoComplete="postal-code"
          optional={optional}
          value={postcode}
          error={errors.postcode ?? lookupError}
          onValue={(x) => onChange('postcode', x.toUpperCase())}
          onBlur={() => onBlur('postcode')}
          maxLength={7}
        />
        <TextField
          name="huisnummer"
          label="Huisnummer"
          hint="Alleen het nummer"
          className="bk-short"
          inputMode="numeric"
          autoComplete="address-line2"
          optional={optional}
          value={huisnummer}
          error={errors.huisnummer}
          onValue={(x) => onChange('huisnummer', x)}
          onBlur={() => onBlur('huisnummer')}
          maxLength={5}
        />
      </div>
      <div aria-live="polite">
        {busy && <p className="utrecht-paragraph">Even zoeken…</p>}
        {adres && !busy && (
          <p className="bk-wijk">
            <Icon name="locatie" size={24} /> Wijk: {adres.wijk.naam}
            {adres.buurt ? `, buurt ${adres.buurt.naam}` : ''}
          </p>
        )}
      </div>
    </>
  );
}
