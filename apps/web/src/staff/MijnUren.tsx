// For a Wijkservice participant on "Mijn overzicht": the hours they registered this year, per month, per week and
// per task, with the state of each (bevestigd, betwist, open), the totals of this month and this year, and their
// statement as a PDF to print. Only their own hours (GET /wijkservice/deelnemers/{id}/uren checks that).
import { staff, type UrenOverzicht, type UrenStand, type UrenTelling } from '../api/staff';
import { useLoad } from '../lib/feed';
import { DownloadKnop, Kerncijfer, LoadState } from './ui';
import './beheer.css';

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const uur = (u: number) => `${getal.format(u)} uur`;
const MAAND = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAG = new Intl.DateTimeFormat('nl-NL', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const KORT = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const datum = (iso: string) => new Date(`${iso}T00:00:00Z`);

const STAND_LABELS: Record<UrenStand, string> = {
  bevestigd: 'Bevestigd',
  betwist: 'Betwist: de makelaar belt u',
  open: 'Wacht op bevestiging',
};
const STANDEN: UrenStand[] = ['bevestigd', 'betwist', 'open'];

/** "2 uur bevestigd, 1 uur open": only the states that have hours */
const uitleg = (t: UrenTelling) =>
  STANDEN.filter((k) => t[k] > 0)
    .map((k) => `${uur(t[k])} ${k === 'open' ? 'nog open' : k}`)
    .join(', ') || 'nog geen uren';

/** Hours per period: the total, and how much of it is confirmed, disputed or open (three columns, so it fits a phone). */
function Telling({ id, titel, kop, rijen }: { id: string; titel: string; kop: string; rijen: { key: string; label: string; t: UrenTelling }[] }) {
  return (
    <div className="bk-tabel-wrap">
      <table className="bk-tabel bk-tabel--uren" id={id}>
        <caption>{titel}</caption>
        <thead>
          <tr>
            <th scope="col">{kop}</th>
            <th scope="col">Uren</th>
            <th scope="col">Waarvan</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td data-kolom="totaal">{getal.format(r.t.totaal)}</td>
              <td data-kolom="stand">{uitleg(r.t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MijnUren({ deelnemerId }: { deelnemerId: string }) {
  const u = useLoad<UrenOverzicht>((s) => staff.wijkserviceUren(deelnemerId, s), `uren:${deelnemerId}`);
  const d = u.data;
  return (
    <section aria-labelledby="uren-kop" className="bk-section">
      <h2 id="uren-kop" className="utrecht-heading-2">
        Mijn uren bij Wijkservice
      </h2>
      {!d && <LoadState loading={u.loading} error={u.error} what="Uw uren" retry={u.reload} />}
      {d && (
        <>
          <p className="utrecht-paragraph">
            U werkt hoogstens {uur(d.afspraak.urenPerWeek)} per week. Uren tellen mee als u en de bewoner ze allebei hebben bevestigd.
          </p>
          <dl className="bk-kpis">
            <Kerncijfer id="uren-maand" label="Deze maand" waarde={uur(d.dezeMaand.totaal)} uitleg={uitleg(d.dezeMaand)} />
            <Kerncijfer id="uren-jaar" label={`Dit jaar (${d.periode.van.slice(0, 4)})`} waarde={uur(d.ditJaar.totaal)} uitleg={uitleg(d.ditJaar)} />
          </dl>
          {d.taken.length === 0 ? (
            <p className="utrecht-paragraph">U hebt dit jaar nog geen uren geschreven.</p>
          ) : (
            <>
              <Telling
                id="uren-per-maand"
                titel="Uren per maand"
                kop="Maand"
                rijen={d.perMaand.map((m) => ({ key: m.maand, label: MAAND.format(datum(`${m.maand}-01`)), t: m }))}
              />
              <details className="bk-details">
                <summary>Uren per week</summary>
                <Telling
                  id="uren-per-week"
                  titel="Uren per week"
                  kop="Week"
                  rijen={d.perWeek.map((w) => ({
                    key: w.van,
                    label: `Week ${Number(w.week.slice(-2))} (${KORT.format(datum(w.van))} tot en met ${KORT.format(datum(w.tot))})`,
                    t: w,
                  }))}
                />
              </details>
              <div className="bk-tabel-wrap">
                <table className="bk-tabel bk-tabel--uren" id="uren-per-taak">
                  <caption>Uren per taak</caption>
                  <thead>
                    <tr>
                      <th scope="col">Taak</th>
                      <th scope="col">Uren</th>
                      <th scope="col">Stand</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.taken.map((t) => (
                      <tr key={`${t.soort}:${t.id}`} data-stand={t.status}>
                        <th scope="row">
                          {t.titel ?? t.taak}
                          <span className="bk-tabel__sub">
                            {DAG.format(datum(t.datum))}
                            {t.titel ? ` · ${t.taak}` : ''}
                          </span>
                        </th>
                        <td data-kolom="uren">{getal.format(t.uren)}</td>
                        <td data-kolom="stand">{STAND_LABELS[t.status]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {d.verklaring && (
            <DownloadKnop pad={`/wijkservice/deelnemers/${deelnemerId}/verklaring.pdf`} bestand="verklaring-wijkservice.pdf">
              Verklaring van mijn uren (PDF)
            </DownloadKnop>
          )}
        </>
      )}
    </section>
  );
}
