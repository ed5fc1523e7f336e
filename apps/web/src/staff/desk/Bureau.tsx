// The werkvoorraad: tasks, most urgent first (the server sorts), with the exact words to say, and the actions
// claim, snooze with a reason, complete with an outcome. Built for a makelaar with a phone in one hand.
import { memo, useState, type FormEvent } from 'react';
import { staff, TAAK_UITKOMSTEN, downloadMetToken, type Taak, type TaakUitkomst, type Hulpvraag } from '../../api/staff';
import type { Account } from '../../api/types';
import { Button, ChoiceGroup, SelectField, TextArea, TextField } from '../../components/Form';
import { Icon } from '../../components/Icon';
import { errorText } from '../../api/client';
import { categorieNaam } from '../../lib/categories';
import { useFeed, useLoad } from '../../lib/feed';
import { telHref } from '../../lib/format';
import { Link, usePageTitle } from '../../router';
import { ActionMessage, Badge, LoadState, useAction, wanneerKort } from '../ui';
import { deskPath, takenFeed, useWijkNamen } from './paths';

const PRIO: Record<string, { label: string; kind: 'spoed' | 'hoog' | 'neutraal' | 'laag' }> = {
  spoed: { label: 'Spoed', kind: 'spoed' },
  hoog: { label: 'Hoog', kind: 'hoog' },
  normaal: { label: 'Normaal', kind: 'neutraal' },
  laag: { label: 'Laag', kind: 'laag' },
};
const TAAK_STATUS: Record<string, string> = { open: 'Nog niet opgepakt', opgepakt: 'Opgepakt', uitgesteld: 'Uitgesteld', afgerond: 'Afgerond' };

/** a Dutch phone number in a task title ("Bel Truus (0612345678): …"), for a tap-to-call link */
const telefoonIn = (s: string) => s.match(/(?:\+31|0)[1-9](?:[\s-]?\d){8}/)?.[0];

function uitstelOpties(now = new Date()) {
  const at = (days: number, hour: number) => {
    const d = new Date(now);
    d.setDate(d.getDate() + days);
    d.setHours(hour, 0, 0, 0);
    return d;
  };
  const maandag = at(((8 - now.getDay()) % 7) + (now.getDay() === 1 ? 7 : 0) || 7, 9);
  return [
    { label: 'Over 2 uur', tot: new Date(now.getTime() + 2 * 3_600_000) },
    { label: 'Morgen om 9 uur', tot: at(1, 9) },
    { label: 'Overmorgen om 9 uur', tot: at(2, 9) },
    { label: 'Volgende week maandag', tot: maandag },
  ];
}

type Open = { id: string; kind: 'afronden' | 'uitstellen' } | null;

export function Bureau({ account }: { account: Account }) {
  usePageTitle('Werkvoorraad');
  const [mijn, setMijn] = useState(false);
  const feed = takenFeed(mijn);
  const { data: taken, error, loading, at } = useFeed(feed);
  const wijken = useWijkNamen();
  const [open, setOpen] = useState<Open>(null);
  const act = useAction();

  const doe = async (t: Taak, key: string, fn: () => Promise<Taak>, ok: string) => {
    const r = await act.run(`${t.id}:${key}`, fn, ok);
    if (r) {
      feed.update((list) => (r.status === 'afgerond' ? list.filter((x) => x.id !== r.id) : list.map((x) => (x.id === r.id ? r : x))));
      setOpen(null);
      void feed.refresh();
    }
  };

  return (
    <>
      <div className="bk-desk-kop">
        <h1 className="utrecht-heading-1">Werkvoorraad</h1>
        <Link href={deskPath.intake} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action bk-button-link">
          <Icon name="telefoon" size={24} /> Nieuwe intake
        </Link>
      </div>
      <ActionMessage message={act.message} />
      <div className="bk-desk">
        <section aria-labelledby="taken-kop" className="bk-desk__taken">
          <div className="bk-row bk-row--center">
            <h2 id="taken-kop" className="utrecht-heading-2">
              Taken{taken ? ` (${taken.length})` : ''}
            </h2>
            <div className="bk-segmented" role="group" aria-label="Welke taken">
              <button type="button" aria-pressed={!mijn} onClick={() => setMijn(false)}>
                Alle
              </button>
              <button type="button" aria-pressed={mijn} onClick={() => setMijn(true)}>
                Mijn taken
              </button>
            </div>
          </div>
          <p className="bk-muted" aria-live="off">
            Ververst elke 15 seconden{at ? `; bijgewerkt om ${new Date(at).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' })}` : ''}.
          </p>
          {!taken && <LoadState loading={loading} error={error} what="De taken" retry={() => void feed.refresh()} />}
          {taken && taken.length === 0 && <p className="utrecht-paragraph">Er zijn geen taken. Goed gedaan!</p>}
          {taken && taken.length > 0 && (
            <ol className="bk-taken">
              {taken.map((t) => (
                <TaakKaart
                  key={t.id}
                  taak={t}
                  wijk={t.wijk ? (wijken.get(t.wijk) ?? t.wijk) : ''}
                  mijn={t.toegewezenAan === account.id}
                  open={open?.id === t.id ? open.kind : null}
                  busy={act.busy?.startsWith(t.id) ?? false}
                  onOpen={(kind) => setOpen(kind ? { id: t.id, kind } : null)}
                  onOppakken={() => doe(t, 'oppakken', () => staff.oppakken(t.id), `Opgepakt: ${t.titel}`)}
                  onAfronden={(u, toelichting) => doe(t, 'afronden', () => staff.afronden(t.id, u, toelichting), `Afgerond: ${t.titel}`)}
                  onUitstellen={(reden, tot) =>
                    doe(t, 'uitstellen', () => staff.uitstellen(t.id, reden, tot), `Uitgesteld tot ${wanneerKort(tot)}: ${t.titel}`)
                  }
                />
              ))}
            </ol>
          )}
        </section>
        <aside className="bk-desk__zij" aria-label="Hulpvragen en printen">
          <OpenHulpvragen />
          <Printen />
        </aside>
      </div>
    </>
  );
}

