// The deelnemer file: who, how to reach them, their requests, and the contactmomenten; log a new contact.
import { useState, type FormEvent } from 'react';
import { CONTACT_KANALEN, staff, type Contactmoment, type Deelnemer, type Hulpvraag } from '../../api/staff';
import { Button, CheckboxField, SelectField, TextArea } from '../../components/Form';
import { categorieNaam } from '../../lib/categories';
import { useLoad } from '../../lib/feed';
import { telHref } from '../../lib/format';
import { Link, usePageTitle } from '../../router';
import { ActionMessage, LoadState, statusLabel, useAction, wanneerKort } from '../ui';
import { DESK, deskPath, useWijkNamen } from './paths';

const KANAAL_LABELS: Record<string, string> = {
  telefoon: 'Telefoon',
  bezoek: 'Huisbezoek',
  balie: 'Aan de balie',
  email: 'E-mail',
  sms: 'Sms',
  post: 'Post',
  app: 'App',
  'via-makelaar': 'Via de makelaar',
};

export function Dossier({ id }: { id: string }) {
  usePageTitle('Dossier');
  const dn = useLoad<Deelnemer>((s) => staff.deelnemer(id, s), `dn:${id}`);
  const hv = useLoad<Hulpvraag[]>((s) => staff.hulpvragen({ deelnemer: id }, s), `dnhv:${id}`);
  const cm = useLoad<Contactmoment[]>((s) => staff.contactmomenten(id, s), `cm:${id}`);
  const wijken = useWijkNamen();
  const d = dn.data;
  return (
    <>
      <p className="bk-terug">
        <Link href={DESK}>← Terug naar de werkvoorraad</Link>
      </p>
      <h1 className="utrecht-heading-1">Dossier{d ? `: ${d.voornaam}${d.achternaam ? ` ${d.achternaam}` : ''}` : ''}</h1>
      {!d && <LoadState loading={dn.loading} error={dn.error} what="Het dossier" retry={dn.reload} />}
      {d && (
        <dl className="bk-gegevens">
          <div>
            <dt>Telefoon</dt>
            <dd>{d.telefoon ? <a href={telHref(d.telefoon)}>{d.telefoon}</a> : 'onbekend'}</dd>
          </div>
          <div>
            <dt>Adres</dt>
            <dd>
              {[d.adres.straat, d.adres.huisnummer].filter(Boolean).join(' ')}, {d.adres.postcode}
              {d.wijk ? ` (${wijken.get(d.wijk) ?? d.wijk})` : ''}
            </dd>
          </div>
          <div>
            <dt>Contact via</dt>
            <dd>
              {KANAAL_LABELS[d.contactVoorkeur] ?? d.contactVoorkeur}
              {d.offline ? '; heeft geen computer' : ''}
            </dd>
          </div>
          <div>
            <dt>Rol</dt>
            <dd>{d.rollen.join(', ')}</dd>
          </div>
          {d.instroom && (
            <div>
              <dt>Ingeschreven</dt>
              <dd>{d.instroom.datum}</dd>
            </div>
          )}
        </dl>
      )}
      <section aria-labelledby="dhv-kop" className="bk-section">
        <h2 id="dhv-kop" className="utrecht-heading-2">
          Hulpvragen
        </h2>
        {!hv.data && <LoadState loading={hv.loading} error={hv.error} what="De hulpvragen" retry={hv.reload} />}
        {hv.data?.length === 0 && <p className="utrecht-paragraph">Nog geen hulpvragen.</p>}
        <ul className="bk-lijst">
          {hv.data?.map((h) => (
            <li key={h.id}>
              <Link href={deskPath.hulpvraag(h.id)}>
                {h.referentie}: {h.titel}
              </Link>{' '}
              <span className="bk-muted">
                · {categorieNaam(h.categorie)} · {statusLabel(h.status)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="cm-kop" className="bk-section">
        <h2 id="cm-kop" className="utrecht-heading-2">
          Contactmomenten
        </h2>
        <ContactForm deelnemerId={id} onLogged={(c) => cm.set([c, ...(cm.data ?? [])])} />
        {!cm.data && <LoadState loading={cm.loading} error={cm.error} what="De contactmomenten" retry={cm.reload} />}
        {cm.data?.length === 0 && <p className="utrecht-paragraph">Nog geen contactmomenten.</p>}
        <ol className="bk-tijdlijn">
          {cm.data?.map((c) => (
            <li key={c.id}>
              <p className="bk-muted">
                {wanneerKort(c.at)} · {KANAAL_LABELS[c.kanaal] ?? c.kanaal}
                {c.opvolgingNodig ? ' · opvolging nodig' : ''}
              </p>
              <p className="utrecht-paragraph">{c.samenvatting}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function ContactForm({ deelnemerId, onLogged }: { deelnemerId: string; onLogged: (c: Contactmoment) => void }) {
  const [kanaal, setKanaal] = useState('telefoon');
  const [samenvatting, setSamenvatting] = useState('');
  const [opvolging, setOpvolging] = useState(false);
  const [fout, setFout] = useState<string | undefined>();
  const act = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (samenvatting.trim().length < 3) return setFout('Schrijf kort op wat er besproken is.');
    const c = await act.run(
      'log',
      () => staff.contactLoggen({ deelnemerId, kanaal, samenvatting: samenvatting.trim(), opvolgingNodig: opvolging }),
      'Contactmoment vastgelegd.',
    );
    if (c) {
      onLogged(c);
      setSamenvatting('');
      setOpvolging(false);
    }
  };
  return (
    <form className="bk-form bk-inline-form" onSubmit={submit} noValidate>
      <h3 className="utrecht-heading-3">Contact vastleggen</h3>
      <SelectField name="kanaal" label="Hoe?" value={kanaal} onValue={setKanaal}>
        {CONTACT_KANALEN.map((k) => (
          <option key={k} value={k}>
            {KANAAL_LABELS[k] ?? k}
          </option>
        ))}
      </SelectField>
      <TextArea
        name="samenvatting"
        label="Wat is besproken?"
        value={samenvatting}
        error={fout}
        onValue={(x) => {
          setSamenvatting(x);
          setFout(undefined);
        }}
        maxLength={2000}
      />
      <CheckboxField name="opvolgingNodig" label="Opvolging nodig (er komt een taak in de werkvoorraad)" checked={opvolging} onChecked={setOpvolging} />
      <Button type="submit" disabled={act.busy !== null}>
        Vastleggen
      </Button>
      <ActionMessage message={act.message} />
    </form>
  );
}
