// Charts for the gemeente dashboard, drawn as inline SVG (no chart library, no tiles, nothing from a CDN). Every chart
// has its numbers next to it as a table; the SVG is the picture, the table is the alternative for screen readers.
// Suppressed cells arrive as the string "<5": they are shown as "<5", never drawn as 0.
import { useState } from 'react';
import type { Cel, Figuur, GeoFeature, GeoJson } from '../api/staff';
import './beheer.css';

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** "<5" stays "<5"; null is "–" (not published or not applicable). */
export function celTekst(c: Cel | undefined): string {
  if (c === null || c === undefined) return '–';
  if (typeof c === 'string') return c;
  return getal.format(c);
}
const celGetal = (c: Cel | undefined): number | null => (typeof c === 'number' ? c : null);
export const isVerborgen = (c: Cel | undefined) => typeof c === 'string';

export const KLEUREN = ['#4b2a8c', '#a35200', '#1f6f5c', '#8a1c4f'];

export interface Reeks {
  /** column name as the api has it */
  kolom: string;
  label: string;
}

/** The series of a figure: its columns, or its total when it has none. */
export function reeksen(f: Figuur, labels: Record<string, string> = {}): Reeks[] {
  if (!f.kolommen.length) return [{ kolom: '', label: 'Aantal' }];
  return f.kolommen.map((k) => ({ kolom: k, label: labels[k] ?? k }));
}
const waarde = (f: Figuur, rij: Figuur['rijen'][number], kolom: string): Cel => (kolom === '' ? rij.totaal : (rij.cellen[f.kolommen.indexOf(kolom)] ?? null));

/**
 * Horizontal grouped bars: one group per row (wijk, maand, …), one bar per column. A suppressed cell gets a dashed
 * outline with "<5" written next to it.
 */
