// "Ik wil helpen": what, when (weekly slots), how far, contact and consent.
import { useRef, useState, type FormEvent } from 'react';
import { api, newKey } from '../api/client';
import type { AanbodIntake, Beschikbaarheid, Vervoer } from '../api/types';
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
import { usePageTitle } from '../router';

const STEPS = ['Wat', 'Wanneer', 'Waar', 'Contact'];
const DAGDELEN = [
  { key: 'ochtend', label: 'ochtend', van: '09:00', tot: '12:00' },
  { key: 'middag', label: 'middag', van: '12:00', tot: '17:00' },
  { key: 'avond', label: 'avond', van: '17:00', tot: '21:00' },
];

interface Draft {
  sleutel: string;
  step: number;
  categorieen: string[];
  titel: string;
  vaardigheden: string;
  omschrijving: string;
  slots: string[];
  uren: string;
  afstand: string;
  vervoer: string;
  postcode: string;
  huisnummer: string;
  voornaam: string;
  achternaam: string;
  telefoon: string;
  email: string;
  contactVoorkeur: string;
  toestemming: boolean;
}

const EMPTY: Draft = {
  sleutel: '',
  step: 0,
  categorieen: [],
  titel: '',
  vaardigheden: '',
  omschrijving: '',
  slots: [],
  uren: '2',
  afstand: '2000',
  vervoer: 'fiets',
  postcode: '',
  huisnummer: '',
  voornaam: '',
  achternaam: '',
  telefoon: '',
  email: '',
  contactVoorkeur: 'telefoon',
  toestemming: false,
};

const FIELDS: Record<string, { step: number; label: string }> = {
  categorieen: { step: 0, label: 'Waarmee helpen' },
  titel: { step: 0, label: 'Wat biedt u aan' },
  vaardigheden: { step: 0, label: 'Wat kunt u goed' },
  omschrijving: { step: 0, label: 'Over u' },
  beschikbaarheid: { step: 1, label: 'Wanneer' },
  maxUrenPerWeek: { step: 1, label: 'Hoeveel tijd' },
  maxAfstandMeter: { step: 2, label: 'Hoe ver' },
  vervoer: { step: 2, label: 'Vervoer' },
  postcode: { step: 2, label: 'Postcode' },
  huisnummer: { step: 2, label: 'Huisnummer' },
  voornaam: { step: 3, label: 'Voornaam' },
  achternaam: { step: 3, label: 'Achternaam' },
  telefoon: { step: 3, label: 'Telefoonnummer' },
  email: { step: 3, label: 'E-mailadres' },
  contactVoorkeur: { step: 3, label: 'Contact' },
  toestemming: { step: 3, label: 'Toestemming' },
};
const NAMES = Object.keys(FIELDS);
const LABELS = Object.fromEntries(NAMES.map((n) => [n, FIELDS[n].label]));

function check(d: Draft): v.Errors {
  return {
    categorieen: d.categorieen.length ? undefined : 'Kies minstens één ding waarmee u wilt helpen.',
    titel: v.required(d.titel, 'Schrijf in een paar woorden wat u aanbiedt.') ?? v.length(d.titel, 3, 80, 'wat u aanbiedt'),
    omschrijving: d.omschrijving.trim() ? v.length(d.omschrijving, 10, 1000, 'uzelf') : undefined,
    beschikbaarheid: d.slots.length ? undefined : 'Kies minstens één moment waarop u kunt helpen.',
    postcode: v.postcode(d.postcode),
    huisnummer: v.huisnummer(d.huisnummer),
    voornaam: v.required(d.voornaam, 'Vul uw voornaam in.'),
    telefoon: v.telefoon(d.telefoon),
    email: v.email(d.email, d.contactVoorkeur === 'email'),
    toestemming: d.toestemming ? undefined : 'Zet een vinkje. Anders kunnen we uw aanbod niet gebruiken.',
  };
}

