// The beheerder's page: categories, the Wijkservice settings, the matching weights, the gemeente's terms (SLA norms),
// accounts, failed jobs and the audit log. Every change goes straight to the api; its problem+json messages show at
// the field they are about.
import { useState, type FormEvent } from 'react';
import { ApiError, errorText } from '../api/client';
import {
  COMPONENTEN,
  COMPONENT_LABELS,
  ROLLEN,
  staff,
  type AccountRij,
  type AuditRegel,
  type CategorieBeheer,
  type Component,
  type Gewichten,
  type MisluktJob,
  type Werkgebied,
} from '../api/staff';
import type { Account } from '../api/types';
import { Alert, Button, ChoiceGroup, ErrorSummary, fieldId, TextField } from '../components/Form';
import { useLoad } from '../lib/feed';
import { mapServerErrors, type Errors } from '../lib/validate';
import { Link, usePageTitle } from '../router';
import { BeheerFormulier, GeladenSectie, Termijnen, useBeheerForm, WijkserviceInstellingenSectie } from './BeheerInstellingen';
import { ActionMessage, LoadState, useAction, wanneerKort } from './ui';
import './beheer.css';

const VLAGGEN: { key: 'vogVereist' | 'wijkserviceOpen' | 'betaaldWerk' | 'actief'; label: string }[] = [
  { key: 'actief', label: 'Actief' },
  { key: 'vogVereist', label: 'VOG nodig' },
  { key: 'wijkserviceOpen', label: 'Open voor Wijkservice' },
  { key: 'betaaldWerk', label: 'Betaald werk' },
];

