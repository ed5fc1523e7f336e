import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { kalenderdag, type Cel } from '@app/domain';
import { bronnen, DOORLOOPTIJD_AGGREGATEN, GEMAAKT_VIA, ROLLEN, WIJKSERVICE_AGGREGATEN } from './bronnen';
import { leesMomentopname, type Stand } from './momentopname';
import { normTelling } from './norm';
import { controleerFilters, groepen, laadReferentie, type Referentie } from './referentie';
import { aandeel, alsZichtbaar, MIN_CEL, telTabel, type Tabel, type Telrij } from './tabel';
import { effectieveGroepering, ENKELE_KOLOM, telParams, telSql, type Bron } from './telling-sql';
import { vraagEnAanbod, type VraagEnAanbod } from './vraag-aanbod';
import type { Groepering, KerncijfersVerzoek } from './verzoek';

export interface Figuur extends Tabel {
  /** The grouping applied: `none` where the figure lacks the requested dimension (people have no category). */
  readonly groepering: Groepering;
}

export interface MetAandeel extends Figuur {
  /** Share of the first column per row and overall, only where both columns are published. */
  readonly aandelen: (number | null)[];
  readonly totaalAandeel: number | null;
}

export interface Doorlooptijd {
  readonly groepering: Groepering;
  readonly rijen: { groep: string; label: string; n: Cel; mediaan: number | null; p90: number | null }[];
}

export interface Kerncijfers {
  gemeente: { code: string; naam: string };
  periode: { van: string; tot: string };
  filters: KerncijfersVerzoek['filters'];
  groepeer: Groepering;
  minimaleCelwaarde: number;
  deelnemers: { geregistreerd: Figuur; actief: Figuur; instroom: Figuur; levensdomein: Figuur; uitstroom: Figuur; benutting: MetAandeel } | null;
  hulpvragen: { nieuw: Figuur; binnenNorm: MetAandeel; eersteContactUren: Doorlooptijd; totMatchDagen: Doorlooptijd; onvervuld: Figuur };
  matches: { gemaakt: MetAandeel; afgerond: Figuur; herhaald: Figuur; nietVerschenen: Figuur };
  wijkservice: Figuur & { uren: (number | null)[]; totaalUren: number | null };
  signaleringen: { ontvangen: Figuur; gesloten: Figuur } | null;
  vraagEnAanbod: VraagEnAanbod;
  stand: Stand;
}

const rond = (x: number | null, d = 1): number | null => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);

/** Kerncijfers for one gemeente: live SQL on covering indexes (see the migration), suppressed per table. */
@Injectable()
export class KerncijfersService {
  constructor(private readonly ds: DataSource) {}

  /** The nightly result of a closed standard period when there is one (momentopname.ts), else computed now. */
  async lees(gemeente: { id: string; code: string; naam: string }, v: KerncijfersVerzoek, nu = new Date()): Promise<Kerncijfers> {
    const ref = await laadReferentie(this.ds, gemeente.id);
    controleerFilters(ref, v.filters);
    return (await leesMomentopname(this.ds, gemeente.id, v, nu)) ?? this.bereken(gemeente, v, nu, ref);
  }

  async bereken(gemeente: { id: string; code: string; naam: string }, v: KerncijfersVerzoek, nu = new Date(), referentie?: Referentie): Promise<Kerncijfers> {
    const ref = referentie ?? (await laadReferentie(this.ds, gemeente.id));
    controleerFilters(ref, v.filters);
    const params = telParams(gemeente.id, v.periode, v.filters);
    const ctx = { ref, v, params };
    // people and signaleringen have no category: with a category filter they are not reported at all
    const zonderCategorie = !v.filters.categorie;
    const [deelnemers, hulpvragen, matches, wijkservice, signaleringen, va] = await Promise.all([
      zonderCategorie ? this.deelnemers(ctx) : null,
      this.hulpvragen(ctx, kalenderdag(nu)),
      this.matches(ctx),
      this.wijkservice(ctx),
      zonderCategorie ? this.signaleringen(ctx) : null,
      vraagEnAanbod(this.ds, ref, v, params),
    ]);
    return {
      gemeente: { code: gemeente.code, naam: gemeente.naam },
      periode: v.periode,
      filters: v.filters,
      groepeer: v.groepeer,
      minimaleCelwaarde: MIN_CEL,
      deelnemers,
      hulpvragen,
      matches,
      wijkservice,
      signaleringen,
      vraagEnAanbod: va,
      stand: { bron: 'live', berekendOp: nu.toISOString() },
    };
  }

  private async deelnemers(ctx: Ctx) {
    const [geregistreerd, actief, instroom, levensdomein, uitstroom, benutting] = await Promise.all([
      this.figuur(ctx, bronnen.geregistreerd, ROLLEN, true),
      this.figuur(ctx, bronnen.actief, ROLLEN, true),
      this.figuur(ctx, bronnen.instroom, []),
      this.figuur(ctx, bronnen.levensdomein, []),
      this.figuur(ctx, bronnen.uitstroom, []),
      this.figuur(ctx, bronnen.benutting, ['met-match', 'zonder-match']).then(metAandeel),
    ]);
    return { geregistreerd, actief, instroom, levensdomein, uitstroom, benutting };
  }

  private async hulpvragen(ctx: Ctx, vandaag: string) {
    const [nieuw, binnenNorm, doorloop, onvervuld] = await Promise.all([
      this.figuur(ctx, bronnen.hulpvragen, [ENKELE_KOLOM]),
      this.figuur(ctx, bronnen.norm, ['binnen', 'buiten'], false, (rijen) =>
        normTelling(
          rijen.map((r) => {
            const [aangemaakt, contact] = r.kolom.split('|');
            return { groep: r.groep, aangemaakt, contact: contact || null, n: r.n };
          }),
          vandaag,
        ),
      ).then(metAandeel),
      this.doorlooptijden(ctx),
      this.figuur(ctx, bronnen.onvervuld, []),
    ]);
    return { nieuw, binnenNorm, ...doorloop, onvervuld };
  }