function body(d: Draft): AanbodIntake {
  const beschikbaarheid: Beschikbaarheid[] = d.slots.map((s) => {
    const [dag, deel] = s.split('-');
    const p = DAGDELEN.find((x) => x.key === deel)!;
    return { dag: Number(dag), van: p.van, tot: p.tot };
  });
  return {
    aanbod: {
      categorieen: d.categorieen,
      titel: d.titel.trim(),
      // free-text skills go with the description; the API's vaardigheden are codes
      omschrijving: [d.omschrijving.trim(), d.vaardigheden.trim() ? `Wat ik goed kan: ${d.vaardigheden.trim()}` : ''].filter(Boolean).join('\n\n'),
      beschikbaarheid,
      maxAfstandMeter: Number(d.afstand),
      vervoer: d.vervoer as Vervoer,
      maxUrenPerWeek: Number(d.uren),
    },
    contact: {
      voornaam: d.voornaam.trim(),
      ...(d.achternaam.trim() ? { achternaam: d.achternaam.trim() } : {}),
      telefoon: d.telefoon.trim(),
      ...(d.email.trim() ? { email: d.email.trim() } : {}),
      postcode: v.normPostcode(d.postcode),
      huisnummer: d.huisnummer.trim(),
      contactVoorkeur: d.contactVoorkeur as AanbodIntake['contact']['contactVoorkeur'],
    },
    toestemming: true,
  };
}

