/**
 * One gemeente's daily export, as pure data: each count is a wijk × categorie table for the day, suppressed
 * with its wijk, categorie and grand totals (libs/domain `suppress`), then laid out as one long table with
 * a row per wijk × categorie, per wijk ("totaal" categorie), per categorie ("totaal" wijk) and overall.
 */
import { stringify } from 'csv-stringify/sync';
import { suppress, type Cel } from '@app/domain';
import { KOLOMMEN, SCHEMA_VERSIE, TELLINGEN, TOTAAL, type Telling } from '../../../api/src/monitoring/export-formaat';
import { matrix, MIN_CEL, type Telrij } from '../../../api/src/monitoring/tabel';

export interface ExportContext {
  readonly datum: string;
  readonly gemeenteCode: string;
  readonly wijken: readonly { code: string; naam: string; stadsdeel: string }[];
  readonly categorieen: readonly string[];
}

export type ExportRij = Record<string, string | Cel>;

/** `rijen` holds every count of the day as {telling, groep: wijk, kolom: categorie, n}. */
export function exportRijen(ctx: ExportContext, rijen: readonly (Telrij & { telling: string })[]): ExportRij[] {
  const wijken = ctx.wijken.map((w) => w.code);
  const tabellen = new Map(
    TELLINGEN.map((t) => [
      t.naam,
      suppress(
        matrix(
          rijen.filter((r) => r.telling === t.naam && wijken.includes(r.groep) && ctx.categorieen.includes(r.kolom)),
          wijken,
          ctx.categorieen,
        ),
        { min: MIN_CEL },
      ),
    ]),
  );
  const rij = (wijk: { code: string; naam: string; stadsdeel: string }, categorie: string, cel: (t: Telling) => Cel): ExportRij => ({
    datum: ctx.datum,
    gemeente_code: ctx.gemeenteCode,
    wijk_code: wijk.code,
    wijk_naam: wijk.naam,
    stadsdeel: wijk.stadsdeel,
    categorie,
    ...Object.fromEntries(TELLINGEN.map((t) => [t.naam, cel(t.naam)])),
  });
  const tabel = (t: Telling) => tabellen.get(t) as ReturnType<typeof suppress>;
  const totaalWijk = { code: TOTAAL, naam: 'Totaal', stadsdeel: '' };
  return [
    ...ctx.wijken.flatMap((w, i) => [...ctx.categorieen.map((c, j) => rij(w, c, (t) => tabel(t).cellen[i][j])), rij(w, TOTAAL, (t) => tabel(t).rijTotalen[i])]),
    ...ctx.categorieen.map((c, j) => rij(totaalWijk, c, (t) => tabel(t).kolomTotalen[j])),
    rij(totaalWijk, TOTAAL, (t) => tabel(t).totaal),
  ];
}

export function alsCsv(rijen: readonly ExportRij[]): string {
  return stringify(rijen as ExportRij[], { header: true, columns: KOLOMMEN.map((k) => k.naam) });
}

export function alsJson(ctx: ExportContext, rijen: readonly ExportRij[]): string {
  return `${JSON.stringify(
    {
      schemaVersie: SCHEMA_VERSIE,
      gemeente: ctx.gemeenteCode,
      datum: ctx.datum,
      minimaleCelwaarde: MIN_CEL,
      licentie: 'CC BY 4.0; gebiedsindeling: Bron CBS, Kadaster',
      kolommen: KOLOMMEN.map((k) => k.naam),
      rijen,
    },
    null,
    2,
  )}\n`;
}

export const dataDictionaryJson = (): string => `${JSON.stringify({ schemaVersie: SCHEMA_VERSIE, minimaleCelwaarde: MIN_CEL, kolommen: KOLOMMEN }, null, 2)}\n`;
