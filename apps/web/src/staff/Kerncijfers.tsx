// The gemeente dashboard: the kerncijfers of GET /monitoring/kerncijfers as key figures, SVG bar charts with a table
// next to each, and a wijk map drawn from /wijken.geojson with the buurt boundaries of /buurten.geojson as thin lines
// (both fetched from the api when this staff page opens, never bundled). Only aggregates, never personal data; cells under 5 come
// from the api as "<5" and are shown as "<5".
import { useState } from 'react';
import { api } from '../api/client';
import { downloadMetToken, staff, type Cel, type Doorlooptijd, type ExportItem, type Figuur, type GeoJson, type Kerncijfers as KC } from '../api/staff';
import type { Account, Wijk } from '../api/types';
import { Button, SelectField, TextField } from '../components/Form';
import { useCategorieen } from '../lib/categories';
import { useLoad } from '../lib/feed';
import { usePageTitle } from '../router';
import { BarChart, celTekst, FigTabel, WijkKaart } from './charts';
import { ActionMessage, Kerncijfer, LoadState, useAction } from './ui';

const GROEPERINGEN = [
  { value: 'none', label: 'Geen (alleen totalen)' },
  { value: 'wijk', label: 'Per wijk' },
  { value: 'stadsdeel', label: 'Per stadsdeel' },
  { value: 'categorie', label: 'Per categorie' },
  { value: 'maand', label: 'Per maand' },
];
const GROEP_KOP: Record<string, string> = { none: 'Groep', wijk: 'Wijk', stadsdeel: 'Stadsdeel', categorie: 'Categorie', maand: 'Maand' };

const KOLOM_LABELS: Record<string, string> = {
  bewoner: 'Bewoners',
  vrijwilliger: 'Vrijwilligers',
  wijkservice: 'Wijkservice',
  zelf: 'Zelf gevonden',
  makelaar: 'Via makelaar',
  systeem: 'Automatisch',
  binnen: 'Binnen 5 werkdagen',
  buiten: 'Later',
  'met-match': 'Met match',
  'zonder-match': 'Zonder match',
  verlopen: 'Verlopen',
  ingetrokken: 'Ingetrokken',
  doorverwezen: 'Doorverwezen',
  aantal: 'Aantal',
  helpers: 'Helpers',
};

