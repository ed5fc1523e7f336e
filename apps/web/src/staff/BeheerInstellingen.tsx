// The beheer page's settings forms: the gemeente's terms (SLA norms) and the Wijkservice settings, plus the save
// handling the weights form shares. Fields are checked while typing; the server's problem+json messages show at
// the field they name, and the first such field gets focus.
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, errorText } from '../api/client';
import { INSTELLING_NAMEN, staff, type GemeenteInstellingen, type InstellingNaam, type WijkserviceInstellingen } from '../api/staff';
import { Alert, Button, ChoiceGroup, ErrorSummary, fieldId, TextField } from '../components/Form';
import { useLoad } from '../lib/feed';
import { hasErrors, mapServerErrors, type Errors } from '../lib/validate';
import { LoadState } from './ui';

/**
 * Values and save state for one beheer form. `velden` are the names the server uses in errors[].field; `veldNaam`
 * turns one into the form field's name. `opslaan` stops at live errors (focus on the summary), else sends and maps
 * the answer.
 */
export function useBeheerForm<V extends string>(
  velden: readonly V[],
  veldNaam: (veld: string) => string,
  samenvattingId: string,
  begin: () => Record<V, string>,
) {
  const [waarden, setWaarden] = useState(begin);
  const [server, setServer] = useState<Errors>({});
  const [algemeen, setAlgemeen] = useState<string[]>([]);
  const [ok, setOk] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [geprobeerd, setGeprobeerd] = useState(false);
  const focus = (id: string) => document.getElementById(id)?.focus();
  /** a change clears the server's message for that field (the live check takes over) and the saved message */
  const zet = (veld: V, v: string) => {
    setWaarden((x) => ({ ...x, [veld]: v }));
    setServer((s) => (s[veld] ? { ...s, [veld]: undefined } : s));
    setOk(null);
  };
  /** the message per form field: the server's, else the live check's */
  const fouten = (live: Errors): Errors => Object.fromEntries(velden.map((v) => [veldNaam(v), server[v] ?? live[v]]));
  const opslaan = async (e: FormEvent, live: Errors, stuur: () => Promise<string>) => {
    e.preventDefault();
    setOk(null);
    setAlgemeen([]);
    setGeprobeerd(true);
    if (hasErrors(live)) return focus(samenvattingId);
    setBusy(true);
    try {
      const tekst = await stuur();
      setServer({});
      setGeprobeerd(false);
      setOk(tekst);
    } catch (err) {
      if (err instanceof ApiError && err.problem.errors?.length) {
        const { byField, rest } = mapServerErrors(err.problem.errors, [...velden]);
        setServer(byField);
        setAlgemeen(rest);
        const eerste = velden.find((v) => byField[v]);
        focus(eerste ? fieldId(veldNaam(eerste)) : samenvattingId);
      } else {
        setAlgemeen([errorText(err)]);
        focus(samenvattingId);
      }
    } finally {
      setBusy(false);
    }
  };
  /** the summary lists the problems once a save was tried, or when the server answered with one */
  const samenvatting = (live: Errors): Errors => (geprobeerd || hasErrors(server) ? fouten(live) : {});
  return { waarden, setWaarden, zet, algemeen, ok, busy, fouten, samenvatting, opslaan, samenvattingId };
}

/** what the form element needs of useBeheerForm */
type BeheerForm = Pick<ReturnType<typeof useBeheerForm<string>>, 'opslaan' | 'samenvattingId' | 'samenvatting' | 'algemeen' | 'busy' | 'ok'>;