export function BarChart({ id, titel, figuur, labels }: { id: string; titel: string; figuur: Figuur; labels?: Record<string, string> }) {
  const series = reeksen(figuur, labels);
  const rijen = figuur.rijen;
  const barH = rijen.length > 1 && series.length > 1 ? 13 : 18;
  const gap = rijen.length > 1 ? 9 : 4;
  const labelW = 170;
  const valueW = 44;
  const W = 560;
  const plotW = W - labelW - valueW;
  const groepH = series.length * barH + gap;
  const H = rijen.length * groepH + 4;
  let max = 0;
  for (const r of rijen) for (const s of series) max = Math.max(max, celGetal(waarde(figuur, r, s.kolom)) ?? 0);
  // "<5" is at most 4: keep room for that dashed stub too
  max = Math.max(max, 5);
  const x = (v: number) => (v / max) * plotW;
  return (
    <figure className="bk-chart" aria-labelledby={`${id}-titel`}>
      <figcaption id={`${id}-titel`} className="bk-visually-hidden">
        {titel}
      </figcaption>
      {series.length > 1 && (
        <ul className="bk-legenda" aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.kolom}>
              <span className="bk-legenda__kleur" style={{ background: KLEUREN[i % KLEUREN.length] }} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <svg viewBox={`0 0 ${W} ${H}`} className="bk-chart__svg" aria-hidden="true" focusable="false">
        {rijen.map((r, ri) => {
          const y0 = ri * groepH + 2;
          return (
            <g key={r.groep}>
              <text x={labelW - 8} y={y0 + (series.length * barH) / 2 + 5} textAnchor="end" className="bk-chart__label">
                {r.label.length > 24 ? `${r.label.slice(0, 23)}…` : r.label}
              </text>
              {series.map((s, si) => {
                const c = waarde(figuur, r, s.kolom);
                const n = celGetal(c);
                const y = y0 + si * barH;
                const w = n === null ? (isVerborgen(c) ? x(4) : 0) : Math.max(n > 0 ? 2 : 0, x(n));
                const kleur = KLEUREN[si % KLEUREN.length];
                // several bars per row: a 0 gets no label of its own; a row of only zeros gets one "0"
                const allesNul = series.every((t) => waarde(figuur, r, t.kolom) === 0);
                const label = series.length > 1 && n === 0 ? (allesNul && si === Math.floor((series.length - 1) / 2) ? '0' : '') : celTekst(c);
                return (
                  <g key={s.kolom}>
                    {isVerborgen(c) ? (
                      <rect x={labelW} y={y + 2} width={w} height={barH - 4} fill="#fff" stroke={kleur} strokeWidth={1.5} strokeDasharray="3 2" />
                    ) : (
                      <rect x={labelW} y={y + 2} width={w} height={barH - 4} fill={kleur} />
                    )}
                    {label && (
                      <text
                        x={labelW + w + 4}
                        y={series.length > 1 && allesNul ? y0 + (series.length * barH) / 2 + 5 : y + barH - 2}
                        className="bk-chart__waarde"
                      >
                        {label}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** The same figure as a data table, with column totals; "<5" where a cell is suppressed. */
export function FigTabel({
  id,
  titel,
  figuur,
  labels,
  groepLabel,
}: {
  id: string;
  titel: string;
  figuur: Figuur;
  labels?: Record<string, string>;
  groepLabel: string;
}) {
  const series = reeksen(figuur, labels);
  const metTotaal = figuur.kolommen.length > 1;
  return (
    <div className="bk-tabel-wrap">
      <table className="bk-tabel" id={id}>
        <caption>{titel}</caption>
        <thead>
          <tr>
            <th scope="col">{groepLabel}</th>
            {series.map((s) => (
              <th scope="col" key={s.kolom}>
                {s.label}
              </th>
            ))}
            {metTotaal && <th scope="col">Totaal</th>}
          </tr>
        </thead>
        <tbody>
          {figuur.rijen.map((r) => (
            <tr key={r.groep}>
              <th scope="row">{r.label}</th>
              {series.map((s) => (
                <td key={s.kolom} data-kolom={s.kolom || 'totaal'}>
                  {celTekst(waarde(figuur, r, s.kolom))}
                </td>
              ))}
              {metTotaal && <td data-kolom="totaal">{celTekst(r.totaal)}</td>}
            </tr>
          ))}
        </tbody>
        {figuur.rijen.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">Totaal</th>
              {series.map((s, i) => (
                <td key={s.kolom}>{celTekst(s.kolom === '' ? figuur.totaal : figuur.kolomTotalen[i])}</td>
              ))}
              {metTotaal && <td>{celTekst(figuur.totaal)}</td>}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

// ---- the wijk map ----

const SCHAAL = ['#ece6f6', '#cbbbe8', '#a48bd6', '#7552b8', '#4b2a8c'];
const GEEN = '#d9d9d9';

function ringen(f: GeoFeature): number[][][] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

/** Equirectangular projection scaled to the bounding box (longitude shrunk by cos(latitude) so shapes are true). */
function projectie(features: GeoFeature[], W: number) {
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const f of features)
    for (const ring of ringen(f))
      for (const [lon, lat] of ring) {
        minLon = Math.min(minLon, lon);
        maxLon = Math.max(maxLon, lon);
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
      }
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const k = W / ((maxLon - minLon) * kx || 1);
  const H = (maxLat - minLat) * k;
  const p = (lon: number, lat: number) => [(lon - minLon) * kx * k, (maxLat - lat) * k] as const;
  return { p, H };
}

function padVan(f: GeoFeature, p: (lon: number, lat: number) => readonly [number, number]): string {
  return ringen(f)
    .map(
      (ring) =>
        ring
          .map(([lon, lat], i) => {
            const [x, y] = p(lon, lat);
            return `${i ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
          })
          .join('') + 'Z',
    )
    .join('');
}

/** Five equal classes from 0 to the highest published value. */
export function klassen(max: number): { van: number; tot: number }[] {
  const stap = Math.max(1, Math.ceil(max / SCHAAL.length));
  return SCHAAL.map((_, i) => ({ van: i * stap + (i ? 1 : 0), tot: (i + 1) * stap }));
}

/** The wijken coloured by a figure; the buurten, when given, as thin lines on top (no data, no focus stops). */
export function WijkKaart({ geo, buurten, waarden, figuurLabel }: { geo: GeoJson; buurten?: GeoJson; waarden: Map<string, Cel>; figuurLabel: string }) {
  const W = 600;
  const { p, H } = projectie(geo.features, W);
  let max = 0;
  for (const v of waarden.values()) if (typeof v === 'number') max = Math.max(max, v);
  const kl = klassen(max);
  const kleur = (c: Cel | undefined) => {
    if (typeof c === 'string') return 'url(#bk-verborgen)';
    if (typeof c !== 'number') return GEEN;
    const i = kl.findIndex((k) => c <= k.tot);
    return SCHAAL[i < 0 ? SCHAAL.length - 1 : i];
  };
  const [actief, setActief] = useState<string | null>(null);
  const gekozen = geo.features.find((f) => f.properties.code === actief);
  const paden = geo.features.map((f) => padVan(f, p));
  return (
    <div className="bk-kaart-blok">
      <svg
        viewBox={`-4 -4 ${W + 8} ${H + 8}`}
        className="bk-kaart-svg"
        style={{ aspectRatio: `${W + 8} / ${H + 8}` }}
        role="group"
        aria-label={`Kaart van de wijken: ${figuurLabel}`}
      >
        <defs>
          <pattern id="bk-verborgen" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#f4f4f4" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="#6b6b6b" strokeWidth="3" />
          </pattern>
          {buurten && (
            <clipPath id="bk-kaart-gemeente">
              {paden.map((d, i) => (
                <path key={i} d={d} />
              ))}
            </clipPath>
          )}
        </defs>
        {geo.features.map((f, i) => {
          const c = waarden.get(f.properties.code);
          const tekst = `${f.properties.naam}: ${celTekst(c)}`;
          return (
            <path
              key={f.properties.code}
              d={paden[i]}
              fill={kleur(c)}
              className="bk-kaart-wijk"
              tabIndex={0}
              role="img"
              aria-label={tekst}
              data-wijk={f.properties.code}
              onFocus={() => setActief(f.properties.code)}
              onMouseEnter={() => setActief(f.properties.code)}
            >
              <title>{tekst}</title>
            </path>
          );
        })}
        {buurten && (
          // the generalised buurt lines, cut to the wijken; the wijk borders drawn again on top, so they stay the bolder lines
          <g aria-hidden="true" className="bk-kaart-buurten">
            <g clipPath="url(#bk-kaart-gemeente)">
              {buurten.features.map((f) => (
                <path key={f.properties.code} d={padVan(f, p)} className="bk-kaart-buurt" data-buurt={f.properties.code} />
              ))}
            </g>
            {paden.map((d, i) => (
              <path key={i} d={d} className="bk-kaart-wijkgrens" />
            ))}
          </g>
        )}
      </svg>
      <p className="bk-kaart-info" aria-hidden="true">
        {gekozen
          ? `${gekozen.properties.naam}: ${celTekst(waarden.get(gekozen.properties.code))}`
          : 'Ga met Tab of de muis over een wijk voor de naam en het getal.'}
      </p>
      <ul className="bk-legenda bk-legenda--kaart" aria-label={`Legenda: ${figuurLabel}`}>
        {kl.map((k, i) => (
          <li key={k.van}>
            <span className="bk-legenda__kleur" style={{ background: SCHAAL[i] }} />
            {k.van === k.tot ? k.van : `${k.van} tot en met ${k.tot}`}
          </li>
        ))}
        <li>
          <span className="bk-legenda__kleur bk-legenda__kleur--verborgen" />
          minder dan 5 (verborgen)
        </li>
        <li>
          <span className="bk-legenda__kleur" style={{ background: GEEN }} />
          geen cijfer
        </li>
        {buurten && (
          <>
            <li>
              <span className="bk-legenda__lijn bk-legenda__lijn--wijk" />
              grens van een wijk
            </li>
            <li>
              <span className="bk-legenda__lijn" />
              grens van een buurt
            </li>
          </>
        )}
      </ul>
    </div>
  );
}