const TaakKaart = memo(function TaakKaart({
  taak: t,
  wijk,
  mijn,
  open,
  busy,
  onOpen,
  onOppakken,
  onAfronden,
  onUitstellen,
}: {
  taak: Taak;
  wijk: string;
  mijn: boolean;
  open: 'afronden' | 'uitstellen' | null;
  busy: boolean;
  onOpen: (kind: 'afronden' | 'uitstellen' | null) => void;
  onOppakken: () => void;
  onAfronden: (u: TaakUitkomst, toelichting?: string) => void;
  onUitstellen: (reden: string, tot: string) => void;
}) {
  const prio = PRIO[t.prioriteit] ?? { label: t.prioriteit, kind: 'neutraal' as const };
  const tel = telefoonIn(t.titel);
  const telaat = t.vervaltOp ? new Date(t.vervaltOp).getTime() < Date.now() : false;
  const kop = `taak-${t.id}`;
  return (
    <li className={`bk-taak bk-taak--${prio.kind}`} aria-labelledby={kop}>
      <div className="bk-taak__meta">
        <Badge kind={prio.kind}>{prio.label}</Badge>
        {t.vervaltOp && (
          <Badge kind={telaat ? 'let-op' : 'neutraal'}>{telaat ? `Te laat: was ${wanneerKort(t.vervaltOp)}` : `Vóór ${wanneerKort(t.vervaltOp)}`}</Badge>
        )}
        <span className="bk-muted">
          {TAAK_STATUS[t.status] ?? t.status}
          {mijn ? ' door u' : ''}
          {t.status === 'uitgesteld' && t.uitgesteldTot ? ` tot ${wanneerKort(t.uitgesteldTot)}` : ''}
          {wijk ? ` · ${wijk}` : ''}
        </span>
      </div>
      <h3 className="bk-taak__titel" id={kop}>
        {t.titel}
      </h3>
      {t.instructie && (
        <div className="bk-zeg">
          <p className="bk-zeg__kop">Zeg:</p>
          <p className="bk-zeg__tekst">{t.instructie}</p>
        </div>
      )}
      <div className="bk-taak__acties">
        {tel && (
          <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action bk-button-link" href={telHref(tel)}>
            <Icon name="telefoon" size={20} /> Bel {tel}
          </a>
        )}
        {t.status !== 'opgepakt' && (
          <Button onClick={onOppakken} disabled={busy} aria-describedby={kop}>
            Oppakken
          </Button>
        )}
        <Button
          variant={t.status === 'opgepakt' ? 'primary' : 'secondary'}
          aria-expanded={open === 'afronden'}
          aria-describedby={kop}
          onClick={() => onOpen(open === 'afronden' ? null : 'afronden')}
        >
          Afronden
        </Button>
        <Button
          variant="secondary"
          aria-expanded={open === 'uitstellen'}
          aria-describedby={kop}
          onClick={() => onOpen(open === 'uitstellen' ? null : 'uitstellen')}
        >
          Uitstellen
        </Button>
        {t.hulpvraagId && (
          <Link href={deskPath.hulpvraag(t.hulpvraagId)} className="bk-taak__link">
            Helpers
          </Link>
        )}
        {t.deelnemerId && (
          <Link href={deskPath.deelnemer(t.deelnemerId)} className="bk-taak__link">
            Dossier
          </Link>
        )}
      </div>
      {open === 'afronden' && <AfrondForm id={t.id} busy={busy} onSubmit={onAfronden} onCancel={() => onOpen(null)} />}
      {open === 'uitstellen' && <UitstelForm id={t.id} busy={busy} onSubmit={onUitstellen} onCancel={() => onOpen(null)} />}
    </li>
  );
});