/** A beheer form: the summary at the top (it gets focus after a failed save), the fields, the button, the saved message. */
export function BeheerFormulier({
  form,
  kop,
  live,
  labels,
  knop,
  stuur,
  children,
}: {
  form: BeheerForm;
  /** the id of the section heading that names the form */
  kop: string;
  live: Errors;
  labels: Record<string, string>;
  knop: string;
  /** sends the values; returns the message for a successful save */
  stuur: () => Promise<string>;
  children: ReactNode;
}) {
  return (
    <form onSubmit={(e) => void form.opslaan(e, live, stuur)} noValidate className="bk-form" aria-labelledby={kop}>
      <div id={form.samenvattingId} tabIndex={-1}>
        <ErrorSummary errors={form.samenvatting(live)} labels={labels} general={form.algemeen} />
      </div>
      {children}
      <div className="bk-actions">
        <Button type="submit" disabled={form.busy}>
          {form.busy ? 'Bezig met opslaan…' : knop}
        </Button>
      </div>
      <div aria-live="polite">{form.ok && <Alert kind="ok">{form.ok}</Alert>}</div>
    </form>
  );
}

/** A beheer section whose form needs the current settings first: heading, loading and error line, then the form. */
export function GeladenSectie<T>({
  kop,
  titel,
  wat,
  laad,
  intro,
  children,
}: {
  kop: string;
  titel: string;
  wat: string;
  laad: (signal: AbortSignal) => Promise<T>;
  intro?: string;
  children: (data: T) => ReactNode;
}) {
  const data = useLoad<T>(laad, kop);
  return (
    <section aria-labelledby={kop} className="bk-section">
      <h2 id={kop} className="utrecht-heading-2">
        {titel}
      </h2>
      {intro && <p className="utrecht-paragraph">{intro}</p>}
      <LoadState loading={data.loading && !data.data} error={data.error} what={wat} retry={data.reload} />
      {data.data && children(data.data)}
    </section>
  );
}

const TERMIJNEN: { titel: string; velden: { naam: InstellingNaam; label: string; uitleg: string }[] }[] = [
  {
    titel: 'Hulpvragen zonder activiteit',
    velden: [
      { naam: 'verloopDagen', label: 'Hulpvraag vervalt na (dagen)', uitleg: 'Gebeurt er zoveel dagen niets met een open hulpvraag? Dan vervalt die.' },
      {
        naam: 'verloopMeldingDagen',
        label: 'Bericht aan de bewoner vooraf (dagen)',
        uitleg: 'Zoveel dagen voordat de hulpvraag vervalt, krijgt de bewoner een bericht.',
      },
    ],
  },
  {
    titel: 'Taken voor de makelaar',
    velden: [
      {
        naam: 'eersteContactWerkdagen',
        label: 'Taak "eerste contact te laat" na (werkdagen)',
        uitleg: 'Is er na zoveel werkdagen nog geen contact met de bewoner? Dan krijgt de makelaar een taak.',
      },
      {
        naam: 'escalatieWerkdagen',
        label: 'Naar de teamleider na (werkdagen)',
        uitleg: 'Is er na zoveel werkdagen nog steeds geen contact? Dan gaat de hulpvraag naar de teamleider.',
      },
      {
        naam: 'matchNormDagen',
        label: 'Taak "niemand gevonden" na (dagen)',
        uitleg: 'Is er na zoveel dagen geen helper? Dan krijgt de makelaar een taak: de vraag anders stellen of doorverwijzen.',
      },
      {
        naam: 'opvolgingDagen',
        label: 'Vragen of de hulp gebeurd is na (dagen)',
        uitleg: 'Zoveel dagen na de eerste afspraak vraagt de makelaar of de hulp gelukt is.',
      },
      {
        naam: 'checkInDagen',
        label: 'Even bellen bij lopende hulp na (dagen)',
        uitleg: 'Is er bij vaste hulp zoveel dagen niets gedaan? Dan belt de makelaar even.',
      },
    ],
  },
  {
    titel: 'Helpers en privacy',
    velden: [
      {
        naam: 'aanbodUren',
        label: 'Bedenktijd voor een helper (uren)',
        uitleg: 'Zo lang kan een helper een gevraagde klus aannemen. Daarna gaat de vraag naar de volgende helper.',
      },
      {
        naam: 'bewaartermijnMaanden',
        label: 'Gegevens bewaren na vertrek (maanden)',
        uitleg: 'Zoveel maanden nadat iemand gestopt is, halen we de persoonsgegevens weg.',
      },
    ],
  },
];
const LABELS = Object.fromEntries(TERMIJNEN.flatMap((g) => g.velden.map((v) => [v.naam, v.label]))) as Record<InstellingNaam, string>;
const termijnVeld = (naam: string) => `termijn-${naam}`;
const TERMIJN_LABELS = Object.fromEntries(INSTELLING_NAMEN.map((n) => [termijnVeld(n), LABELS[n]]));
const alsTekst = (w: GemeenteInstellingen['waarden']) => Object.fromEntries(INSTELLING_NAMEN.map((n) => [n, String(w[n])])) as Record<InstellingNaam, string>;