function Categorieen() {
  const lijst = useLoad<CategorieBeheer[]>((s) => staff.categorieen(s), 'beheer-categorieen');
  const act = useAction();
  const zet = async (c: CategorieBeheer, key: (typeof VLAGGEN)[number]['key'], aan: boolean) => {
    const vlag = VLAGGEN.find((v) => v.key === key)?.label ?? key;
    const r = await act.run(`${c.code}:${key}`, () => staff.categorieWijzigen(c.code, { [key]: aan }), `${c.naam}: ${vlag} staat nu ${aan ? 'aan' : 'uit'}.`);
    if (r && lijst.data) lijst.set(lijst.data.map((x) => (x.code === c.code ? { ...x, ...r } : x)));
  };
  return (
    <section aria-labelledby="cat-kop" className="bk-section">
      <h2 id="cat-kop" className="utrecht-heading-2">
        Categorieën en Wijkservice
      </h2>
      <ActionMessage message={act.message} />
      <LoadState loading={lijst.loading && !lijst.data} error={lijst.error} what="De categorieën" retry={lijst.reload} />
      {lijst.data && (
        <div className="bk-tabel-wrap">
          <table className="bk-tabel bk-tabel--vlaggen">
            <caption>Per categorie: wat geldt er. Een vinkje wordt meteen opgeslagen.</caption>
            <thead>
              <tr>
                <th scope="col">Categorie</th>
                {VLAGGEN.map((v) => (
                  <th scope="col" key={v.key}>
                    {v.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lijst.data.map((c) => (
                <tr key={c.code}>
                  <th scope="row" id={`cat-${c.code}`}>
                    {c.naam}
                  </th>
                  {VLAGGEN.map((v) => (
                    <td key={v.key}>
                      <input
                        type="checkbox"
                        className="utrecht-checkbox utrecht-checkbox--html-input bk-check-groot"
                        id={`cat-${c.code}-${v.key}`}
                        aria-label={`${c.naam}: ${v.label}`}
                        checked={c[v.key]}
                        disabled={act.busy === `${c.code}:${v.key}`}
                        onChange={(e) => void zet(c, v.key, e.target.checked)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const gewichtVeld = (c: string) => `gewicht-${c}`;
const GEWICHT_LABELS = Object.fromEntries(COMPONENTEN.map((c) => [gewichtVeld(c), COMPONENT_LABELS[c]]));

function GewichtenForm({ start }: { start: Gewichten }) {
  const form = useBeheerForm(
    COMPONENTEN,
    gewichtVeld,
    'foutmeldingen-gewichten',
    () => Object.fromEntries(COMPONENTEN.map((c) => [c, String(start[c])])) as Record<Component, string>,
  );
  const g = form.waarden;
  const check = (c: Component): string | undefined => {
    const v = g[c].trim().replace(',', '.');
    if (v === '') return 'Vul een getal in van 0 tot en met 1.';
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0 || n > 1) return 'Het gewicht moet een getal van 0 tot en met 1 zijn.';
    return undefined;
  };
  const live: Errors = Object.fromEntries(COMPONENTEN.map((c) => [c, check(c)]));
  const fouten = form.fouten(live);
  const stuur = async () => {
    const body = Object.fromEntries(COMPONENTEN.map((c) => [c, Number(g[c].trim().replace(',', '.'))])) as Gewichten;
    const r = await staff.gewichten(body);
    form.setWaarden(Object.fromEntries(COMPONENTEN.map((c) => [c, String(r?.[c] ?? body[c])])) as Record<Component, string>);
    return 'De gewichten zijn opgeslagen. Nieuwe suggesties gebruiken ze meteen.';
  };
  return (
    <BeheerFormulier form={form} kop="gew-kop" live={live} labels={GEWICHT_LABELS} knop="Gewichten opslaan" stuur={stuur}>
      <div className="bk-gewichten">
        {COMPONENTEN.map((c) => {
          const id = fieldId(gewichtVeld(c));
          const n = Number(g[c].replace(',', '.'));
          return (
            <div key={c} className="bk-gewicht">
              <TextField
                name={gewichtVeld(c)}
                label={COMPONENT_LABELS[c]}
                inputMode="decimal"
                className="bk-short"
                value={g[c]}
                onValue={(v) => form.zet(c, v)}
                error={fouten[gewichtVeld(c)]}
              />
              <input
                type="range"
                min={0}
                max={1}
                step={0.05}
                className="bk-schuif"
                aria-label={`${COMPONENT_LABELS[c]} (schuifregelaar)`}
                aria-controls={id}
                value={Number.isFinite(n) ? Math.max(0, Math.min(1, n)) : 0}
                onChange={(e) => form.zet(c, e.target.value)}
              />
            </div>
          );
        })}
      </div>
    </BeheerFormulier>
  );
}

function GewichtenSectie() {
  return (
    <GeladenSectie
      kop="gew-kop"
      titel="Gewichten van de matching"
      wat="De gewichten"
      laad={staff.huidigeGewichten}
      intro="Hoe zwaar telt elk onderdeel mee in de score van een suggestie: 0 telt niet mee, 1 telt het zwaarst. Het formulier toont de gewichten die nu gelden."
    >
      {(data) => <GewichtenForm start={data} />}
    </GeladenSectie>
  );
}

function Accounts() {
  const lijst = useLoad<AccountRij[]>((s) => staff.accounts(s), 'beheer-accounts');
  const gebieden = useLoad<Werkgebied[]>((s) => staff.werkgebieden(s), 'beheer-werkgebieden');
  const [email, setEmail] = useState('');
  const [naam, setNaam] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [rollen, setRollen] = useState<string[]>([]);
  const [wg, setWg] = useState<string[]>([]);
  const [fouten, setFouten] = useState<Errors>({});
  const [algemeen, setAlgemeen] = useState<string[]>([]);
  const [ok, setOk] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const velden = ['email', 'naam', 'wachtwoord', 'rollen', 'werkgebieden'];
  const check = (): Errors => ({
    email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim()) ? undefined : 'Vul een geldig e-mailadres in.',
    naam: naam.trim() ? undefined : 'Vul een naam in.',
    wachtwoord: wachtwoord.length >= 12 ? undefined : 'Het wachtwoord moet minstens 12 tekens hebben.',
    rollen: rollen.length ? undefined : 'Kies minstens één rol.',
  });
  const maak = async (e: FormEvent) => {
    e.preventDefault();
    setOk(null);
    setAlgemeen([]);
    const f = check();
    setFouten(f);
    if (Object.values(f).some(Boolean)) {
      document.getElementById('foutmeldingen-account')?.focus();
      return;
    }
    setBusy(true);
    try {
      const r = await staff.accountAanmaken({ email: email.trim(), naam: naam.trim(), wachtwoord, rollen, ...(wg.length ? { werkgebieden: wg } : {}) });
      setOk(`Account ${r.email} is aangemaakt.`);
      setEmail('');
      setNaam('');
      setWachtwoord('');
      setRollen([]);
      setWg([]);
      lijst.reload();
    } catch (err) {
      if (err instanceof ApiError && err.problem.errors?.length) {
        const { byField, rest } = mapServerErrors(err.problem.errors, velden);
        setFouten(byField);
        setAlgemeen(rest);
      } else setAlgemeen([errorText(err)]);
      document.getElementById('foutmeldingen-account')?.focus();
    } finally {
      setBusy(false);
    }
  };
  const gebiedNaam = (id: string) => gebieden.data?.find((g) => g.id === id)?.naam ?? id;
  return (
    <section aria-labelledby="acc-kop" className="bk-section">
      <h2 id="acc-kop" className="utrecht-heading-2">
        Accounts
      </h2>
      <LoadState loading={lijst.loading && !lijst.data} error={lijst.error} what="De accounts" retry={lijst.reload} />
      {lijst.data && (
        <div className="bk-tabel-wrap">
          <table className="bk-tabel">
            <caption>Accounts van medewerkers en deelnemers ({lijst.data.length})</caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">E-mail</th>
                <th scope="col">Rollen</th>
                <th scope="col">Werkgebieden</th>
                <th scope="col">Laatst ingelogd</th>
              </tr>
            </thead>
            <tbody>
              {lijst.data.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.naam}
                    {a.actief ? '' : ' (niet actief)'}
                  </th>
                  <td className="bk-breek">{a.email}</td>
                  <td>{a.rollen.join(', ')}</td>
                  <td>{a.werkgebieden.map(gebiedNaam).join(', ') || '–'}</td>
                  <td>{a.laatstIngelogd ? wanneerKort(a.laatstIngelogd) : 'nooit'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="utrecht-heading-3">Nieuw account</h3>
      <form onSubmit={maak} noValidate className="bk-form bk-inline-form">
        <div id="foutmeldingen-account" tabIndex={-1}>
          <ErrorSummary errors={fouten} labels={{ email: 'E-mailadres', naam: 'Naam', wachtwoord: 'Wachtwoord', rollen: 'Rollen' }} general={algemeen} />
        </div>
        <TextField name="email" label="E-mailadres" type="email" autoComplete="off" value={email} onValue={setEmail} error={fouten.email} />
        <TextField name="naam" label="Naam" value={naam} onValue={setNaam} error={fouten.naam} />
        <TextField
          name="wachtwoord"
          label="Eerste wachtwoord"
          type="password"
          autoComplete="new-password"
          hint="Minstens 12 tekens. Geef het wachtwoord persoonlijk door."
          value={wachtwoord}
          onValue={setWachtwoord}
          error={fouten.wachtwoord}
        />
        <ChoiceGroup
          name="rollen"
          legend="Rollen"
          multiple
          options={ROLLEN.map((r) => ({ value: r, label: r }))}
          value={rollen}
          onValue={(v) => setRollen(v as string[])}
          error={fouten.rollen}
        />
        {gebieden.data && gebieden.data.length > 0 && (
          <ChoiceGroup
            name="werkgebieden"
            legend="Werkgebieden (voor makelaars)"
            hint="De wijken waarvan deze makelaar de taken ziet."
            multiple
            options={gebieden.data.map((g) => ({ value: g.id, label: g.naam }))}
            value={wg}
            onValue={(v) => setWg(v as string[])}
            error={fouten.werkgebieden}
          />
        )}
        <div className="bk-actions">
          <Button type="submit" disabled={busy}>
            {busy ? 'Bezig…' : 'Account aanmaken'}
          </Button>
        </div>
        <div aria-live="polite">{ok && <Alert kind="ok">{ok}</Alert>}</div>
      </form>
    </section>
  );
}

function Jobs() {
  const lijst = useLoad<MisluktJob[]>((s) => staff.mislukteJobs(s), 'beheer-jobs');
  const act = useAction();
  const opnieuw = async (j: MisluktJob) => {
    if (await act.run(`${j.queue}/${j.id}`, () => staff.jobOpnieuw(j.queue, j.id), `Job ${j.naam} (${j.queue}) wordt opnieuw geprobeerd.`)) lijst.reload();
  };
  return (
    <section aria-labelledby="jobs-kop" className="bk-section">
      <h2 id="jobs-kop" className="utrecht-heading-2">
        Mislukte jobs
      </h2>
      <ActionMessage message={act.message} />
      <LoadState loading={lijst.loading && !lijst.data} error={lijst.error} what="De mislukte jobs" retry={lijst.reload} />
      {lijst.data && !lijst.data.length && <p className="utrecht-paragraph">Er zijn geen mislukte jobs.</p>}
      {lijst.data && lijst.data.length > 0 && (
        <ul className="bk-kaarten">
          {lijst.data.map((j) => (
            <li key={`${j.queue}/${j.id}`} className="bk-kaart">
              <h3 className="bk-h5">
                {j.naam}{' '}
                <span className="bk-muted">
                  ({j.queue}, nummer {j.id})
                </span>
              </h3>
              <p>
                {j.pogingen} pogingen; mislukt {j.misluktOp ? wanneerKort(j.misluktOp) : 'onbekend'}
              </p>
              {j.reden && <p className="bk-breek">Reden: {j.reden}</p>}
              <Button variant="secondary" disabled={act.busy === `${j.queue}/${j.id}`} onClick={() => void opnieuw(j)}>
                Opnieuw proberen<span className="bk-visually-hidden">: {j.naam}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Button variant="subtle" onClick={lijst.reload}>
        Lijst verversen
      </Button>
    </section>
  );
}

function AuditLog() {
  const [paginas, setPaginas] = useState<string[]>(['']);
  const [regels, setRegels] = useState<AuditRegel[]>([]);
  const [einde, setEinde] = useState(false);
  const voor = paginas[paginas.length - 1];
  const pagina = useLoad<AuditRegel[]>(
    (s) =>
      staff.auditLog(voor || undefined, s).then((r) => {
        setRegels((oud) => (voor ? [...oud, ...r.filter((x) => !oud.some((o) => o.id === x.id))] : r));
        setEinde(r.length < 50);
        return r;
      }),
    `audit:${voor}`,
  );
  return (
    <section aria-labelledby="audit-kop" className="bk-section">
      <h2 id="audit-kop" className="utrecht-heading-2">
        Auditlog
      </h2>
      <p className="utrecht-paragraph">Wie heeft wat gedaan met gegevens, nieuwste eerst.</p>
      {regels.length > 0 && (
        <div className="bk-tabel-wrap">
          <table className="bk-tabel">
            <caption>Auditlog, nieuwste eerst ({regels.length} regels geladen)</caption>
            <thead>
              <tr>
                <th scope="col">Wanneer</th>
                <th scope="col">Actie</th>
                <th scope="col">Wat</th>
                <th scope="col">Rol</th>
              </tr>
            </thead>
            <tbody>
              {regels.map((r) => (
                <tr key={r.id}>
                  <td>{wanneerKort(r.at)}</td>
                  <td>{r.actie}</td>
                  <td className="bk-breek">
                    {r.objectType}
                    {r.objectId ? ` ${r.objectId}` : ''}
                  </td>
                  <td>{r.rollen.join(', ') || 'systeem'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadState loading={pagina.loading} error={pagina.error} what="Het auditlog" retry={pagina.reload} />
      {!pagina.loading && !regels.length && !pagina.error && <p className="utrecht-paragraph">Het auditlog is nog leeg.</p>}
      <div className="bk-actions--wrap">
        {!einde && regels.length > 0 && (
          <Button variant="secondary" disabled={pagina.loading} onClick={() => setPaginas((p) => [...p, regels[regels.length - 1].id])}>
            Oudere regels laden
          </Button>
        )}
        <Button
          variant="subtle"
          onClick={() => {
            setRegels([]);
            if (paginas.length === 1) pagina.reload();
            else setPaginas(['']);
          }}
        >
          Nieuwste regels
        </Button>
      </div>
    </section>
  );
}

export default function Beheer({ account }: { account: Account }) {
  usePageTitle('Beheer');
  return (
    <>
      <h1 className="utrecht-heading-1">Beheer</h1>
      <p className="utrecht-paragraph">Ingelogd als beheerder ({account.email}). Wijzigingen gelden meteen voor de hele gemeente.</p>
      <nav aria-label="Op deze pagina" className="bk-inhoud">
        <ul>
          <li>
            <a href="#cat-kop">Categorieën</a>
          </li>
          <li>
            <a href="#ws-kop">Wijkservice</a>
          </li>
          <li>
            <a href="#gew-kop">Gewichten</a>
          </li>
          <li>
            <a href="#term-kop">Termijnen</a>
          </li>
          <li>
            <a href="#acc-kop">Accounts</a>
          </li>
          <li>
            <a href="#jobs-kop">Mislukte jobs</a>
          </li>
          <li>
            <a href="#audit-kop">Auditlog</a>
          </li>
          <li>
            <Link href="/mijn/kerncijfers">Kerncijfers</Link>
          </li>
        </ul>
      </nav>
      <Categorieen />
      <WijkserviceInstellingenSectie />
      <GewichtenSectie />
      <Termijnen />
      <Accounts />
      <Jobs />
      <AuditLog />
    </>
  );
}
