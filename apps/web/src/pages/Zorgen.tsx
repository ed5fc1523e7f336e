// "Ik maak me zorgen om iemand": a signalering. Acute danger goes to 112 / Veilig Thuis, said first and plainly.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, newKey } from '../api/client';
import type { Signalering, Wijk } from '../api/types';
import { AdresFields } from '../components/AdresFields';
import { Alert, Button, CheckboxField, ChoiceGroup, ErrorSummary, SelectField, TextArea, TextField } from '../components/Form';
import { Bevestiging } from '../components/Bevestiging';
import { useDraft } from '../lib/draft';
import { useFormState } from '../lib/form';
import * as v from '../lib/validate';
import { usePageTitle } from '../router';

interface Draft {
  sleutel: string;
  waar: 'adres' | 'wijk' | '';
  postcode: string;
  huisnummer: string;
  wijk: string;
  naam: string;
  zorg: string;
  urgent: '' | 'ja' | 'nee';
  anoniem: boolean;
  melderNaam: string;
  melderTelefoon: string;
  melderEmail: string;
}

const EMPTY: Draft = {
  sleutel: '',
  waar: '',
  postcode: '',
  huisnummer: '',
  wijk: '',
  naam: '',
  zorg: '',
  urgent: '',
  anoniem: false,
  melderNaam: '',
  melderTelefoon: '',
  melderEmail: '',
};

const LABELS: Record<string, string> = {
  waar: 'Waar woont de persoon',
  postcode: 'Postcode',
  huisnummer: 'Huisnummer',
  wijk: 'Wijk',
  naam: 'Naam',
  zorg: 'Uw zorg',
  urgent: 'Hoe dringend',
  'melder.naam': 'Uw naam',
  'melder.telefoon': 'Uw telefoonnummer',
  'melder.email': 'Uw e-mailadres',
};
const NAMES = Object.keys(LABELS);

function check(d: Draft): v.Errors {
  const e: v.Errors = {
    waar: d.waar ? undefined : 'Kies of u het adres weet, of alleen de wijk.',
    zorg: v.required(d.zorg, 'Vertel wat u zorgen baart.') ?? v.length(d.zorg, 10, 2000, 'wat u zorgen baart'),
    urgent: d.urgent ? undefined : 'Kies hoe dringend het is.',
  };
  if (d.waar === 'adres') {
    e.postcode = v.postcode(d.postcode);
    e.huisnummer = v.huisnummer(d.huisnummer);
  }
  if (d.waar === 'wijk') e.wijk = d.wijk ? undefined : 'Kies de wijk.';
  if (!d.anoniem) {
    e['melder.naam'] = v.required(d.melderNaam, 'Vul uw naam in. Of kies: ik wil anoniem blijven.');
    e['melder.telefoon'] = d.melderTelefoon.trim()
      ? v.telefoon(d.melderTelefoon)
      : d.melderEmail.trim()
        ? undefined
        : 'Vul een telefoonnummer of e-mailadres in, zodat we u kunnen bereiken.';
    e['melder.email'] = v.email(d.melderEmail);
  }
  return e;
}

function body(d: Draft): Signalering {
  return {
    over: {
      ...(d.waar === 'adres' ? { postcode: v.normPostcode(d.postcode), huisnummer: d.huisnummer.trim() } : {}),
      ...(d.waar === 'wijk' ? { wijk: d.wijk } : {}),
      ...(d.naam.trim() ? { naam: d.naam.trim() } : {}),
    },
    zorg: d.zorg.trim(),
    urgent: d.urgent === 'ja',
    ...(d.anoniem
      ? {}
      : {
          melder: {
            naam: d.melderNaam.trim(),
            ...(d.melderTelefoon.trim() ? { telefoon: d.melderTelefoon.trim() } : {}),
            ...(d.melderEmail.trim() ? { email: d.melderEmail.trim() } : {}),
          },
        }),
  };
}

