// Phone intake of a resident without a computer, in one screen: address (the wijk appears), person, consents, the
// question. Saves the deelnemer (POST /deelnemers), then the hulpvraag for them (POST /hulpvragen with deelnemerId),
// then goes to the helpers for it. What was typed stays in a draft until both are saved; a deelnemer that was saved
// before a failed hulpvraag is not created twice.
import { useRef, useState, type FormEvent } from 'react';
import { staff, TOESTEMMING_LABELS, type HulpvraagIn, type ToestemmingDoel } from '../../api/staff';
import { AdresFields } from '../../components/AdresFields';
import { Alert, Button, CheckboxField, ChoiceGroup, ErrorSummary, SelectField, TextArea, TextField } from '../../components/Form';
import { useCategorieen } from '../../lib/categories';
import { useDraft } from '../../lib/draft';
import { useFormState } from '../../lib/form';
import * as v from '../../lib/validate';
import { Link, navigate, usePageTitle } from '../../router';
import { DESK, deskPath } from './paths';

interface Draft {
  postcode: string;
  huisnummer: string;
  voornaam: string;
  achternaam: string;
  telefoon: string;
  offline: boolean;
  contactVoorkeur: string;
  toestemmingen: ToestemmingDoel[];
  categorie: string;
  titel: string;
  omschrijving: string;
  wanneer: 'flexibel' | 'eenmalig';
  datum: string;
  tijd: string;
  uiterlijk: string;
  duurMinuten: string;
  urgentie: string;
  /** set once the deelnemer is saved, so a retry only posts the hulpvraag */
  deelnemerId: string;
}

const plusDagen = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return d.toISOString().slice(0, 10);
};

const EMPTY: Draft = {
  postcode: '',
  huisnummer: '',
  voornaam: '',
  achternaam: '',
  telefoon: '',
  offline: true,
  contactVoorkeur: 'telefoon',
  toestemmingen: ['matching', 'contact-met-helper'],
  categorie: '',
  titel: '',
  omschrijving: '',
  wanneer: 'flexibel',
  datum: '',
  tijd: '10:00',
  uiterlijk: '',
  duurMinuten: '60',
  urgentie: 'normaal',
  deelnemerId: '',
};

const LABELS: Record<string, string> = {
  postcode: 'Postcode',
  huisnummer: 'Huisnummer',
  voornaam: 'Voornaam',
  achternaam: 'Achternaam',
  telefoon: 'Telefoonnummer',
  toestemmingen: 'Toestemming',
  categorie: 'Soort hulp',
  titel: 'Korte titel',
  omschrijving: 'Uitleg',
  'venster.start': 'Datum',
  'venster.eind': 'Uiterlijk',
  duurMinuten: 'Hoe lang',
  urgentie: 'Urgentie',
};
const NAMES = Object.keys(LABELS);

function check(d: Draft): v.Errors {
  const today = new Date().toISOString().slice(0, 10);
  return {
    postcode: v.postcode(d.postcode),
    huisnummer: v.huisnummer(d.huisnummer),
    voornaam: v.required(d.voornaam, 'Vul de voornaam in.'),
    telefoon: v.telefoon(d.telefoon),
    toestemmingen: d.toestemmingen.includes('matching') ? undefined : 'Zonder toestemming voor het zoeken van een helper kunnen we niet matchen.',
    categorie: d.categorie ? undefined : 'Kies de soort hulp.',
    titel: v.required(d.titel, 'Schrijf in een paar woorden wat nodig is.') ?? v.length(d.titel, 5, 80, 'de vraag'),
    omschrijving: d.omschrijving.trim() ? v.length(d.omschrijving, 10, 1000, 'wat er moet gebeuren') : undefined,
    'venster.start': d.wanneer === 'eenmalig' ? (!d.datum ? 'Kies een datum.' : d.datum < today ? 'Deze datum is al voorbij.' : undefined) : undefined,
    'venster.eind': d.wanneer === 'flexibel' && d.uiterlijk && d.uiterlijk < today ? 'Deze datum is al voorbij.' : undefined,
  };
}

function hulpvraag(d: Draft, deelnemerId: string): HulpvraagIn {
  const duur = Number(d.duurMinuten);
  let venster: HulpvraagIn['venster'];
  if (d.wanneer === 'eenmalig') {
    const start = new Date(`${d.datum}T${d.tijd || '10:00'}`);
    venster = { soort: 'eenmalig', start: start.toISOString(), eind: new Date(start.getTime() + duur * 60_000).toISOString() };
  } else {
    venster = { soort: 'flexibel', start: new Date().toISOString(), eind: new Date(`${d.uiterlijk || plusDagen(14)}T23:59`).toISOString() };
  }
  return {
    categorie: d.categorie,
    titel: d.titel.trim(),
    ...(d.omschrijving.trim() ? { omschrijving: d.omschrijving.trim() } : {}),
    venster,
    duurMinuten: duur,
    urgentie: d.urgentie as HulpvraagIn['urgentie'],
    deelnemerId,
    kanaal: 'telefoon',
  };
}

