// "Ik zoek hulp": what, when, where, who, then the reference number and what happens next.
import { useRef, useState, type FormEvent } from 'react';
import { api, newKey } from '../api/client';
import type { HulpvraagIntake, Venster } from '../api/types';
import { AdresFields } from '../components/AdresFields';
import { Alert, CheckboxField, ChoiceGroup, ErrorSummary, SelectField, TextArea, TextField } from '../components/Form';
import { Bevestiging } from '../components/Bevestiging';
import { Icon } from '../components/Icon';
import { StapKnoppen, Steps } from '../components/Steps';
import { useCategorieen } from '../lib/categories';
import { useDraft } from '../lib/draft';
import { useFormState } from '../lib/form';
import { DAGEN } from '../lib/format';
import * as v from '../lib/validate';
import { Link, usePageTitle } from '../router';
import { DoorverwijsHint, EigenKrachtHint } from './hints';

const STEPS = ['Wat', 'Wanneer', 'Waar', 'Wie'];

interface Draft {
  sleutel: string;
  step: number;
  categorie: string;
  titel: string;
  omschrijving: string;
  soort: '' | Venster['soort'];
  datum: string;
  tijd: string;
  uiterlijk: string;
  dag: string;
  dagdeel: string;
  interval: string;
  duur: string;
  postcode: string;
  huisnummer: string;
  voornaam: string;
  achternaam: string;
  telefoon: string;
  email: string;
  contactVoorkeur: string;
  namens: boolean;
  namensNaam: string;
  namensRelatie: string;
  namensTelefoon: string;
  toestemming: boolean;
}

const EMPTY: Draft = {
  sleutel: '',
  step: 0,
  categorie: '',
  titel: '',
  omschrijving: '',
  soort: '',
  datum: '',
  tijd: '',
  uiterlijk: '',
  dag: '',
  dagdeel: '',
  interval: '1',
  duur: '60',
  postcode: '',
  huisnummer: '',
  voornaam: '',
  achternaam: '',
  telefoon: '',
  email: '',
  contactVoorkeur: 'telefoon',
  namens: false,
  namensNaam: '',
  namensRelatie: '',
  namensTelefoon: '',
  toestemming: false,
};

/** form field name → step, and the server's name for it (errors[].field tail) */
const FIELDS: Record<string, { step: number; label: string; key: keyof Draft }> = {
  categorie: { step: 0, label: 'Soort hulp', key: 'categorie' },
  titel: { step: 0, label: 'Korte titel', key: 'titel' },
  omschrijving: { step: 0, label: 'Uitleg', key: 'omschrijving' },
  'venster.soort': { step: 1, label: 'Wanneer', key: 'soort' },
  'venster.start': { step: 1, label: 'Datum', key: 'datum' },
  tijd: { step: 1, label: 'Tijd', key: 'tijd' },
  'venster.eind': { step: 1, label: 'Uiterlijk', key: 'uiterlijk' },
  'venster.rrule': { step: 1, label: 'Dag', key: 'dag' },
  dagdeel: { step: 1, label: 'Dagdeel', key: 'dagdeel' },
  duurMinuten: { step: 1, label: 'Hoe lang', key: 'duur' },
  postcode: { step: 2, label: 'Postcode', key: 'postcode' },
  huisnummer: { step: 2, label: 'Huisnummer', key: 'huisnummer' },
  voornaam: { step: 3, label: 'Voornaam', key: 'voornaam' },
  achternaam: { step: 3, label: 'Achternaam', key: 'achternaam' },
  telefoon: { step: 3, label: 'Telefoonnummer', key: 'telefoon' },
  email: { step: 3, label: 'E-mailadres', key: 'email' },
  contactVoorkeur: { step: 3, label: 'Contact', key: 'contactVoorkeur' },
  'namens.naam': { step: 3, label: 'Naam van uw naaste', key: 'namensNaam' },
  'namens.relatie': { step: 3, label: 'Relatie', key: 'namensRelatie' },
  'namens.telefoon': { step: 3, label: 'Telefoonnummer van uw naaste', key: 'namensTelefoon' },
  toestemming: { step: 3, label: 'Toestemming', key: 'toestemming' },
};
const NAMES = Object.keys(FIELDS);
const LABELS = Object.fromEntries(NAMES.map((n) => [n, FIELDS[n].label]));