function AfrondForm({ id, busy, onSubmit, onCancel }: { id: string; busy: boolean; onSubmit: (u: TaakUitkomst, t?: string) => void; onCancel: () => void }) {
  const [uitkomst, setUitkomst] = useState<string>('');
  const [toelichting, setToelichting] = useState('');
  const [fout, setFout] = useState<string | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!uitkomst) return setFout('Kies hoe het afliep.');
    onSubmit(uitkomst as TaakUitkomst, toelichting.trim() || undefined);
  };
  return (
    <form className="bk-inline-form" onSubmit={submit} noValidate>
      <ChoiceGroup
        name={`uitkomst-${id}`}
        legend="Hoe liep het af?"
        error={fout}
        options={TAAK_UITKOMSTEN.map((u) => ({ value: u.value, label: u.label }))}
        value={uitkomst}
        onValue={(v) => {
          setUitkomst(v as string);
          setFout(undefined);
        }}
      />
      <TextArea name={`toelichting-${id}`} label="Toelichting" optional value={toelichting} onValue={setToelichting} maxLength={1000} />
      <div className="bk-actions">
        <Button type="submit" disabled={busy}>
          Taak afronden
        </Button>
        <Button variant="subtle" onClick={onCancel}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}

function UitstelForm({ id, busy, onSubmit, onCancel }: { id: string; busy: boolean; onSubmit: (reden: string, tot: string) => void; onCancel: () => void }) {
  const [opties] = useState(() => uitstelOpties());
  const [reden, setReden] = useState('');
  const [tot, setTot] = useState('1');
  const [fout, setFout] = useState<string | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reden.trim().length < 3) return setFout('Schrijf kort waarom, bijvoorbeeld: niet thuis.');
    onSubmit(reden.trim(), opties[Number(tot)].tot.toISOString());
  };
  return (
    <form className="bk-inline-form" onSubmit={submit} noValidate>
      <TextField
        name={`reden-${id}`}
        label="Waarom uitstellen?"
        hint="Bijvoorbeeld: niet thuis, belt zelf terug"
        value={reden}
        error={fout}
        onValue={(v) => {
          setReden(v);
          setFout(undefined);
        }}
        autoFocus
      />
      <SelectField name={`tot-${id}`} label="Tot wanneer?" value={tot} onValue={setTot}>
        {opties.map((o, i) => (
          <option key={o.label} value={String(i)}>
            {o.label} ({wanneerKort(o.tot.toISOString())})
          </option>
        ))}
      </SelectField>
      <div className="bk-actions">
        <Button type="submit" disabled={busy}>
          Taak uitstellen
        </Button>
        <Button variant="subtle" onClick={onCancel}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}

function OpenHulpvragen() {
  const { data, error, loading, reload } = useLoad<Hulpvraag[]>((s) => staff.hulpvragen({ status: 'open' }, s), 'open-hulpvragen');
  return (
    <section aria-labelledby="hv-kop" className="bk-zijblok">
      <h2 id="hv-kop" className="utrecht-heading-2">
        Open hulpvragen
      </h2>
      {!data && <LoadState loading={loading} error={error} what="De hulpvragen" retry={reload} />}
      {data && data.length === 0 && <p className="utrecht-paragraph">Geen open hulpvragen.</p>}
      {data && data.length > 0 && (
        <ul className="bk-lijst">
          {data.slice(0, 30).map((h) => (
            <li key={h.id}>
              <Link href={deskPath.hulpvraag(h.id)}>
                {h.referentie}: {h.titel}
              </Link>
              <span className="bk-muted">
                {' '}
                · {categorieNaam(h.categorie)} · {h.wanneer}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Printen() {
  const wijken = useWijkNamen();
  const [wijk, setWijk] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const haal = (ext: 'pdf' | 'csv') => {
    setFout(null);
    downloadMetToken(`/bellijst.${ext}`, `bellijst.${ext}`).catch((e: unknown) => setFout(`De bellijst downloaden lukte niet. ${errorText(e)}`));
  };
  const eerste = wijk || [...wijken.keys()][0] || '';
  return (
    <section aria-labelledby="print-kop" className="bk-zijblok">
      <h2 id="print-kop" className="utrecht-heading-2">
        Printen
      </h2>
      <div className="bk-actions bk-actions--wrap">
        <Button variant="secondary" onClick={() => haal('pdf')}>
          Bellijst (PDF)
        </Button>
        <Button variant="secondary" onClick={() => haal('csv')}>
          Bellijst (Excel, CSV)
        </Button>
      </div>
      <div aria-live="polite">{fout && <p className="bk-fout">{fout}</p>}</div>
      <SelectField name="prikbord-wijk" label="Prikbordblad voor de wijk" value={eerste} onValue={setWijk}>
        {[...wijken].map(([code, naam]) => (
          <option key={code} value={code}>
            {naam}
          </option>
        ))}
      </SelectField>
      {eerste && (
        <a className="utrecht-link utrecht-link--html-a bk-download" href={`/api/v1/prikbord/${encodeURIComponent(eerste)}.pdf`} target="_blank" rel="noopener">
          Prikbordblad {wijken.get(eerste) ?? eerste} openen (PDF)
        </a>
      )}
    </section>
  );
}
