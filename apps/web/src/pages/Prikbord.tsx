// The prikbord: open hulpvragen and aanbod, per wijk, with filters, search and "meer laden" (cursor).
import { useEffect, useRef, useState } from 'react';
import { api, errorText } from '../api/client';
import type { PrikbordItem, PrikbordType, Wijk } from '../api/types';
import { Button, ChoiceGroup, SelectField, TextField } from '../components/Form';
import { PrikbordCard } from '../components/PrikbordCard';
import { useCategorieen } from '../lib/categories';
import { navigate, useLocation, usePageTitle } from '../router';

const LIMIT = 12;

export default function Prikbord() {
  usePageTitle('Prikbord');
  const { search } = useLocation();
  const categorieen = useCategorieen();
  const [wijken, setWijken] = useState<Wijk[]>([]);
  const wijk = search.get('wijk') ?? '';
  const categorie = search.get('categorie') ?? '';
  const type = search.get('type') ?? '';
  const q = search.get('q') ?? '';
  const [zoek, setZoek] = useState(q);
  const [items, setItems] = useState<PrikbordItem[]>([]);
  const [volgende, setVolgende] = useState<string | null>(null);
  const [state, setState] = useState<'laden' | 'klaar' | 'fout'>('laden');
  const [fout, setFout] = useState('');
  const [meer, setMeer] = useState(false);
  const firstNew = useRef<HTMLLIElement>(null);
  const focusFrom = useRef<number | null>(null);

  const setParam = (k: string, val: string) => {
    const p = new URLSearchParams(search);
    if (val) p.set(k, val);
    else p.delete(k);
    const s = p.toString();
    navigate(`/prikbord${s ? `?${s}` : ''}`, { replace: true });
  };

  useEffect(() => {
    const ctl = new AbortController();
    api
      .wijken(ctl.signal)
      .then(setWijken)
      .catch(() => undefined);
    return () => ctl.abort();
  }, []);

  useEffect(() => {
    const ctl = new AbortController();
    setState('laden');
    api
      .prikbord({ wijk, categorie, q, type: (type || undefined) as PrikbordType | undefined, limit: LIMIT }, ctl.signal)
      .then((p) => {
        setItems(p.items);
        setVolgende(p.volgende);
        setState('klaar');
      })
      .catch((e: unknown) => {
        if (ctl.signal.aborted) return;
        setFout(errorText(e));
        setState('fout');
      });
    return () => ctl.abort();
  }, [wijk, categorie, q, type]);

  useEffect(() => {
    if (focusFrom.current !== null) {
      firstNew.current?.querySelector<HTMLElement>('h2')?.focus();
      focusFrom.current = null;
    }
  }, [items]);

  const laadMeer = async () => {
    if (!volgende) return;
    setMeer(true);
    try {
      const p = await api.prikbord({ wijk, categorie, q, type: (type || undefined) as PrikbordType | undefined, cursor: volgende, limit: LIMIT });
      focusFrom.current = items.length;
      setItems((xs) => [...xs, ...p.items]);
      setVolgende(p.volgende);
    } catch (e) {
      setFout(errorText(e));
    } finally {
      setMeer(false);
    }
  };

  return (
    <>
      <h1 className="utrecht-heading-1">Prikbord</h1>
      <p className="utrecht-paragraph">Hier ziet u wat buren vragen en bieden. Wilt u reageren? Bel de sociaal makelaar en noem het nummer.</p>
      <form
        className="bk-filters"
        role="search"
        aria-label="Zoeken op het prikbord"
        onSubmit={(e) => {
          e.preventDefault();
          setParam('q', zoek.trim());
        }}
      >
        <SelectField name="wijk" label="Wijk" value={wijk} onValue={(x) => setParam('wijk', x)}>
          <option value="">Alle wijken</option>
          {wijken.map((w) => (
            <option key={w.code} value={w.code}>
              {w.naam}
            </option>
          ))}
        </SelectField>
        <SelectField name="categorie" label="Soort hulp" value={categorie} onValue={(x) => setParam('categorie', x)}>
          <option value="">Alle soorten</option>
          {categorieen.map((c) => (
            <option key={c.code} value={c.code}>
              {c.naam}
            </option>
          ))}
        </SelectField>
        <ChoiceGroup
          name="type"
          legend="Laat zien"
          value={type}
          onValue={(x) => setParam('type', String(x))}
          options={[
            { value: '', label: 'Beide' },
            { value: 'hulpvraag', label: 'Hulpvragen' },
            { value: 'aanbod', label: 'Aanbod' },
          ]}
        />
        <div>
          <TextField name="q" label="Zoek op een woord" type="search" value={zoek} onValue={setZoek} optional />
          <Button type="submit" variant="secondary">
            Zoeken
          </Button>
        </div>
      </form>

      <div aria-live="polite" className="bk-visually-hidden">
        {state === 'klaar' ? `${items.length} ${items.length === 1 ? 'resultaat' : 'resultaten'}${volgende ? ', er zijn er meer' : ''}` : ''}
      </div>
      {state === 'laden' && (
        <p className="utrecht-paragraph" role="status">
          Het prikbord wordt geladen…
        </p>
      )}
      {state === 'fout' && (
        <p className="utrecht-paragraph" role="alert">
          {fout}
        </p>
      )}
      {state === 'klaar' && !items.length && (
        <p className="utrecht-paragraph">Niets gevonden. Kies een andere wijk of soort hulp, of zoek op een ander woord.</p>
      )}
      {state === 'klaar' && items.length > 0 && (
        <ul className="bk-cards">
          {items.map((it, i) => (
            <li key={`${it.type}-${it.id}`} ref={i === focusFrom.current ? firstNew : undefined}>
              <PrikbordCard item={it} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      {state === 'klaar' && volgende && (
        <Button variant="secondary" onClick={laadMeer} disabled={meer} aria-busy={meer || undefined}>
          {meer ? 'Bezig met laden…' : 'Meer laden'}
        </Button>
      )}
    </>
  );
}