  private async matches(ctx: Ctx) {
    const [gemaakt, afgerond, herhaald, nietVerschenen] = await Promise.all([
      this.figuur(ctx, bronnen.matches, GEMAAKT_VIA).then(metAandeel),
      this.figuur(ctx, bronnen.afgerond, [ENKELE_KOLOM]),
      this.figuur(ctx, bronnen.herhaald, [ENKELE_KOLOM]),
      this.figuur(ctx, bronnen.nietVerschenen, ['hulpvrager', 'helper']),
    ]);
    return { gemaakt, afgerond, herhaald, nietVerschenen };
  }

  /** Helpers counted and suppressed like any count; their hours only where that count is published. */
  private async wijkservice(ctx: Ctx) {
    const groepering = effectieveGroepering(bronnen.wijkservice, ctx.v.groepeer);
    const rijen: (Telrij & { uren: number })[] = await this.ds.query(telSql(bronnen.wijkservice, groepering, WIJKSERVICE_AGGREGATEN), ctx.params);
    const tabel = telTabel(
      groepen(ctx.ref, groepering, ctx.v.filters, ctx.v.periode),
      ['helpers'],
      rijen.map((r) => ({ ...r, kolom: 'helpers' })),
    );
    const uren = new Map(rijen.map((r) => [r.groep, r.uren]));
    return {
      ...tabel,
      groepering,
      uren: tabel.rijen.map((r) => alsZichtbaar(r.totaal, rond(uren.get(r.groep) ?? 0, 2))),
      totaalUren: alsZichtbaar(
        tabel.totaal,
        rond(
          rijen.reduce((a, r) => a + r.uren, 0),
          2,
        ),
      ),
    };
  }

  private async signaleringen(ctx: Ctx) {
    const [ontvangen, gesloten] = await Promise.all([
      this.figuur(ctx, bronnen.signaleringenOntvangen, [ENKELE_KOLOM]),
      this.figuur(ctx, bronnen.signaleringenGesloten, [ENKELE_KOLOM]),
    ]);
    return { ontvangen, gesloten };
  }

  /** Median and p90 per group, shown only where the number of requests measured is published. */
  private async doorlooptijden(ctx: Ctx): Promise<{ eersteContactUren: Doorlooptijd; totMatchDagen: Doorlooptijd }> {
    type R = {
      groep: string;
      contactN: number;
      contactMediaan: number | null;
      contactP90: number | null;
      matchN: number;
      matchMediaan: number | null;
      matchP90: number | null;
    };
    type Ruw = { groep: string; contactN: number; contact: number[] | null; matchN: number; match: number[] | null };
    const groepering = effectieveGroepering(bronnen.doorlooptijd, ctx.v.groepeer);
    const ruw: Ruw[] = await this.ds.query(telSql(bronnen.doorlooptijd, groepering, DOORLOOPTIJD_AGGREGATEN), ctx.params);
    const rijen: R[] = ruw.map((r) => ({
      groep: r.groep,
      contactN: r.contactN,
      contactMediaan: r.contact?.[0] ?? null,
      contactP90: r.contact?.[1] ?? null,
      matchN: r.matchN,
      matchMediaan: r.match?.[0] ?? null,
      matchP90: r.match?.[1] ?? null,
    }));
    const g = groepen(ctx.ref, groepering, ctx.v.filters, ctx.v.periode);
    const maat = (n: keyof R, mediaan: keyof R, p90: keyof R): Doorlooptijd => {
      const tabel = telTabel(
        g,
        [ENKELE_KOLOM],
        rijen.map((r) => ({ groep: r.groep, kolom: ENKELE_KOLOM, n: r[n] as number })),
      );
      return {
        groepering,
        rijen: tabel.rijen.map((t) => {
          const r = rijen.find((x) => x.groep === t.groep);
          return {
            groep: t.groep,
            label: t.label,
            n: t.cellen[0],
            mediaan: alsZichtbaar(t.cellen[0], rond(r ? (r[mediaan] as number) : null)),
            p90: alsZichtbaar(t.cellen[0], rond(r ? (r[p90] as number) : null)),
          };
        }),
      };
    };
    return { eersteContactUren: maat('contactN', 'contactMediaan', 'contactP90'), totMatchDagen: maat('matchN', 'matchMediaan', 'matchP90') };
  }

  /** Runs one figure's query and suppresses it; `bewerk` may turn raw rows into the table's rows first. */
  private async figuur(ctx: Ctx, bron: Bron, kolommen: readonly string[], overlappend = false, bewerk?: (rijen: Telrij[]) => Telrij[]): Promise<Figuur> {
    const groepering = effectieveGroepering(bron, ctx.v.groepeer);
    const ruw: Telrij[] = await this.ds.query(telSql(bron, groepering), ctx.params);
    const tabel = telTabel(groepen(ctx.ref, groepering, ctx.v.filters, ctx.v.periode), kolommen, bewerk ? bewerk(ruw) : ruw, overlappend);
    return { ...tabel, groepering };
  }
}

interface Ctx {
  ref: Referentie;
  v: KerncijfersVerzoek;
  params: (string | null)[];
}

/** Share of the first column (zelf, binnen, met-match) in each row total and in the grand total. */
function metAandeel(f: Figuur): MetAandeel {
  return { ...f, aandelen: f.rijen.map((r) => aandeel(r.cellen[0], r.totaal)), totaalAandeel: aandeel(f.kolomTotalen[0], f.totaal) };
}
