// For residents and volunteers: my requests and offers with what I can do with them, requests that fit my offer
// ("Ik help"), my matches (accept, decline, confirm, did the help happen?), my Wijkservice hours (participants), my
// data, my consents, delete my account.
// Dutch at B1 level: short sentences, one thing per button.
import { useState, type FormEvent } from 'react';
import { auth } from '../api/auth';
import {
  INTREK_REDENEN,
  staff,
  TOESTEMMING_LABELS,
  type Aanbod,
  type AanbodSuggestie,
  type Hulpvraag,
  type Inzage,
  type Match,
  type Toestemming,
} from '../api/staff';
import type { Account } from '../api/types';
import { errorText } from '../api/client';
import { Alert, Button, CheckboxField, ChoiceGroup, SelectField } from '../components/Form';
import { categorieNaam } from '../lib/categories';
import { useLoad } from '../lib/feed';
import { navigate, usePageTitle } from '../router';
import { MijnUren } from './MijnUren';
import { ActionMessage, DownloadKnop, LoadState, statusLabel, useAction, wanneerKort } from './ui';

export default function MijnOverzicht({ account }: { account: Account }) {
  usePageTitle('Mijn overzicht');
  const isHelper = account.rollen.some((r) => r === 'vrijwilliger' || r === 'wijkservice');
  const hv = useLoad<Hulpvraag[]>((s) => staff.hulpvragen({}, s), `mijn-hv:${account.id}`);
  const ab = useLoad<Aanbod[]>((s) => (isHelper ? staff.aanbod(s) : Promise.resolve([])), `mijn-ab:${account.id}`);
  const ma = useLoad<Match[]>((s) => staff.matches(s), `mijn-ma:${account.id}`);
  const act = useAction();
  const mijnHv = new Set((hv.data ?? []).map((h) => h.id));
  /** requests I already have a match for are not suggested again */
  const alGekoppeld = new Set((ma.data ?? []).map((m) => m.hulpvraag.id));
  const verder = () => {
    hv.reload();
    ab.reload();
    ma.reload();
  };

  return (
    <>
      <h1 className="utrecht-heading-1">Mijn overzicht</h1>
      <p className="utrecht-paragraph">Welkom{account.naam ? `, ${account.naam}` : ''}. Hier ziet u wat er loopt.</p>
      <ActionMessage message={act.message} />

      <section aria-labelledby="ma-kop" className="bk-section">
        <h2 id="ma-kop" className="utrecht-heading-2">
          Mijn matches
        </h2>
        {!ma.data && <LoadState loading={ma.loading} error={ma.error} what="Uw matches" retry={ma.reload} />}
        {ma.data?.length === 0 && <p className="utrecht-paragraph">U hebt nog geen matches.</p>}
        <ul className="bk-kaarten">
          {ma.data?.map((m) => (
            <MatchKaart key={m.id} m={m} benIkBewoner={mijnHv.has(m.hulpvraag.id)} act={act} onDone={verder} />
          ))}
        </ul>
      </section>

      {account.rollen.includes('wijkservice') && account.deelnemerId && <MijnUren deelnemerId={account.deelnemerId} />}

      {isHelper && (
        <section aria-labelledby="ab-kop" className="bk-section">
          <h2 id="ab-kop" className="utrecht-heading-2">
            Mijn aanbod
          </h2>
          {!ab.data && <LoadState loading={ab.loading} error={ab.error} what="Uw aanbod" retry={ab.reload} />}
          {ab.data?.length === 0 && <p className="utrecht-paragraph">U biedt nog geen hulp aan.</p>}
          <ul className="bk-kaarten">
            {ab.data?.map((a) => (
              <li key={a.id} className="bk-kaart" aria-labelledby={`ab-${a.id}`}>
                <p className="bk-muted">
                  {a.referentie} · {a.categorieen.map((c) => categorieNaam(c)).join(', ')}
                </p>
                <h3 className="utrecht-heading-3" id={`ab-${a.id}`}>
                  {a.titel}
                </h3>
                <p>
                  Status: <strong>{statusLabel(a.status)}</strong> · {a.wanneer}
                </p>
                <div className="bk-actions">
                  {a.status === 'actief' && (
                    <Button
                      variant="secondary"
                      disabled={act.busy !== null}
                      onClick={async () => (await act.run('p', () => staff.aanbodPauzeren(a.id), 'Uw aanbod staat op pauze.')) && verder()}
                    >
                      Even pauzeren
                    </Button>
                  )}
                  {a.status === 'gepauzeerd' && (
                    <Button
                      disabled={act.busy !== null}
                      onClick={async () => (await act.run('a', () => staff.aanbodActiveren(a.id), 'Uw aanbod staat weer aan.')) && verder()}
                    >
                      Weer aanzetten
                    </Button>
                  )}
                </div>
                {a.status === 'actief' && <Voorstellen aanbod={a} al={alGekoppeld} act={act} onDone={verder} />}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="hv-kop" className="bk-section">
        <h2 id="hv-kop" className="utrecht-heading-2">
          Mijn hulpvragen
        </h2>
        {!hv.data && <LoadState loading={hv.loading} error={hv.error} what="Uw hulpvragen" retry={hv.reload} />}
        {hv.data?.length === 0 && <p className="utrecht-paragraph">U hebt geen hulpvragen.</p>}
        <ul className="bk-kaarten">
          {hv.data?.map((h) => (
            <HulpvraagKaart key={h.id} h={h} act={act} onDone={verder} />
          ))}
        </ul>
      </section>

      {account.deelnemerId && <MijnGegevens deelnemerId={account.deelnemerId} />}
    </>
  );
}

type Act = ReturnType<typeof useAction>;

function HulpvraagKaart({ h, act, onDone }: { h: Hulpvraag; act: Act; onDone: () => void }) {
  const [intrekken, setIntrekken] = useState(false);
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<string | undefined>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reden) return setFout('Kies een reden.');
    if (await act.run('in', () => staff.hulpvraagIntrekken(h.id, reden), 'Uw hulpvraag is ingetrokken.')) onDone();
  };
  return (
    <li className="bk-kaart" aria-labelledby={`hv-${h.id}`}>
      <p className="bk-muted">
        {h.referentie} · {categorieNaam(h.categorie)}
      </p>
      <h3 className="utrecht-heading-3" id={`hv-${h.id}`}>
        {h.titel}
      </h3>
      <p>
        Status: <strong>{statusLabel(h.status)}</strong> · {h.wanneer}
      </p>
      {h.toegestaneActies.includes('intrekken') && !intrekken && (
        <Button variant="secondary" onClick={() => setIntrekken(true)}>
          Hulpvraag intrekken
        </Button>
      )}
      {intrekken && (
        <form className="bk-inline-form" onSubmit={submit} noValidate>
          <ChoiceGroup
            name={`reden-${h.id}`}
            legend="Waarom trekt u de vraag in?"
            error={fout}
            options={INTREK_REDENEN.map((r) => ({ value: r.value, label: r.label }))}
            value={reden}
            onValue={(x) => {
              setReden(x as string);
              setFout(undefined);
            }}
          />
          <div className="bk-actions">
            <Button type="submit" disabled={act.busy !== null}>
              Ja, intrekken
            </Button>
            <Button variant="subtle" onClick={() => setIntrekken(false)}>
              Nee, toch niet
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}

function Voorstellen({ aanbod, al, act, onDone }: { aanbod: Aanbod; al: Set<string>; act: Act; onDone: () => void }) {
  const s = useLoad<AanbodSuggestie[]>((sig) => staff.aanbodSuggesties(aanbod.id, sig), `ab-sug:${aanbod.id}`);
  const lijst = s.data?.filter((v) => !al.has(v.hulpvraagId));
  return (
    <div className="bk-inline-form">
      <h4 className="utrecht-heading-4">Vragen die bij u passen</h4>
      {!s.data && <LoadState loading={s.loading} error={s.error} what="De vragen" retry={s.reload} />}
      {lijst?.length === 0 && <p className="utrecht-paragraph">Er is nu geen vraag die bij u past. We laten het u weten.</p>}
      <ul className="bk-kaarten">
        {lijst?.map((v) => (
          <li key={v.hulpvraagId} className="bk-kaart" aria-labelledby={`sv-${v.hulpvraagId}`}>
            <p className="bk-muted">
              {v.referentie} · {categorieNaam(v.categorie)} · {v.wanneer}
            </p>
            <h5 className="utrecht-heading-5 bk-h5" id={`sv-${v.hulpvraagId}`}>
              {v.titel}
            </h5>
            {v.reasons.length > 0 && (
              <ul className="bk-redenen">
                {v.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            )}
            <Button
              disabled={act.busy !== null}
              aria-describedby={`sv-${v.hulpvraagId}`}
              onClick={async () => {
                if (await act.run('help', () => staff.koppelen(v.hulpvraagId, aanbod.id), `Dank u! U helpt bij "${v.titel}". De bewoner krijgt bericht.`)) {
                  s.reload();
                  onDone();
                }
              }}
            >
              Ik help
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function MatchKaart({ m, benIkBewoner, act, onDone }: { m: Match; benIkBewoner: boolean; act: Act; onDone: () => void }) {
  const [gebeurd, setGebeurd] = useState('');
  const [oordeel, setOordeel] = useState('');
  const doe = async (key: string, fn: () => Promise<unknown>, ok: string) => {
    if (await act.run(key, fn, ok)) onDone();
  };
  const ander = benIkBewoner ? m.helper.voornaam : m.bewoner.voornaam;
  const lopend = ['bevestigd', 'actief'].includes(m.status);
  return (
    <li className="bk-kaart" aria-labelledby={`m-${m.id}`}>
      <p className="bk-muted">
        {m.hulpvraag.referentie} · {categorieNaam(m.hulpvraag.categorie)}
      </p>
      <h3 className="utrecht-heading-3" id={`m-${m.id}`}>
        {m.hulpvraag.titel}
      </h3>
      <p>
        {benIkBewoner ? 'Helper' : 'Voor'}: <strong>{ander}</strong> · Status: <strong>{statusLabel(m.status)}</strong>
      </p>
      <p>{m.volgendeDatum ? `Volgende keer: ${wanneerKort(m.volgendeDatum)}` : `Wanneer: ${m.hulpvraag.wanneer}`}</p>
      {m.redenen.length > 0 && !benIkBewoner && <p className="bk-muted">Waarom u: {m.redenen.join(', ')}</p>}
      <div className="bk-actions">
        {!benIkBewoner && m.status === 'aangeboden' && (
          <>
            <Button
              disabled={act.busy !== null}
              onClick={() => doe('acc', () => staff.accepteren(m.id), `Dank u! U helpt ${ander}. De makelaar belt de bewoner.`)}
            >
              Ja, ik help
            </Button>
            <Button
              variant="secondary"
              disabled={act.busy !== null}
              onClick={() => doe('afw', () => staff.afwijzen(m.id), 'U hebt nee gezegd. Dat is goed; we vragen iemand anders.')}
            >
              Nee, liever niet
            </Button>
          </>
        )}
        {benIkBewoner && m.status === 'geaccepteerd' && (
          <Button disabled={act.busy !== null} onClick={() => doe('bev', () => staff.bevestigen(m.id), `Bevestigd. ${ander} komt helpen.`)}>
            Ja, {ander} mag komen
          </Button>
        )}
      </div>
      {lopend && (
        <form
          className="bk-inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!gebeurd) return act.setMessage({ kind: 'error', text: 'Kies ja of nee: is de hulp gebeurd?' });
            void doe('uit', () => staff.uitkomst(m.id, gebeurd === 'ja', (oordeel || undefined) as 'positief' | undefined), 'Dank u voor uw antwoord.');
          }}
        >
          <ChoiceGroup
            name={`gebeurd-${m.id}`}
            legend="Is de hulp gebeurd?"
            options={[
              { value: 'ja', label: 'Ja' },
              { value: 'nee', label: 'Nee' },
            ]}
            value={gebeurd}
            onValue={(x) => setGebeurd(x as string)}
          />
          {gebeurd === 'ja' && (
            <SelectField name={`oordeel-${m.id}`} label="Hoe ging het?" optional value={oordeel} onValue={setOordeel}>
              <option value="">Zeg ik liever niet</option>
              <option value="positief">Goed</option>
              <option value="neutraal">Gewoon</option>
              <option value="negatief">Niet goed</option>
            </SelectField>
          )}
          <Button type="submit" variant="secondary" disabled={act.busy !== null}>
            Antwoord versturen
          </Button>
        </form>
      )}
    </li>
  );
}

function MijnGegevens({ deelnemerId }: { deelnemerId: string }) {
  const inz = useLoad<Inzage>((s) => staff.inzage(deelnemerId, s), `inzage:${deelnemerId}`);
  const ts = useLoad<Toestemming[]>((s) => staff.toestemmingen(deelnemerId, s), `ts:${deelnemerId}`);
  const act = useAction();
  const d = inz.data?.deelnemer;
  return (
    <>
      <section aria-labelledby="gg-kop" className="bk-section">
        <h2 id="gg-kop" className="utrecht-heading-2">
          Mijn gegevens
        </h2>
        {!d && <LoadState loading={inz.loading} error={inz.error} what="Uw gegevens" retry={inz.reload} />}
        {d && (
          <dl className="bk-gegevens">
            <div>
              <dt>Naam</dt>
              <dd>{[d.voornaam, d.achternaam].filter(Boolean).join(' ')}</dd>
            </div>
            <div>
              <dt>E-mail</dt>
              <dd>{d.email ?? '–'}</dd>
            </div>
            <div>
              <dt>Telefoon</dt>
              <dd>{d.telefoon ?? '–'}</dd>
            </div>
            <div>
              <dt>Adres</dt>
              <dd>
                {d.adres.huisnummer}, {d.adres.postcode}
              </dd>
            </div>
            <div>
              <dt>Wie keek</dt>
              <dd>{inz.data?.wieHeeftUwGegevensBekeken.length ?? 0} keer bekeken of gewijzigd</dd>
            </div>
          </dl>
        )}
        <DownloadKnop pad={`/deelnemers/${deelnemerId}/inzage.pdf`} bestand="mijn-gegevens.pdf">
          Alles wat we van u bewaren (PDF)
        </DownloadKnop>
      </section>

      <section aria-labelledby="ts-kop" className="bk-section">
        <h2 id="ts-kop" className="utrecht-heading-2">
          Mijn toestemmingen
        </h2>
        <ActionMessage message={act.message} />
        {!ts.data && <LoadState loading={ts.loading} error={ts.error} what="Uw toestemmingen" retry={ts.reload} />}
        <ul className="bk-kaarten">
          {ts.data?.map((t) => (
            <li key={t.id} className="bk-kaart" aria-labelledby={`t-${t.id}`}>
              <p id={`t-${t.id}`}>
                <strong>{TOESTEMMING_LABELS[t.doel] ?? t.doel}</strong>
                {t.derde ? ` (${t.derde})` : ''}
              </p>
              <p className="bk-muted">
                Gegeven op {wanneerKort(t.gegevenOp)}
                {t.ingetrokkenOp ? `; ingetrokken op ${wanneerKort(t.ingetrokkenOp)}` : ''}
              </p>
              {!t.ingetrokkenOp && (
                <Button
                  variant="secondary"
                  aria-describedby={`t-${t.id}`}
                  disabled={act.busy !== null}
                  onClick={async () => {
                    if (await act.run('tin', () => staff.toestemmingIntrekken(deelnemerId, t.id), 'Uw toestemming is ingetrokken.')) ts.reload();
                  }}
                >
                  Intrekken
                </Button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <Verwijderen deelnemerId={deelnemerId} />
    </>
  );
}

function Verwijderen({ deelnemerId }: { deelnemerId: string }) {
  const [stap, setStap] = useState<0 | 1>(0);
  const [zeker, setZeker] = useState(false);
  const [fout, setFout] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const weg = async (e: FormEvent) => {
    e.preventDefault();
    if (!zeker) return setFout('Zet eerst een vinkje.');
    setBusy(true);
    try {
      await staff.verwijderen(deelnemerId);
      auth.signedOut();
      navigate('/?verwijderd=1');
    } catch (err) {
      setFout(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="weg-kop" className="bk-section bk-gevaar">
      <h2 id="weg-kop" className="utrecht-heading-2">
        Mijn account verwijderen
      </h2>
      <p className="utrecht-paragraph">Dan halen we uw naam, adres en telefoonnummer weg. Uw hulpvragen en aanbod stoppen. Dit kunt u niet terugdraaien.</p>
      {stap === 0 ? (
        <Button variant="secondary" onClick={() => setStap(1)}>
          Ik wil mijn account verwijderen
        </Button>
      ) : (
        <form onSubmit={weg} noValidate>
          <Alert kind="warning">Weet u het zeker? Na het verwijderen kunt u niet meer inloggen.</Alert>
          <CheckboxField
            name="zeker"
            label="Ja, ik weet het zeker. Verwijder mijn gegevens."
            error={fout}
            checked={zeker}
            onChecked={(x) => {
              setZeker(x);
              setFout(undefined);
            }}
          />
          <div className="bk-actions">
            <Button type="submit" className="bk-knop-gevaar" disabled={busy}>
              Verwijder mijn account
            </Button>
            <Button variant="subtle" onClick={() => setStap(0)}>
              Nee, toch niet
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
