// A request's helpers: the suggestions with the score per component (small bars) and the Dutch reasons, the
// near-misses with why they were excluded; then offer to one helper, or to several in a cascade. Once a helper said
// yes, the match card (who helps whom, where, the next dates, how to cancel) can be printed for the two of them.
import { useState } from 'react';
import { COMPONENTEN, COMPONENT_LABELS, MATCHKAART_STATUS, staff, type Hulpvraag, type Match, type Suggesties } from '../../api/staff';
import { Alert, Button, ChoiceGroup } from '../../components/Form';
import { categorieNaam } from '../../lib/categories';
import { useLoad } from '../../lib/feed';
import { Link, useLocation, usePageTitle } from '../../router';
import { ActionMessage, Bar, DownloadKnop, LoadState, statusLabel, useAction, wanneerKort } from '../ui';
import { DESK, deskPath } from './paths';

export function Matchen({ id }: { id: string }) {
  usePageTitle('Helpers zoeken');
  const { search } = useLocation();
  const nieuw = search.get('nieuw');
  const hv = useLoad<Hulpvraag>((s) => staff.hulpvraag(id, s), `hv:${id}`);
  const sug = useLoad<Suggesties | null>(
    (s) => (hv.data && hv.data.status !== 'open' ? Promise.resolve(null) : staff.suggesties(id, s)),
    `sug:${id}:${hv.data?.status ?? ''}`,
  );
  const matches = useLoad<Match[]>((s) => staff.hulpvraagMatches(id, s), `hvm:${id}`);
  const [gekozen, setGekozen] = useState<string[]>([]);
  const [modus, setModus] = useState<'een-voor-een' | 'tegelijk'>('een-voor-een');
  const act = useAction();

  const na = () => {
    matches.reload();
    hv.reload();
    setGekozen([]);
  };
  const aanbieden = async (aanbodId: string, naam: string) => {
    if (await act.run(`een:${aanbodId}`, () => staff.koppelen(id, aanbodId), `Aangeboden aan ${naam}. We laten het u weten als ${naam} antwoordt.`)) na();
  };
  const cascade = async () => {
    if (!gekozen.length) return act.setMessage({ kind: 'error', text: 'Kies eerst een of meer helpers met de vinkjes.' });
    const r = await act.run(
      'cascade',
      () => staff.cascade(id, gekozen, modus),
      (m) =>
        modus === 'tegelijk'
          ? `Aangeboden aan ${m.length} helpers tegelijk. Wie het eerst ja zegt, helpt.`
          : `Cascade gestart met ${gekozen.length} helpers: eerst ${m[0]?.helper.voornaam ?? 'de eerste'}, daarna de volgende als er geen ja komt.`,
    );
    if (r) na();
  };

  const h = hv.data;
  return (
    <>
      <p className="bk-terug">
        <Link href={DESK}>← Terug naar de werkvoorraad</Link>
      </p>
      <h1 className="utrecht-heading-1">Helpers zoeken</h1>
      {nieuw && (
        <Alert kind="ok" role="status">
          Opgeslagen. Hulpvraag {nieuw} staat klaar. Kies hieronder een helper.
        </Alert>
      )}
      {!h && <LoadState loading={hv.loading} error={hv.error} what="De hulpvraag" retry={hv.reload} />}
      {h && (
        <section className="bk-hv-kaart" aria-label="De hulpvraag">
          <p className="bk-muted">
            {h.referentie} · {categorieNaam(h.categorie)} · {statusLabel(h.status)}
          </p>
          <h2 className="utrecht-heading-2">{h.titel}</h2>
          {h.omschrijving && <p className="utrecht-paragraph">{h.omschrijving}</p>}
          <p className="utrecht-paragraph">
            Wanneer: {h.wanneer} · ongeveer {h.duurMinuten} minuten · <Link href={deskPath.deelnemer(h.deelnemerId)}>Dossier van de bewoner</Link>
          </p>
        </section>
      )}
      <ActionMessage message={act.message} />

      {matches.data && matches.data.length > 0 && (
        <section aria-labelledby="al-kop" className="bk-section">
          <h2 id="al-kop" className="utrecht-heading-2">
            Al aangeboden
          </h2>
          <ul className="bk-lijst">
            {matches.data.map((m) => (
              <li key={m.id}>
                <span id={`al-${m.id}`}>
                  <strong>{m.helper.voornaam}</strong>: {statusLabel(m.status)}
                  {m.cascade ? ` (cascade, nummer ${m.cascade.positie})` : ''}
                  {m.verlooptOp && m.status === 'aangeboden' ? `; verloopt ${wanneerKort(m.verlooptOp)}` : ''}
                </span>
                {MATCHKAART_STATUS.includes(m.status) && (
                  <div className="bk-actions--wrap bk-matchkaart">
                    <DownloadKnop pad={`/matches/${m.id}/kaart.pdf`} bestand={`matchkaart-${m.hulpvraag.referentie}.pdf`} beschrijving={`al-${m.id}`}>
                      Matchkaart printen (PDF)
                    </DownloadKnop>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {h && h.status !== 'open' && <p className="utrecht-paragraph">Deze hulpvraag is niet meer open; er worden geen helpers gezocht.</p>}
      {sug.data === undefined && h?.status === 'open' && <LoadState loading={sug.loading} error={sug.error} what="De helpers" retry={sug.reload} />}
      {sug.data && (
        <section aria-labelledby="sug-kop" className="bk-section">
          <h2 id="sug-kop" className="utrecht-heading-2">
            Passende helpers ({sug.data.suggesties.length} van {sug.data.aantalBeoordeeld} bekeken)
          </h2>
          {sug.data.suggesties.length === 0 && <p className="utrecht-paragraph">Er is nu niemand die past. Bekijk hieronder wie net niet past, en waarom.</p>}
          <ol className="bk-sugg">
            {sug.data.suggesties.map((s, i) => {
              const kop = `sug-${s.aanbodId}`;
              const aan = gekozen.includes(s.aanbodId);
              return (
                <li key={s.aanbodId} className="bk-sugg__item" aria-labelledby={kop}>
                  <div className="bk-sugg__kop">
                    <input
                      type="checkbox"
                      id={`kies-${s.aanbodId}`}
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                      checked={aan}
                      onChange={(e) => setGekozen((g) => (e.target.checked ? [...g, s.aanbodId] : g.filter((x) => x !== s.aanbodId)))}
                    />
                    <label htmlFor={`kies-${s.aanbodId}`} className="bk-sugg__naam" id={kop}>
                      {i + 1}. {s.voornaam} <span className="bk-muted"> · {s.soort === 'wijkservice' ? 'Wijkservice' : 'vrijwilliger'}</span>
                    </label>
                    <span className="bk-sugg__score">Past {Math.round(s.score * 100)}%</span>
                  </div>
                  {s.reasons.length > 0 && (
                    <ul className="bk-redenen">
                      {s.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  )}
                  <details className="bk-details">
                    <summary>Score per onderdeel</summary>
                    <div className="bk-bars">
                      {COMPONENTEN.filter((c) => s.components[c] !== undefined).map((c) => (
                        <Bar key={c} label={COMPONENT_LABELS[c]} value={s.components[c] ?? 0} />
                      ))}
                    </div>
                  </details>
                  <div className="bk-actions">
                    <Button variant="secondary" disabled={act.busy !== null} onClick={() => aanbieden(s.aanbodId, s.voornaam)}>
                      Aanbieden aan {s.voornaam}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ol>
          {sug.data.suggesties.length > 0 && (
            <div className="bk-cascade">
              <h3 className="utrecht-heading-3">Aan meer helpers aanbieden</h3>
              <p className="utrecht-paragraph">
                Vink de helpers aan, in de volgorde van de lijst. Gekozen:{' '}
                {gekozen.length
                  ? sug.data.suggesties
                      .filter((s) => gekozen.includes(s.aanbodId))
                      .map((s) => s.voornaam)
                      .join(', ')
                  : 'nog niemand'}
                .
              </p>
              <ChoiceGroup
                name="modus"
                legend="Hoe?"
                options={[
                  { value: 'een-voor-een', label: 'Eén voor één', hint: 'De volgende krijgt het aanbod als de vorige nee zegt of niet antwoordt.' },
                  { value: 'tegelijk', label: 'Allemaal tegelijk', hint: 'Wie het eerst ja zegt, helpt.' },
                ]}
                value={modus}
                onValue={(x) => setModus(x as typeof modus)}
              />
              <Button onClick={cascade} disabled={act.busy !== null}>
                Aanbieden aan gekozen helpers
              </Button>
            </div>
          )}
          {sug.data.uitgesloten.length > 0 && (
            <section aria-labelledby="uit-kop" className="bk-section">
              <h3 id="uit-kop" className="utrecht-heading-3">
                Past net niet
              </h3>
              <ul className="bk-lijst">
                {sug.data.uitgesloten.map((u) => (
                  <li key={u.aanbodId}>
                    <strong>{u.voornaam}</strong>: {(u.excludedBy ?? []).map((x) => x.zin ?? x.code).join('; ') || 'past niet'}
                    {u.reasons.length > 0 && <span className="bk-muted"> (wel: {u.reasons.join(', ')})</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
      )}
    </>
  );
}