function TermijnenForm({ start }: { start: GemeenteInstellingen }) {
  const [huidig, setHuidig] = useState(start);
  const form = useBeheerForm(INSTELLING_NAMEN, termijnVeld, 'foutmeldingen-termijnen', () => alsTekst(start.waarden));
  const w = form.waarden;
  const check = (naam: InstellingNaam): string | undefined => {
    const { min, max, kleinerDan, groterDan } = huidig.grenzen[naam];
    const v = w[naam].trim();
    if (!/^[0-9]+$/.test(v)) return `Vul een heel getal in van ${min} tot en met ${max}.`;
    const n = Number(v);
    if (n < min || n > max) return `Kies een getal van ${min} tot en met ${max}.`;
    if (kleinerDan && n >= Number(w[kleinerDan])) return `Dit moet minder zijn dan bij "${LABELS[kleinerDan]}" (${w[kleinerDan]}).`;
    if (groterDan && n <= Number(w[groterDan])) return `Dit moet meer zijn dan bij "${LABELS[groterDan]}" (${w[groterDan]}).`;
    return undefined;
  };
  const live: Errors = Object.fromEntries(INSTELLING_NAMEN.map((n) => [n, check(n)]));
  const fouten = form.fouten(live);
  const stuur = async () => {
    // only what changed; a value equal to the default follows the default from now on
    const wijziging = Object.fromEntries(
      INSTELLING_NAMEN.filter((n) => Number(w[n]) !== huidig.waarden[n]).map((n) => [n, Number(w[n]) === huidig.standaard[n] ? null : Number(w[n])]),
    );
    if (!Object.keys(wijziging).length) return 'Er was niets gewijzigd.';
    const r = await staff.instellingenWijzigen(wijziging);
    setHuidig(r);
    form.setWaarden(alsTekst(r.waarden));
    return 'De termijnen zijn opgeslagen. Ze gelden vanaf de volgende controle.';
  };
  return (
    <BeheerFormulier form={form} kop="term-kop" live={live} labels={TERMIJN_LABELS} knop="Termijnen opslaan" stuur={stuur}>
      {TERMIJNEN.map((groep) => (
        <fieldset key={groep.titel} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{groep.titel}</legend>
          <div className="bk-gewichten">
            {groep.velden.map(({ naam, label, uitleg }) => (
              <TextField
                key={naam}
                name={termijnVeld(naam)}
                label={label}
                hint={`${uitleg} Standaard: ${huidig.standaard[naam]}.${huidig.ingesteld.includes(naam) ? '' : ' Nu de standaard.'}`}
                inputMode="numeric"
                className="bk-short"
                value={w[naam]}
                onValue={(v) => form.zet(naam, v)}
                error={fouten[termijnVeld(naam)]}
              />
            ))}
          </div>
        </fieldset>
      ))}
    </BeheerFormulier>
  );
}