const DAGDELEN: Record<string, { label: string; uur: number }> = {
  ochtend: { label: "'s Ochtends (9 tot 12 uur)", uur: 9 },
  middag: { label: "'s Middags (12 tot 17 uur)", uur: 13 },
  avond: { label: "'s Avonds (17 tot 21 uur)", uur: 18 },
};
const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const today = () => new Date().toISOString().slice(0, 10);

function check(d: Draft): v.Errors {
  const e: v.Errors = {};
  e.categorie = d.categorie ? undefined : 'Kies waar u hulp bij zoekt.';
  e.titel = v.required(d.titel, 'Schrijf in een paar woorden wat u zoekt.') ?? v.length(d.titel, 5, 80, 'wat u zoekt');
  e.omschrijving = v.required(d.omschrijving, 'Vertel kort wat er moet gebeuren.') ?? v.length(d.omschrijving, 10, 1000, 'wat er moet gebeuren');
  e['venster.soort'] = d.soort ? undefined : 'Kies wanneer u hulp nodig hebt.';
  if (d.soort === 'eenmalig') {
    e['venster.start'] = !d.datum ? 'Kies een datum.' : d.datum < today() ? 'Deze datum is al voorbij. Kies een datum vanaf vandaag.' : undefined;
    e.tijd = d.tijd ? undefined : 'Kies een tijd.';
  }
  if (d.soort === 'flexibel' && d.uiterlijk && d.uiterlijk < today()) e['venster.eind'] = 'Deze datum is al voorbij.';
  if (d.soort === 'terugkerend') {
    e['venster.rrule'] = d.dag ? undefined : 'Kies een dag.';
    e.dagdeel = d.dagdeel ? undefined : 'Kies een dagdeel.';
  }
  e.postcode = v.postcode(d.postcode);
  e.huisnummer = v.huisnummer(d.huisnummer);
  e.voornaam = v.required(d.voornaam, 'Vul uw voornaam in.');
  e.telefoon = v.telefoon(d.telefoon);
  e.email = v.email(d.email, d.contactVoorkeur === 'email');
  if (d.namens) {
    e['namens.naam'] = v.required(d.namensNaam, 'Vul de naam in van de persoon die hulp nodig heeft.');
    e['namens.relatie'] = v.required(d.namensRelatie, 'Vul in wie deze persoon voor u is.');
    e['namens.telefoon'] = v.telefoon(d.namensTelefoon);
  }
  e.toestemming = d.toestemming ? undefined : 'Zet een vinkje. Anders kunnen we uw vraag niet doorgeven.';
  return e;
}

function nextWeekday(dag: number, uur: number): Date {
  const d = new Date();
  d.setHours(uur, 0, 0, 0);
  const diff = (dag - (((d.getDay() + 6) % 7) + 1) + 7) % 7 || 7;
  d.setDate(d.getDate() + diff);
  return d;
}

function venster(d: Draft): Venster {
  const duur = Number(d.duur) * 60_000;
  if (d.soort === 'eenmalig') {
    const start = new Date(`${d.datum}T${d.tijd}`);
    return { soort: 'eenmalig', start: start.toISOString(), eind: new Date(start.getTime() + duur).toISOString() };
  }
  if (d.soort === 'terugkerend') {
    const start = nextWeekday(Number(d.dag), DAGDELEN[d.dagdeel]?.uur ?? 9);
    const interval = d.interval === '2' ? ';INTERVAL=2' : '';
    return { soort: 'terugkerend', start: start.toISOString(), rrule: `FREQ=WEEKLY${interval};BYDAY=${BYDAY[Number(d.dag) - 1]}` };
  }
  const start = new Date();
  return { soort: 'flexibel', start: start.toISOString(), ...(d.uiterlijk ? { eind: new Date(`${d.uiterlijk}T23:59`).toISOString() } : {}) };
}