export function Intake() {
  usePageTitle('Intake aan de telefoon');
  const categorieen = useCategorieen();
  const [d, set, clear] = useDraft<Draft>('makelaar-intake', EMPTY);
  const f = useFormState(NAMES);
  const [wijk, setWijk] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const live = check(d);
  const shown = f.shown(live);

  const text = (name: keyof Draft & string, extra: { label: string; hint?: string; optional?: boolean } & Record<string, unknown>) => ({
    name,
    value: String(d[name] ?? ''),
    error: shown[name],
    onValue: (x: string) => {
      set({ [name]: x } as Partial<Draft>);
      f.changed(name);
    },
    onBlur: () => f.touch(name),
    ...extra,
  });

  const focusSummary = () => setTimeout(() => document.getElementById('foutmeldingen')?.focus(), 0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    f.setShowAll(true);
    f.setGeneral([]);
    if (v.hasErrors(live)) return focusSummary();
    f.setBusy(true);
    try {
      let deelnemerId = d.deelnemerId;
      if (!deelnemerId) {
        const dn = await staff.deelnemerAanmaken({
          voornaam: d.voornaam.trim(),
          ...(d.achternaam.trim() ? { achternaam: d.achternaam.trim() } : {}),
          telefoon: d.telefoon.trim(),
          postcode: v.normPostcode(d.postcode),
          huisnummer: d.huisnummer.trim(),
          rollen: ['bewoner'],
          offline: d.offline,
          contactVoorkeur: d.contactVoorkeur,
          kanaal: 'telefoon',
          toestemmingen: d.toestemmingen.map((doel) => ({ doel, via: 'telefoon' as const })),
        });
        deelnemerId = dn.id;
        set({ deelnemerId });
      }
      const h = await staff.hulpvraagPlaatsen(hulpvraag(d, deelnemerId));
      clear();
      navigate(`${deskPath.hulpvraag(h.id)}?nieuw=${encodeURIComponent(h.referentie)}`);
    } catch (err) {
      f.fail(err);
      focusSummary();
    } finally {
      f.setBusy(false);
    }
  };

  const toestemming = (doel: ToestemmingDoel, on: boolean) => {
    set((p) => ({ ...p, toestemmingen: on ? [...new Set([...p.toestemmingen, doel])] : p.toestemmingen.filter((x) => x !== doel) }));
    f.changed('toestemmingen');
  };

  return (
    <>
      <p className="bk-terug">
        <Link href={DESK}>← Terug naar de werkvoorraad</Link>
      </p>
      <h1 className="utrecht-heading-1">Intake aan de telefoon</h1>
      <p className="utrecht-paragraph">Voor een bewoner zonder computer. Alles op één scherm; wat u typt, blijft bewaard.</p>
      <form className="bk-form bk-intake" noValidate onSubmit={submit}>
        <div ref={summary}>
          {f.showAll && (v.hasErrors(shown) || f.general.length > 0) && <ErrorSummary errors={shown} labels={LABELS} general={f.general} />}
        </div>
        {d.deelnemerId && <Alert kind="info">De bewoner is al opgeslagen. Als u opnieuw op de knop drukt, wordt alleen de hulpvraag verstuurd.</Alert>}
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced">
          <legend className="utrecht-form-fieldset__legend">1. Adres</legend>
          <AdresFields
            postcode={d.postcode}
            huisnummer={d.huisnummer}
            errors={shown}
            onChange={(field, x) => {
              set({ [field]: x } as Partial<Draft>);
              f.changed(field);
            }}
            onBlur={(field) => f.touch(field)}
            onAdres={(a) => setWijk(a ? a.wijk.naam : null)}
          />
          {wijk && <span className="bk-visually-hidden">Wijk {wijk}</span>}
        </fieldset>
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced">
          <legend className="utrecht-form-fieldset__legend">2. Bewoner</legend>
          <div className="bk-row">
            <TextField {...text('voornaam', { label: 'Voornaam', autoComplete: 'off' })} />
            <TextField {...text('achternaam', { label: 'Achternaam', optional: true, autoComplete: 'off' })} />
          </div>
          <TextField
            {...text('telefoon', { label: 'Telefoonnummer', hint: 'Bijvoorbeeld: 023 123 45 67', type: 'tel', inputMode: 'tel', autoComplete: 'off' })}
          />
          <CheckboxField
            name="offline"
            label="Heeft geen computer of e-mail (post en telefoon)"
            checked={d.offline}
            onChecked={(x) => set({ offline: x, contactVoorkeur: x ? 'telefoon' : d.contactVoorkeur })}
          />
          <SelectField name="contactVoorkeur" label="Contact bij voorkeur via" value={d.contactVoorkeur} onValue={(x) => set({ contactVoorkeur: x })}>
            <option value="telefoon">Telefoon</option>
            <option value="post">Post</option>
            <option value="via-makelaar">Via de makelaar</option>
            <option value="sms">Sms</option>
            <option value="email">E-mail</option>
          </SelectField>
        </fieldset>
        <fieldset
          className="utrecht-form-fieldset utrecht-form-fieldset--distanced"
          aria-describedby={shown.toestemmingen ? 'veld-toestemmingen-error' : undefined}
        >
          <legend className="utrecht-form-fieldset__legend">3. Toestemming (vraag het hardop)</legend>
          {shown.toestemmingen && (
            <div className="utrecht-form-field-error-message" id="veld-toestemmingen-error">
              <span className="bk-visually-hidden">Fout: </span>
              {shown.toestemmingen}
            </div>
          )}
          {(['matching', 'contact-met-helper', 'delen-met-partner'] as const).map((doel) => (
            <CheckboxField
              key={doel}
              name={doel === 'matching' ? 'toestemmingen' : `toestemming-${doel}`}
              label={TOESTEMMING_LABELS[doel]}
              checked={d.toestemmingen.includes(doel)}
              onChecked={(x) => toestemming(doel, x)}
            />
          ))}
        </fieldset>
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced">
          <legend className="utrecht-form-fieldset__legend">4. De hulpvraag</legend>
          <SelectField {...text('categorie', { label: 'Soort hulp' })}>
            <option value="">Kies…</option>
            {categorieen.map((c) => (
              <option key={c.code} value={c.code}>
                {c.naam}
              </option>
            ))}
          </SelectField>
          <TextField {...text('titel', { label: 'Korte titel', hint: 'Bijvoorbeeld: boodschappen op vrijdag', maxLength: 80 })} />
          <TextArea {...text('omschrijving', { label: 'Uitleg', optional: true, maxLength: 1000 })} />
          <ChoiceGroup
            name="wanneer"
            legend="Wanneer?"
            options={[
              { value: 'flexibel', label: 'Maakt niet uit wanneer' },
              { value: 'eenmalig', label: 'Op een vaste dag' },
            ]}
            value={d.wanneer}
            onValue={(x) => set({ wanneer: x as Draft['wanneer'] })}
          />
          {d.wanneer === 'eenmalig' ? (
            <div className="bk-row">
              <TextField {...text('datum', { label: 'Datum', type: 'date', min: plusDagen(0) })} name="venster.start" error={shown['venster.start']} />
              <TextField {...text('tijd', { label: 'Tijd', type: 'time', className: 'bk-short' })} />
            </div>
          ) : (
            <TextField
              {...text('uiterlijk', { label: 'Uiterlijk op', hint: 'Leeg: binnen twee weken', type: 'date', optional: true, min: plusDagen(0) })}
              name="venster.eind"
              error={shown['venster.eind']}
            />
          )}
          <div className="bk-row">
            <SelectField {...text('duurMinuten', { label: 'Hoe lang ongeveer?' })}>
              <option value="30">Half uur</option>
              <option value="60">Een uur</option>
              <option value="120">Twee uur</option>
              <option value="240">Een dagdeel</option>
            </SelectField>
            <SelectField {...text('urgentie', { label: 'Urgentie' })}>
              <option value="laag">Laag</option>
              <option value="normaal">Normaal</option>
              <option value="hoog">Hoog</option>
              <option value="spoed">Spoed</option>
            </SelectField>
          </div>
        </fieldset>
        <div className="bk-actions">
          <Button type="submit" disabled={f.busy} aria-busy={f.busy || undefined}>
            {f.busy ? 'Bezig met opslaan…' : 'Opslaan en helpers zoeken'}
          </Button>
          <Button
            variant="subtle"
            onClick={() => {
              clear();
              f.setShowAll(false);
            }}
          >
            Formulier leegmaken
          </Button>
        </div>
      </form>
    </>
  );
}