interface FiguurDef {
  key: string;
  titel: string;
  get: (k: KC) => Figuur | undefined | null;
  /** which column the map colours by; '' means the row total */
  kolom?: string;
}
const FIGUREN: FiguurDef[] = [
  { key: 'nieuw', titel: 'Nieuwe hulpvragen', get: (k) => k.hulpvragen.nieuw, kolom: '' },
  { key: 'gemaakt', titel: 'Matches (zelf, via makelaar, automatisch)', get: (k) => k.matches.gemaakt, kolom: '' },
  { key: 'afgerond', titel: 'Afgeronde matches', get: (k) => k.matches.afgerond, kolom: '' },
  { key: 'binnenNorm', titel: 'Eerste contact binnen de norm van 5 werkdagen', get: (k) => k.hulpvragen.binnenNorm, kolom: 'binnen' },
  { key: 'onvervuld', titel: 'Onvervulde vraag (verlopen, ingetrokken, doorverwezen)', get: (k) => k.hulpvragen.onvervuld, kolom: '' },
  { key: 'geregistreerd', titel: 'Geregistreerde deelnemers', get: (k) => k.deelnemers?.geregistreerd, kolom: 'vrijwilliger' },
  { key: 'actief', titel: 'Actieve deelnemers', get: (k) => k.deelnemers?.actief, kolom: 'vrijwilliger' },
  { key: 'wijkservice', titel: 'Wijkservice: helpers', get: (k) => k.wijkservice, kolom: '' },
];
const KAART_FIGUREN = FIGUREN.filter((f) => f.kolom !== undefined);
const kaartLabel = (f: FiguurDef) => (f.kolom && f.kolom !== '' ? `${f.titel}: ${KOLOM_LABELS[f.kolom] ?? f.kolom}` : f.titel);

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`);
const kolom = (f: Figuur | undefined | null, k: string): Cel => (f ? (f.kolomTotalen[f.kolommen.indexOf(k)] ?? null) : null);
const getal1 = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const duur = (x: number | null, eenheid: string) => (x === null ? '–' : `${getal1.format(x)} ${eenheid}`);

function vandaag(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function Samenvatting({ k }: { k: KC }) {
  const d = k.deelnemers;
  const totaal = (f: Doorlooptijd) => f.rijen.find((r) => r.groep === 'totaal') ?? f.rijen[0];
  const ec = totaal(k.hulpvragen.eersteContactUren);
  const tm = totaal(k.hulpvragen.totMatchDagen);
  return (
    <dl className="bk-kpis">
      {d && (
        <>
          <Kerncijfer id="geregistreerd-vrijwilligers" label="Geregistreerde vrijwilligers" waarde={celTekst(kolom(d.geregistreerd, 'vrijwilliger'))} />
          <Kerncijfer id="geregistreerd-bewoners" label="Geregistreerde bewoners" waarde={celTekst(kolom(d.geregistreerd, 'bewoner'))} />
          <Kerncijfer id="actief-vrijwilligers" label="Actieve vrijwilligers" waarde={celTekst(kolom(d.actief, 'vrijwilliger'))} />
        </>
      )}
      <Kerncijfer id="nieuwe-hulpvragen" label="Nieuwe hulpvragen" waarde={celTekst(k.hulpvragen.nieuw.totaal)} />
      <Kerncijfer
        id="matches"
        label="Matches"
        waarde={celTekst(k.matches.gemaakt.totaal)}
        uitleg={`zelf ${celTekst(kolom(k.matches.gemaakt, 'zelf'))} · via makelaar ${celTekst(kolom(k.matches.gemaakt, 'makelaar'))}`}
      />
      <Kerncijfer id="afgerond" label="Afgeronde matches" waarde={celTekst(k.matches.afgerond.totaal)} />
      <Kerncijfer id="binnen-norm" label="Eerste contact binnen 5 werkdagen" waarde={pct(k.hulpvragen.binnenNorm.totaalAandeel)} />
      <Kerncijfer
        id="eerste-contact"
        label="Tijd tot eerste contact"
        waarde={duur(ec?.mediaan ?? null, 'uur')}
        uitleg={`mediaan; 90% binnen ${duur(ec?.p90 ?? null, 'uur')} (n = ${celTekst(ec?.n)})`}
      />
      <Kerncijfer
        id="tot-match"
        label="Tijd tot match"
        waarde={duur(tm?.mediaan ?? null, 'dagen')}
        uitleg={`mediaan; 90% binnen ${duur(tm?.p90 ?? null, 'dagen')} (n = ${celTekst(tm?.n)})`}
      />
      <Kerncijfer id="onvervuld" label="Onvervulde vraag" waarde={celTekst(k.hulpvragen.onvervuld.totaal)} />
      <Kerncijfer id="wijkservice-uren" label="Wijkservice-uren" waarde={celTekst(k.wijkservice.totaalUren)} />
    </dl>
  );
}

function DuurTabel({ titel, d, eenheid, groepLabel }: { titel: string; d: Doorlooptijd; eenheid: string; groepLabel: string }) {
  return (
    <div className="bk-tabel-wrap">
      <table className="bk-tabel">
        <caption>{titel}</caption>
        <thead>
          <tr>
            <th scope="col">{groepLabel}</th>
            <th scope="col">Aantal</th>
            <th scope="col">Mediaan ({eenheid})</th>
            <th scope="col">90% binnen ({eenheid})</th>
          </tr>
        </thead>
        <tbody>
          {d.rijen.map((r) => (
            <tr key={r.groep}>
              <th scope="row">{r.label}</th>
              <td>{celTekst(r.n)}</td>
              <td>{r.mediaan === null ? '–' : getal1.format(r.mediaan)}</td>
              <td>{r.p90 === null ? '–' : getal1.format(r.p90)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Exports() {
  const lijst = useLoad<ExportItem[]>((s) => staff.exports(s), 'exports');
  const act = useAction();
  const nu = new Date();
  const [jaar, setJaar] = useState(String(nu.getFullYear()));
  const [kwartaal, setKwartaal] = useState(String(Math.floor(nu.getMonth() / 3) + 1));
  const jaren = [0, 1, 2].map((i) => String(nu.getFullYear() - i));
  const items = lijst.data ?? [];
  const zichtbaar = items.slice(0, 12);
  return (
    <section aria-labelledby="export-kop" className="bk-section">
      <h2 id="export-kop" className="utrecht-heading-2">
        Downloads
      </h2>
      <ActionMessage message={act.message} />
      <h3 className="utrecht-heading-3">Kwartaalrapport (PDF)</h3>
      <div className="bk-filters bk-filters--kort">
        <SelectField name="rapport-jaar" label="Jaar" value={jaar} onValue={setJaar}>
          {jaren.map((j) => (
            <option key={j}>{j}</option>
          ))}
        </SelectField>
        <SelectField name="rapport-kwartaal" label="Kwartaal" value={kwartaal} onValue={setKwartaal}>
          {[1, 2, 3, 4].map((k) => (
            <option key={k} value={k}>
              Kwartaal {k}
            </option>
          ))}
        </SelectField>
        <div className="bk-filters__knop">
          <Button
            variant="secondary"
            disabled={act.busy === 'rapport'}
            onClick={() =>
              act.run(
                'rapport',
                () => downloadMetToken(`/monitoring/kwartaalrapport.pdf?jaar=${jaar}&kwartaal=${kwartaal}`, `kwartaalrapport-${jaar}-Q${kwartaal}.pdf`),
                `Het kwartaalrapport ${jaar} kwartaal ${kwartaal} is gedownload.`,
              )
            }
          >
            Download kwartaalrapport
          </Button>
        </div>
      </div>
      <h3 className="utrecht-heading-3">Dagelijkse open-data-export</h3>
      <LoadState loading={lijst.loading} error={lijst.error} what="De exports" retry={lijst.reload} />
      {lijst.data && !items.length && <p className="utrecht-paragraph">Er is nog geen export gemaakt. De export wordt elke nacht gemaakt.</p>}
      {zichtbaar.length > 0 && (
        <ul className="bk-lijst">
          {zichtbaar.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle bk-inline-button"
                onClick={() =>
                  act.run(`exp:${e.id}`, () => downloadMetToken(`/exports/${e.id}`, e.id.replaceAll('/', '_')), `${e.bestand} van ${e.datum} is gedownload.`)
                }
              >
                {e.bestand} van {e.datum}
              </button>{' '}
              <span className="bk-muted">
                (versie {e.versie}, {Math.max(1, Math.round(e.bytes / 1024))} kB)
              </span>
            </li>
          ))}
        </ul>
      )}
      {items.length > zichtbaar.length && <p className="bk-muted">De 12 nieuwste bestanden staan hier; oudere exports staan in de lijst van de api.</p>}
    </section>
  );
}

export default function Kerncijfers({ account }: { account: Account }) {
  usePageTitle('Kerncijfers');
  const categorieen = useCategorieen();
  const wijken = useLoad<Wijk[]>((s) => api.wijken(s), 'wijken');
  const geo = useLoad<GeoJson>((s) => staff.wijkenGeo(s), 'wijken-geo');
  const buurtGeo = useLoad<GeoJson>((s) => staff.buurtenGeo(s), 'buurten-geo');
  const [van, setVan] = useState(`${new Date().getFullYear()}-01-01`);
  const [tot, setTot] = useState(vandaag());
  const [groepeer, setGroepeer] = useState('wijk');
  const [wijk, setWijk] = useState('');
  const [categorie, setCategorie] = useState('');
  const [kaartFiguur, setKaartFiguur] = useState('gemaakt');
  const periodeFout = van && tot && van > tot ? 'De begindatum ligt na de einddatum.' : undefined;
  const filters = { van: van || undefined, tot: tot || undefined, wijk: wijk || undefined, categorie: categorie || undefined };
  const fkey = JSON.stringify(filters);
  const klaar = !periodeFout;
  const totaal = useLoad<KC | null>((s) => (klaar ? staff.kerncijfers({ ...filters, groepeer: 'none' }, s) : Promise.resolve(null)), `none:${fkey}`);
  const detail = useLoad<KC | null>(
    (s) => (klaar && groepeer !== 'none' ? staff.kerncijfers({ ...filters, groepeer }, s) : Promise.resolve(null)),
    `${groepeer}:${fkey}`,
  );
  // the map always needs per-wijk figures, for the whole gemeente
  const kaartFilters = { ...filters, wijk: undefined };
  const kaart = useLoad<KC | null>(
    (s) => (klaar ? staff.kerncijfers({ ...kaartFilters, groepeer: 'wijk' }, s) : Promise.resolve(null)),
    `kaart:${JSON.stringify(kaartFilters)}`,
  );

  const k = totaal.data;
  const d = groepeer === 'none' ? totaal.data : detail.data;
  const kf = KAART_FIGUREN.find((f) => f.key === kaartFiguur) ?? KAART_FIGUREN[0];
  const kaartWaarden = new Map<string, Cel>();
  const kaartFig = kaart.data ? kf.get(kaart.data) : null;
  if (kaartFig)
    for (const r of kaartFig.rijen) kaartWaarden.set(r.groep, kf.kolom ? (r.cellen[kaartFig.kolommen.indexOf(kf.kolom)] ?? null) : (r.totaal ?? null));
  const groepLabel = GROEP_KOP[d?.groepeer ?? groepeer] ?? 'Groep';

  return (
    <>
      <h1 className="utrecht-heading-1">Kerncijfers{k ? ` ${k.gemeente.naam}` : ''}</h1>
      <p className="utrecht-paragraph">
        Alleen totalen, nooit persoonsgegevens. Een aantal onder de 5 staat er als <strong>&lt;5</strong>, zodat niemand te herkennen is.
        {account.rollen.includes('beheerder') && !account.rollen.includes('gemeente') ? ' U kijkt mee als beheerder.' : ''}
      </p>

      <form className="bk-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <TextField name="van" label="Van" type="date" value={van} onValue={setVan} max={tot || undefined} error={periodeFout} />
        <TextField name="tot" label="Tot en met" type="date" value={tot} onValue={setTot} min={van || undefined} />
        <SelectField name="groepeer" label="Verdeel per" value={groepeer} onValue={setGroepeer}>
          {GROEPERINGEN.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
            </option>
          ))}
        </SelectField>
        <SelectField name="wijk" label="Wijk" value={wijk} onValue={setWijk}>
          <option value="">Alle wijken</option>
          {(wijken.data ?? []).map((w) => (
            <option key={w.code} value={w.code}>
              {w.naam}
            </option>
          ))}
        </SelectField>
        <SelectField name="categorie" label="Categorie" value={categorie} onValue={setCategorie}>
          <option value="">Alle categorieën</option>
          {categorieen.map((c) => (
            <option key={c.code} value={c.code}>
              {c.naam}
            </option>
          ))}
        </SelectField>
      </form>

      <div aria-live="polite" className="bk-status-regel">
        {k && (
          <p className="bk-muted">
            Periode {k.periode.van} tot en met {k.periode.tot}
            {wijk ? `, wijk ${wijken.data?.find((w) => w.code === wijk)?.naam ?? wijk}` : ''}
            {categorie ? `, categorie ${categorieen.find((c) => c.code === categorie)?.naam ?? categorie}` : ''}.
          </p>
        )}
      </div>
      {!k && <LoadState loading={totaal.loading} error={totaal.error} what="De kerncijfers" retry={totaal.reload} />}
      {k && (
        <section aria-labelledby="kpi-kop" className="bk-section">
          <h2 id="kpi-kop" className="utrecht-heading-2">
            In het kort
          </h2>
          <Samenvatting k={k} />
          {categorie && <p className="bk-muted">Met een categorie gekozen zijn er geen cijfers over deelnemers: mensen hebben geen categorie.</p>}
        </section>
      )}

      <section aria-labelledby="kaart-kop" className="bk-section">
        <h2 id="kaart-kop" className="utrecht-heading-2">
          Kaart per wijk
        </h2>
        <div className="bk-select-kort">
          <SelectField name="kaartfiguur" label="Kleur de wijken naar" value={kaartFiguur} onValue={setKaartFiguur}>
            {KAART_FIGUREN.map((f) => (
              <option key={f.key} value={f.key}>
                {kaartLabel(f)}
              </option>
            ))}
          </SelectField>
        </div>
        {!geo.data && <LoadState loading={geo.loading} error={geo.error} what="De kaart" retry={geo.reload} />}
        {!kaart.data && <LoadState loading={kaart.loading} error={kaart.error} what="De cijfers per wijk" retry={kaart.reload} />}
        {geo.data && kaart.data && <WijkKaart geo={geo.data} buurten={buurtGeo.data} waarden={kaartWaarden} figuurLabel={kaartLabel(kf)} />}
        {kaartFig && (
          <details className="bk-details">
            <summary>De kaart als tabel</summary>
            <FigTabel id="tabel-kaart" titel={`${kf.titel} per wijk`} figuur={kaartFig} labels={KOLOM_LABELS} groepLabel="Wijk" />
          </details>
        )}
      </section>

      <section aria-labelledby="grafiek-kop" className="bk-section">
        <h2 id="grafiek-kop" className="utrecht-heading-2">
          Grafieken en tabellen
        </h2>
        {!d && groepeer !== 'none' && <LoadState loading={detail.loading} error={detail.error} what="De cijfers" retry={detail.reload} />}
        {d && (
          <div className="bk-figuren">
            {FIGUREN.map((f) => {
              const fig = f.get(d);
              if (!fig) return null;
              return (
                <div key={f.key} className="bk-figuur" data-figuur={f.key}>
                  <h3 className="utrecht-heading-3">{f.titel}</h3>
                  <BarChart
                    id={`grafiek-${f.key}`}
                    titel={`${f.titel}, ${groepLabel.toLowerCase() === 'groep' ? 'totaal' : `per ${groepLabel.toLowerCase()}`}`}
                    figuur={fig}
                    labels={KOLOM_LABELS}
                  />
                  <details className="bk-details" open={d.groepeer === 'none' || undefined}>
                    <summary>{f.titel} als tabel</summary>
                    <FigTabel id={`tabel-${f.key}`} titel={f.titel} figuur={fig} labels={KOLOM_LABELS} groepLabel={groepLabel} />
                  </details>
                </div>
              );
            })}
            <div className="bk-figuur">
              <h3 className="utrecht-heading-3">Doorlooptijden</h3>
              <DuurTabel titel="Tijd tot eerste contact" d={d.hulpvragen.eersteContactUren} eenheid="uren" groepLabel={groepLabel} />
              <DuurTabel titel="Tijd tot match" d={d.hulpvragen.totMatchDagen} eenheid="dagen" groepLabel={groepLabel} />
            </div>
          </div>
        )}
      </section>

      <Exports />
      <p className="bk-bron">Bron: CBS, Kadaster (CC BY 4.0)</p>
    </>
  );
}