function body(d: Draft): HulpvraagIntake {
  return {
    hulpvraag: { categorie: d.categorie, titel: d.titel.trim(), omschrijving: d.omschrijving.trim(), venster: venster(d), duurMinuten: Number(d.duur) },
    contact: {
      voornaam: d.voornaam.trim(),
      ...(d.achternaam.trim() ? { achternaam: d.achternaam.trim() } : {}),
      telefoon: d.telefoon.trim(),
      ...(d.email.trim() ? { email: d.email.trim() } : {}),
      postcode: v.normPostcode(d.postcode),
      huisnummer: d.huisnummer.trim(),
      contactVoorkeur: d.contactVoorkeur as HulpvraagIntake['contact']['contactVoorkeur'],
    },
    ...(d.namens ? { namens: { naam: d.namensNaam.trim(), relatie: d.namensRelatie.trim(), telefoon: d.namensTelefoon.trim() } } : {}),
    toestemming: true,
  };
}

export default function HulpVragen() {
  usePageTitle('Ik zoek hulp');
  const categorieen = useCategorieen();
  const [d, set, clear] = useDraft<Draft>('hulpvraag', EMPTY);
  const f = useFormState(NAMES);
  const [done, setDone] = useState<{ referentie: string } | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const live = check(d);
  const shown = f.shown(live);
  const stepFields = (s: number) => NAMES.filter((n) => FIELDS[n].step === s);
  const stepErrors = Object.fromEntries(stepFields(d.step).map((n) => [n, shown[n]]));

  const field = (name: string) => ({
    name,
    error: shown[name],
    value: String(d[FIELDS[name].key] ?? ''),
    onValue: (x: string) => {
      set({ [FIELDS[name].key]: x } as Partial<Draft>);
      f.changed(name);
    },
    onBlur: () => f.touch(name),
  });

  const focusSummary = () => setTimeout(() => summary.current?.querySelector<HTMLElement>('#foutmeldingen')?.focus(), 0);

  const next = async (e: FormEvent) => {
    e.preventDefault();
    const bad = stepFields(d.step).filter((n) => live[n] || f.server[n]);
    if (bad.length) {
      f.setShowAll(true);
      focusSummary();
      return;
    }
    f.setShowAll(false);
    f.setGeneral([]);
    if (d.step < STEPS.length - 1) return set({ step: d.step + 1 });
    // one key per intake (kept in the draft): a retry after a lost connection cannot make a second one
    const sleutel = d.sleutel || newKey();
    if (!d.sleutel) set({ sleutel });
    f.setBusy(true);
    try {
      const res = await api.hulpvraag(body(d), sleutel);
      clear();
      setDone(res);
    } catch (err) {
      const fields = f.fail(err);
      const first = Math.min(...fields.map((n) => FIELDS[n]?.step ?? d.step), d.step);
      set({ step: first });
      focusSummary();
    } finally {
      f.setBusy(false);
    }
  };

  if (done) return <HulpvraagVerstuurd referentie={done.referentie} />;

  return (
    <>
      <h1 className="utrecht-heading-1">Ik zoek hulp</h1>
      <p className="utrecht-paragraph">
        Vul in waar u hulp bij zoekt. Het kost ongeveer 5 minuten. Liever bellen? Dat kan ook: zie de <Link href="/">startpagina</Link>.
      </p>
      <form className="bk-form" noValidate onSubmit={next}>
        <Steps steps={STEPS} current={d.step} />
        <div ref={summary}>{(f.showAll || f.general.length > 0) && <ErrorSummary errors={stepErrors} labels={LABELS} general={f.general} />}</div>

        {d.step === 0 && (
          <>
            <EigenKrachtHint />
            <ChoiceGroup
              name="categorie"
              legend="Waar zoekt u hulp bij?"
              tiles
              error={shown.categorie}
              value={d.categorie}
              onValue={(x) => {
                set({ categorie: String(x) });
                f.changed('categorie');
                f.touch('categorie');
              }}
              options={categorieen.map((c) => ({ value: c.code, label: c.naam, hint: c.uitleg, icon: <Icon name={c.pictogram || c.code} size={36} /> }))}
            />
            <TextField {...field('titel')} label="Wat zoekt u? Schrijf het kort op." hint="Bijvoorbeeld: Hulp bij de boodschappen" maxLength={80} />
            <TextArea
              {...field('omschrijving')}
              label="Vertel wat er moet gebeuren"
              hint="Schrijf korte zinnen. Wat moet er gebeuren? Is er iets wat de helper moet weten? Bijvoorbeeld: ik heb een hond, of ik hoor slecht."
              maxLength={1000}
            />
            <DoorverwijsHint tekst={`${d.titel} ${d.omschrijving}`} />
          </>
        )}

        {d.step === 1 && (
          <>
            <ChoiceGroup
              name="venster.soort"
              legend="Wanneer hebt u hulp nodig?"
              error={shown['venster.soort']}
              value={d.soort}
              onValue={(x) => {
                set({ soort: String(x) as Draft['soort'] });
                f.changed('venster.soort');
                f.touch('venster.soort');
              }}
              options={[
                { value: 'eenmalig', label: 'Eén keer, op een vaste dag', hint: 'Bijvoorbeeld: dinsdag 14 mei om 10 uur' },
                { value: 'flexibel', label: 'Eén keer, de dag maakt niet uit', hint: 'De helper spreekt een dag met u af' },
                { value: 'terugkerend', label: 'Vaker, bijvoorbeeld elke week', hint: 'Bijvoorbeeld: elke dinsdagochtend' },
              ]}
            />
            {d.soort === 'eenmalig' && (
              <div className="bk-row">
                <TextField {...field('venster.start')} label="Datum" type="date" min={today()} className="bk-short" />
                <TextField {...field('tijd')} label="Hoe laat?" type="time" step={900} className="bk-short" />
              </div>
            )}
            {d.soort === 'flexibel' && (
              <TextField
                {...field('venster.eind')}
                label="Moet het klaar zijn voor een datum?"
                hint="Laat leeg als het niet uitmaakt."
                type="date"
                min={today()}
                optional
                className="bk-short"
              />
            )}
            {d.soort === 'terugkerend' && (
              <>
                <SelectField {...field('venster.rrule')} label="Op welke dag?">
                  <option value="">Kies een dag</option>
                  {DAGEN.map((n, i) => (
                    <option key={n} value={String(i + 1)}>
                      Elke {n}
                    </option>
                  ))}
                </SelectField>
                <SelectField {...field('dagdeel')} label="Welk deel van de dag?">
                  <option value="">Kies een dagdeel</option>
                  {Object.entries(DAGDELEN).map(([k, x]) => (
                    <option key={k} value={k}>
                      {x.label}
                    </option>
                  ))}
                </SelectField>
                <SelectField name="interval" label="Hoe vaak?" value={d.interval} onValue={(x) => set({ interval: x })}>
                  <option value="1">Elke week</option>
                  <option value="2">Om de week</option>
                </SelectField>
              </>
            )}
            <SelectField {...field('duurMinuten')} label="Hoe lang duurt het ongeveer?">
              <option value="30">Een half uur</option>
              <option value="60">Een uur</option>
              <option value="120">Twee uur</option>
              <option value="180">Drie uur of langer</option>
            </SelectField>
          </>
        )}

        {d.step === 2 && (
          <>
            <p className="utrecht-paragraph">Waar is de hulp nodig? Meestal is dat uw eigen adres. We zoeken dan een helper dichtbij.</p>
            <AdresFields
              postcode={d.postcode}
              huisnummer={d.huisnummer}
              errors={shown}
              onChange={(k, x) => {
                set({ [k]: x } as Partial<Draft>);
                f.changed(k);
              }}
              onBlur={f.touch}
            />
          </>
        )}

        {d.step === 3 && (
          <>
            <CheckboxField
              name="namens"
              label="Ik vraag dit voor iemand anders, bijvoorbeeld mijn moeder of buurman"
              checked={d.namens}
              onChecked={(x) => set({ namens: x })}
            />
            {d.namens && (
              <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced">
                <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Over de persoon die hulp nodig heeft</legend>
                <TextField {...field('namens.naam')} label="Naam" autoComplete="off" />
                <TextField {...field('namens.relatie')} label="Wie is dit voor u?" hint="Bijvoorbeeld: mijn moeder, mijn buurman" />
                <TextField {...field('namens.telefoon')} label="Telefoonnummer" type="tel" autoComplete="off" />
              </fieldset>
            )}
            <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced">
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                {d.namens ? 'Uw eigen gegevens' : 'Uw gegevens'}
              </legend>
              <div className="bk-row">
                <TextField {...field('voornaam')} label="Voornaam" autoComplete="given-name" />
                <TextField {...field('achternaam')} label="Achternaam" autoComplete="family-name" optional />
              </div>
              <TextField {...field('telefoon')} label="Telefoonnummer" hint="De sociaal makelaar belt u op dit nummer." type="tel" autoComplete="tel" />
              <TextField {...field('email')} label="E-mailadres" type="email" autoComplete="email" optional={d.contactVoorkeur !== 'email'} />
              <ChoiceGroup
                name="contactVoorkeur"
                legend="Hoe wilt u het liefst contact?"
                value={d.contactVoorkeur}
                error={shown.contactVoorkeur}
                onValue={(x) => {
                  set({ contactVoorkeur: String(x) });
                  f.changed('contactVoorkeur');
                }}
                options={[
                  { value: 'telefoon', label: 'Bellen' },
                  { value: 'email', label: 'E-mail' },
                ]}
              />
            </fieldset>
            <CheckboxField
              name="toestemming"
              label="Ik geef toestemming om deze gegevens te gebruiken voor mijn hulpvraag."
              hint="Alleen de sociaal makelaar en de helper zien uw naam en telefoonnummer. U kunt uw toestemming altijd intrekken."
              error={shown.toestemming}
              checked={d.toestemming}
              onChecked={(x) => {
                set({ toestemming: x });
                f.changed('toestemming');
                f.touch('toestemming');
              }}
            />
          </>
        )}

        <StapKnoppen stap={d.step} aantal={STEPS.length} bezig={f.busy} verstuur="Hulpvraag versturen" terug={() => set({ step: d.step - 1 })} />
      </form>
    </>
  );
}

function HulpvraagVerstuurd({ referentie }: { referentie: string }) {
  usePageTitle('Uw hulpvraag is verstuurd');
  return (
    <Bevestiging titel="Uw hulpvraag is verstuurd" intro="Uw nummer is:" referentie={referentie}>
      <p className="utrecht-paragraph">Schrijf dit nummer op. Dan weten we meteen over welke vraag het gaat als u belt.</p>
      <h2 className="utrecht-heading-2">Wat gebeurt er nu?</h2>
      <ol>
        <li>De sociaal makelaar belt u binnen 5 werkdagen.</li>
        <li>Samen bespreekt u wat u nodig hebt.</li>
        <li>Daarna zoeken we een helper bij u in de buurt.</li>
      </ol>
      <Alert kind="info">
        <p>Is het erg dringend? Bel dan zelf de sociaal makelaar. Het nummer staat op de startpagina.</p>
      </Alert>
    </Bevestiging>
  );
}