export default function Zorgen() {
  usePageTitle('Ik maak me zorgen om iemand');
  const [d, set, clear] = useDraft<Draft>('signalering', EMPTY);
  const f = useFormState(NAMES);
  const [wijken, setWijken] = useState<Wijk[]>([]);
  const [done, setDone] = useState<{ referentie: string; anoniem: boolean } | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const live = check(d);
  const shown = f.shown(live);

  useEffect(() => {
    const ctl = new AbortController();
    api
      .wijken(ctl.signal)
      .then(setWijken)
      .catch(() => undefined);
    return () => ctl.abort();
  }, []);

  const text = (key: keyof Draft, name: string = key) => ({
    name,
    error: shown[name],
    value: String(d[key] ?? ''),
    onValue: (x: string) => {
      set({ [key]: x } as Partial<Draft>);
      f.changed(name);
    },
    onBlur: () => f.touch(name),
  });
  const focusSummary = () => setTimeout(() => summary.current?.querySelector<HTMLElement>('#foutmeldingen')?.focus(), 0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (NAMES.some((n) => live[n] || f.server[n])) {
      f.setShowAll(true);
      focusSummary();
      return;
    }
    f.setGeneral([]);
    // one key per intake (kept in the draft): a retry after a lost connection cannot make a second one
    const sleutel = d.sleutel || newKey();
    if (!d.sleutel) set({ sleutel });
    f.setBusy(true);
    try {
      const res = await api.signalering(body(d), sleutel);
      clear();
      setDone({ referentie: res.referentie, anoniem: d.anoniem });
    } catch (err) {
      f.fail(err);
      focusSummary();
    } finally {
      f.setBusy(false);
    }
  };

  if (done)
    return (
      <Bevestiging titel="Dank u wel voor uw melding" intro="Het nummer van uw melding is:" referentie={done.referentie}>
        <p className="utrecht-paragraph">
          Een sociaal makelaar leest uw melding en gaat kijken wat er nodig is.{' '}
          {done.anoniem ? 'U bent anoniem, dus we kunnen u niet laten weten wat we doen.' : 'We nemen contact met u op als we vragen hebben.'}
        </p>
        <Alert kind="warning">
          <p>
            Wordt het erger, of is er gevaar? Bel <a href="tel:112">112</a>.
          </p>
        </Alert>
      </Bevestiging>
    );

  return (
    <>
      <h1 className="utrecht-heading-1">Ik maak me zorgen om iemand</h1>
      <Alert kind="error">
        <p>
          <strong>Is er nu gevaar?</strong> Bel meteen <a href="tel:112">112</a>.
        </p>
        <p>
          Zorgen over huiselijk geweld of kindermishandeling? Bel Veilig Thuis: <a href="tel:08002000">0800-2000</a>. Dat is gratis en kan dag en nacht.
        </p>
      </Alert>
      <p className="utrecht-paragraph">
        Maakt u zich zorgen om een buur, een familielid of iemand anders? Bijvoorbeeld omdat iemand eenzaam is, of niet meer goed voor zichzelf zorgt? Vertel
        het ons. Een sociaal makelaar pakt het op.
      </p>
      <form className="bk-form" noValidate onSubmit={submit}>
        <div ref={summary}>{(f.showAll || f.general.length > 0) && <ErrorSummary errors={shown} labels={LABELS} general={f.general} />}</div>
        <h2 className="utrecht-heading-2">Over wie gaat het?</h2>
        <ChoiceGroup
          name="waar"
          legend="Weet u waar deze persoon woont?"
          value={d.waar}
          error={shown.waar}
          onValue={(x) => {
            set({ waar: x as Draft['waar'] });
            f.changed('waar');
            f.touch('waar');
          }}
          options={[
            { value: 'adres', label: 'Ja, ik weet het adres' },
            { value: 'wijk', label: 'Ik weet alleen de wijk' },
          ]}
        />
        {d.waar === 'adres' && (
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
        )}
        {d.waar === 'wijk' && (
          <SelectField {...text('wijk')} label="Wijk">
            <option value="">Kies de wijk</option>
            {wijken.map((w) => (
              <option key={w.code} value={w.code}>
                {w.naam}
              </option>
            ))}
          </SelectField>
        )}
        <TextField {...text('naam')} label="Naam van de persoon" hint="Weet u de naam niet? Laat dit dan leeg." optional autoComplete="off" />
        <TextArea
          {...text('zorg')}
          label="Wat maakt u zorgen?"
          hint="Vertel wat u ziet of hoort. Bijvoorbeeld: de gordijnen zijn al dagen dicht, of de post stapelt zich op."
          maxLength={2000}
        />
        <ChoiceGroup
          name="urgent"
          legend="Hoe dringend is het?"
          hint="Bij gevaar: bel 112."
          value={d.urgent}
          error={shown.urgent}
          onValue={(x) => {
            set({ urgent: x as Draft['urgent'] });
            f.changed('urgent');
            f.touch('urgent');
          }}
          options={[
            { value: 'ja', label: 'Dringend: er moet deze week iemand naar kijken' },
            { value: 'nee', label: 'Niet dringend, maar ik wil het wel melden' },
          ]}
        />

        <h2 className="utrecht-heading-2">Over u</h2>
        <p className="utrecht-paragraph">
          Wij zeggen niet tegen de persoon wie de melding deed. Als we u kunnen bellen, kunnen we beter helpen. U mag ook anoniem blijven.
        </p>
        <CheckboxField name="anoniem" label="Ik wil anoniem blijven" checked={d.anoniem} onChecked={(x) => set({ anoniem: x })} />
        {!d.anoniem && (
          <>
            <TextField {...text('melderNaam', 'melder.naam')} label="Uw naam" autoComplete="name" />
            <TextField {...text('melderTelefoon', 'melder.telefoon')} label="Uw telefoonnummer" type="tel" autoComplete="tel" />
            <TextField {...text('melderEmail', 'melder.email')} label="Uw e-mailadres" type="email" autoComplete="email" optional />
          </>
        )}
        <div className="bk-actions">
          <Button type="submit" disabled={f.busy} aria-busy={f.busy || undefined}>
            {f.busy ? 'Bezig met versturen…' : 'Melding versturen'}
          </Button>
        </div>
      </form>
    </>
  );
}