export function Termijnen() {
  return (
    <GeladenSectie
      kop="term-kop"
      titel="Termijnen en normen"
      wat="De termijnen"
      laad={staff.instellingen}
      intro="Wanneer het systeem een taak maakt, een bericht stuurt of een hulpvraag laat vervallen. Elke termijn geldt voor de hele gemeente."
    >
      {(data) => (
        <>
          <p className="utrecht-paragraph" id="term-norm">
            <strong>Norm uit de aanbesteding:</strong> eerste contact binnen {data.vast.normEersteContactWerkdagen} werkdagen. Deze norm staat vast; de
            kerncijfers meten ermee.
          </p>
          <TermijnenForm start={data} />
        </>
      )}
    </GeladenSectie>
  );
}

const WS_VELDEN = ['modus', 'vergoedingPerTaakCent'] as const;
const wsVeld = (v: string) => `ws-${v}`;
const WS_LABELS = { [wsVeld('modus')]: 'Soort afspraken', [wsVeld('vergoedingPerTaakCent')]: 'Vaste vergoeding per taak' };
const MODI: { value: WijkserviceInstellingen['modus']; label: string; hint: string }[] = [
  { value: 'vrijwillig', label: 'Vrijwillig', hint: 'Alleen vrijwillige afspraken.' },
  { value: 'tegenprestatie', label: 'Tegenprestatie', hint: 'Vrijwillige afspraken en afspraken als tegenprestatie.' },
];
const euro = (cent: number | null) => (cent === null ? '' : (cent / 100).toFixed(2).replace('.', ','));

const alsWsTekst = (w: WijkserviceInstellingen) => ({ modus: w.modus, vergoedingPerTaakCent: euro(w.vergoedingPerTaakCent) });

function WijkserviceForm({ start }: { start: WijkserviceInstellingen }) {
  const form = useBeheerForm(WS_VELDEN, wsVeld, 'foutmeldingen-wijkservice', () => alsWsTekst(start));
  const b = form.waarden.vergoedingPerTaakCent.trim();
  const live: Errors = {
    vergoedingPerTaakCent:
      b === '' || (/^[0-9]{1,4}([.,][0-9]{1,2})?$/.test(b) && Number(b.replace(',', '.')) <= 1000)
        ? undefined
        : 'Vul een bedrag in euro in van 0 tot en met 1000, zoals 2,50. Of laat het leeg.',
  };
  const fouten = form.fouten(live);
  const stuur = async () => {
    const r = await staff.wijkserviceInstellingenWijzigen({
      modus: form.waarden.modus as WijkserviceInstellingen['modus'],
      vergoedingPerTaakCent: b === '' ? null : Math.round(Number(b.replace(',', '.')) * 100),
    });
    form.setWaarden(alsWsTekst(r));
    return 'De instellingen voor Wijkservice zijn opgeslagen.';
  };
  return (
    <BeheerFormulier form={form} kop="ws-kop" live={live} labels={WS_LABELS} knop="Wijkservice opslaan" stuur={stuur}>
      <ChoiceGroup
        name={wsVeld('modus')}
        legend="Soort afspraken"
        options={MODI}
        value={form.waarden.modus}
        onValue={(v) => form.zet('modus', v as string)}
        error={fouten[wsVeld('modus')]}
      />
      <TextField
        name={wsVeld('vergoedingPerTaakCent')}
        label="Vaste vergoeding per taak (euro)"
        hint="Komt alleen op de verklaring te staan. Het systeem betaalt niets. Leeg: geen vergoeding."
        optional
        inputMode="decimal"
        className="bk-short"
        value={form.waarden.vergoedingPerTaakCent}
        onValue={(v) => form.zet('vergoedingPerTaakCent', v)}
        error={fouten[wsVeld('vergoedingPerTaakCent')]}
      />
    </BeheerFormulier>
  );
}

export function WijkserviceInstellingenSectie() {
  return (
    <GeladenSectie kop="ws-kop" titel="Instellingen Wijkservice" wat="De instellingen voor Wijkservice" laad={staff.wijkserviceInstellingen}>
      {(data) => <WijkserviceForm start={data} />}
    </GeladenSectie>
  );
}