export default function Helpen() {
  usePageTitle('Ik wil helpen');
  const categorieen = useCategorieen();
  const [d, set, clear] = useDraft<Draft>('aanbod', EMPTY);
  const f = useFormState(NAMES);
  const [done, setDone] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const live = check(d);
  const shown = f.shown(live);
  const stepFields = (s: number) => NAMES.filter((n) => FIELDS[n].step === s);
  const stepErrors = Object.fromEntries(stepFields(d.step).map((n) => [n, shown[n]]));
  const vogNodig = categorieen.filter((c) => c.vogVereist && d.categorieen.includes(c.code));

  const text = (name: keyof Draft, field: string = name) => ({
    name: field,
    error: shown[field],
    value: String(d[name] ?? ''),
    onValue: (x: string) => {
      set({ [name]: x } as Partial<Draft>);
      f.changed(field);
    },
    onBlur: () => f.touch(field),
  });
  const focusSummary = () => setTimeout(() => summary.current?.querySelector<HTMLElement>('#foutmeldingen')?.focus(), 0);
  const toggleSlot = (key: string) => {
    set((p) => ({ ...p, slots: p.slots.includes(key) ? p.slots.filter((s) => s !== key) : [...p.slots, key] }));
    f.changed('beschikbaarheid');
    f.touch('beschikbaarheid');
  };

  const next = async (e: FormEvent) => {
    e.preventDefault();
    if (stepFields(d.step).some((n) => live[n] || f.server[n])) {
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
      const res = await api.aanbod(body(d), sleutel);
      clear();
      setDone(res.referentie);
    } catch (err) {
      const fields = f.fail(err);
      set({ step: Math.min(...fields.map((n) => FIELDS[n]?.step ?? d.step), d.step) });
      focusSummary();
    } finally {
      f.setBusy(false);
    }
  };

  if (done)
    return (
      <Bevestiging titel="Dank u wel!" intro="Uw aanbod is verstuurd. Uw nummer is:" referentie={done}>
        <h2 className="utrecht-heading-2">Wat gebeurt er nu?</h2>
        <ol>
          <li>De sociaal makelaar belt u binnen 5 werkdagen voor een kennismaking.</li>
          <li>Daarna krijgt u vragen van buren die bij u passen. U zegt zelf ja of nee.</li>
        </ol>
      </Bevestiging>
    );

  return (
    <>
      <h1 className="utrecht-heading-1">Ik wil helpen</h1>
      <p className="utrecht-paragraph">Fijn dat u wilt helpen! U kiest zelf waarmee, wanneer en hoe vaak. Het invullen kost ongeveer 5 minuten.</p>
      <form className="bk-form" noValidate onSubmit={next}>
        <Steps steps={STEPS} current={d.step} />
        <div ref={summary}>{(f.showAll || f.general.length > 0) && <ErrorSummary errors={stepErrors} labels={LABELS} general={f.general} />}</div>

        {d.step === 0 && (
          <>
            <ChoiceGroup
              name="categorieen"
              legend="Waarmee wilt u helpen?"
              hint="U mag meer dan één ding kiezen."
              tiles
              multiple
              error={shown.categorieen}
              value={d.categorieen}
              onValue={(x) => {
                set({ categorieen: x as string[] });
                f.changed('categorieen');
                f.touch('categorieen');
              }}
              options={categorieen.map((c) => ({ value: c.code, label: c.naam, icon: <Icon name={c.pictogram || c.code} size={36} /> }))}
            />
            {vogNodig.length > 0 && (
              <Alert kind="info">
                <p>
                  Voor {vogNodig.map((c) => c.naam.toLowerCase()).join(' en ')} vragen we een Verklaring Omtrent het Gedrag (VOG). Die is gratis. De sociaal
                  makelaar helpt u daarbij.
                </p>
              </Alert>
            )}
            <TextField {...text('titel')} label="Wat biedt u aan? Schrijf het kort op." hint="Bijvoorbeeld: Ik help graag in de tuin" maxLength={80} />
            <TextField {...text('vaardigheden')} label="Wat kunt u goed?" hint="Bijvoorbeeld: fietsen repareren, Turks spreken, geduldig uitleggen" optional />
            <TextArea {...text('omschrijving')} label="Vertel iets over uzelf" hint="Een paar zinnen is genoeg." optional maxLength={1000} />
          </>
        )}

        {d.step === 1 && (
          <>
            <fieldset
              className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced"
              id="veld-beschikbaarheid"
              tabIndex={-1}
            >
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Wanneer kunt u meestal?</legend>
              <div className="utrecht-form-field-description">Zet een vinkje bij de momenten in de week dat u kunt.</div>
              {shown.beschikbaarheid && <div className="utrecht-form-field-error-message">{shown.beschikbaarheid}</div>}
              <table className="bk-slots">
                <thead>
                  <tr>
                    <td />
                    {DAGDELEN.map((p) => (
                      <th key={p.key} scope="col">
                        {p.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {DAGEN.map((dag, i) => (
                    <tr key={dag}>
                      <th scope="row">{dag}</th>
                      {DAGDELEN.map((p) => {
                        const key = `${i + 1}-${p.key}`;
                        return (
                          <td key={p.key}>
                            <label>
                              <input type="checkbox" checked={d.slots.includes(key)} onChange={() => toggleSlot(key)} aria-label={`${dag} ${p.label}`} />
                            </label>
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </fieldset>
            <SelectField {...text('uren', 'maxUrenPerWeek')} label="Hoeveel tijd hebt u per week?">
              <option value="1">Ongeveer 1 uur</option>
              <option value="2">Ongeveer 2 uur</option>
              <option value="4">Ongeveer een halve dag</option>
              <option value="8">Meer dan een halve dag</option>
            </SelectField>
          </>
        )}

        {d.step === 2 && (
          <>
            <p className="utrecht-paragraph">We zoeken vragen dicht bij u in de buurt. Vanaf welk adres helpt u?</p>
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
            <SelectField {...text('afstand', 'maxAfstandMeter')} label="Hoe ver wilt u gaan?">
              <option value="500">Alleen in mijn straat (500 meter)</option>
              <option value="1000">In mijn buurt (1 kilometer)</option>
              <option value="2000">In mijn wijk (2 kilometer)</option>
              <option value="5000">In de stad (5 kilometer)</option>
            </SelectField>
            <ChoiceGroup
              name="vervoer"
              legend="Hoe gaat u erheen?"
              value={d.vervoer}
              onValue={(x) => set({ vervoer: String(x) })}
              options={[
                { value: 'lopen', label: 'Lopend' },
                { value: 'fiets', label: 'Met de fiets' },
                { value: 'auto', label: 'Met de auto' },
              ]}
            />
          </>
        )}

        {d.step === 3 && (
          <>
            <div className="bk-row">
              <TextField {...text('voornaam')} label="Voornaam" autoComplete="given-name" />
              <TextField {...text('achternaam')} label="Achternaam" autoComplete="family-name" optional />
            </div>
            <TextField {...text('telefoon')} label="Telefoonnummer" type="tel" autoComplete="tel" />
            <TextField {...text('email')} label="E-mailadres" type="email" autoComplete="email" optional={d.contactVoorkeur !== 'email'} />
            <ChoiceGroup
              name="contactVoorkeur"
              legend="Hoe wilt u het liefst contact?"
              value={d.contactVoorkeur}
              onValue={(x) => {
                set({ contactVoorkeur: String(x) });
                f.changed('contactVoorkeur');
              }}
              options={[
                { value: 'telefoon', label: 'Bellen' },
                { value: 'email', label: 'E-mail' },
              ]}
            />
            <CheckboxField
              name="toestemming"
              label="Ik geef toestemming om deze gegevens te gebruiken om mij met buren in contact te brengen."
              hint="Buren zien alleen uw voornaam. U kunt uw toestemming altijd intrekken."
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

        <StapKnoppen stap={d.step} aantal={STEPS.length} bezig={f.busy} verstuur="Aanbod versturen" terug={() => set({ step: d.step - 1 })} />
      </form>
    </>
  );
}
