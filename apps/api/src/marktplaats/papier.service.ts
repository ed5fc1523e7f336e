import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { forbidden, kop, notFound, renderPdf, type Pdf } from '@app/common';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { PrikbordService, type PrikbordItem } from './prikbord.service';

interface Contact {
  naam: string;
  telefoon: string | null;
  plek: string;
}

export interface BellijstRegel {
  referentie: string;
  wat: string;
  naam: string;
  telefoon: string;
  wijk: string;
  reden: string;
  sinds: string;
}

/** A simple vector pictogram per category (no fonts or images needed): a circle with the initial. */
function pictogram(doc: Pdf, x: number, y: number, categorie: string): void {
  doc
    .save()
    .circle(x + 14, y + 14, 14)
    .lineWidth(2)
    .stroke('#1d4f91');
  doc
    .fillColor('#1d4f91')
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(categorie.slice(0, 1).toUpperCase(), x, y + 7, { width: 28, align: 'center' });
  doc.restore().fillColor('black');
}

@Injectable()
export class PapierService {
  constructor(
    private readonly ds: DataSource,
    private readonly prikbord: PrikbordService,
    private readonly audit: AuditService,
  ) {}

  /** Who to call for this wijk: the werkgebied's phone, else the first location serving the wijk, else the gemeente. */
  async contact(gemeenteId: string, wijk: string): Promise<Contact> {
    const [r] = await this.ds.query(
      `SELECT w.naam AS wijk, COALESCE(g2.telefoon, l.telefoon, g.telefoon) AS telefoon, l.naam || ', ' || l.adres AS plek
         FROM wijken w JOIN gemeenten g ON g.id = w.gemeente_id
         LEFT JOIN werkgebieden g2 ON g2.gemeente_id = g.id AND w.code = ANY(g2.wijk_codes)
         LEFT JOIN LATERAL (SELECT * FROM locaties WHERE gemeente_id = g.id AND w.code = ANY(wijk_codes) ORDER BY naam LIMIT 1) l ON true
        WHERE w.code = $1 AND w.gemeente_id = $2 LIMIT 1`,
      [wijk, gemeenteId],
    );
    if (!r) throw notFound('Wijk', wijk);
    return { naam: r.wijk, telefoon: r.telefoon, plek: r.plek ?? '' };
  }

  /** An A4 notice-board sheet: large type, pictograms, the makelaar's number, tear-off strips with reference numbers. */
  async prikbordPdf(gemeenteId: string, wijk: string): Promise<Buffer> {
    const c = await this.contact(gemeenteId, wijk);
    const { items } = await this.prikbord.lijst(gemeenteId, { wijk, limit: 8 });
    return renderPdf(`Prikbord ${c.naam}`, (doc) => {
      kop(doc, `Burenhulp in ${c.naam}`, 28);
      doc.fontSize(15).text('Wilt u helpen of zoekt u hulp? Bel de sociaal makelaar en noem het nummer.').moveDown(0.5);
      doc
        .font('Helvetica-Bold')
        .fontSize(20)
        .text(`Bel: ${c.telefoon ?? 'zie de website'}`)
        .font('Helvetica');
      if (c.plek) doc.fontSize(13).text(`Of kom langs: ${c.plek}`);
      doc.moveDown(0.8);
      if (!items.length) doc.fontSize(16).text('Er staan nu geen vragen of aanbiedingen. Heeft u zelf iets? Bel ons!');
      for (const it of items.slice(0, 6)) this.kaart(doc, it);
      this.strookjes(doc, items.slice(0, 8), c.telefoon);
    });
  }

  private kaart(doc: Pdf, it: PrikbordItem): void {
    const y = doc.y;
    pictogram(doc, 50, y, it.categorie);
    doc
      .font('Helvetica-Bold')
      .fontSize(16)
      .text(`${it.type === 'hulpvraag' ? 'Gezocht' : 'Aangeboden'}: ${it.titel}`, 90, y, { width: 455 });
    doc.font('Helvetica').fontSize(13).text(`${it.wanneer}  ·  nummer ${it.referentie}`, 90, doc.y, { width: 455 });
    doc.moveDown(0.6);
    doc.x = 50;
  }

  private strookjes(doc: Pdf, items: PrikbordItem[], telefoon: string | null): void {
    if (!items.length) return;
    const top = 842 - 50 - 130;
    const w = (595 - 100) / items.length;
    doc.moveTo(50, top).lineTo(545, top).dash(4, { space: 4 }).stroke().undash();
    items.forEach((it, i) => {
      const x = 50 + i * w;
      if (i)
        doc
          .moveTo(x, top)
          .lineTo(x, top + 130)
          .dash(2, { space: 3 })
          .stroke()
          .undash();
      doc.save().rotate(-90, { origin: [x + w / 2, top + 65] });
      doc
        .fontSize(12)
        .font('Helvetica-Bold')
        .text(it.referentie, x + w / 2 - 60, top + 65 - 14, { width: 120, align: 'center' });
      doc
        .font('Helvetica')
        .fontSize(9)
        .text(telefoon ?? '', x + w / 2 - 60, top + 65 + 2, { width: 120, align: 'center' });
      doc.restore();
    });
  }

  /** The makelaar's call list: open requests in their wijken still waiting for first contact or a match. */
  async bellijst(p: Principal): Promise<BellijstRegel[]> {
    if (!p.rollen.includes('makelaar') && !p.rollen.includes('beheerder')) throw forbidden();
    const rows: {
      referentie: string;
      titel: string;
      naam: string | null;
      telefoon: string | null;
      wijk: string;
      eerste_contact_op: Date | null;
      created_at: Date;
    }[] = await this.ds.query(
      `SELECT h.referentie, h.titel, concat_ws(' ', d.voornaam, d.achternaam) AS naam, COALESCE(h.namens->>'telefoon', d.telefoon) AS telefoon,
                w.naam AS wijk, h.eerste_contact_op, h.created_at
           FROM hulpvragen h JOIN deelnemers d ON d.id = h.deelnemer_id JOIN wijken w ON w.code = h.wijk_code
          WHERE h.gemeente_id = $1 AND h.status = 'open' AND ($2::text[] IS NULL OR h.wijk_code = ANY($2))
          ORDER BY h.eerste_contact_op NULLS FIRST, h.created_at LIMIT 500`,
      [p.gemeenteId, p.rollen.includes('beheerder') ? null : p.wijkCodes],
    );
    await this.audit.record(p, 'afdrukken', 'bellijst', null, null, { regels: rows.length });
    return rows.map((r) => ({
      referentie: r.referentie,
      wat: r.titel,
      naam: r.naam ?? '',
      telefoon: r.telefoon ?? '',
      wijk: r.wijk,
      reden: r.eerste_contact_op ? 'nog geen helper' : 'eerste contact',
      sinds: r.created_at.toISOString().slice(0, 10),
    }));
  }

  bellijstCsv(rows: BellijstRegel[]): string {
    return stringify(rows, { header: true, columns: ['referentie', 'wat', 'naam', 'telefoon', 'wijk', 'reden', 'sinds'], delimiter: ';', bom: true });
  }

  bellijstPdf(rows: BellijstRegel[]): Promise<Buffer> {
    return renderPdf('Bellijst', (doc) => {
      kop(doc, `Bellijst (${rows.length})`, 22);
      doc
        .fontSize(10)
        .text(`Gemaakt op ${new Date().toISOString().slice(0, 10)}. Vertrouwelijk: bevat persoonsgegevens.`)
        .moveDown();
      for (const r of rows) {
        doc.font('Helvetica-Bold').fontSize(13).text(`[  ] ${r.naam}  ${r.telefoon}`, { continued: false });
        doc.font('Helvetica').fontSize(11).text(`${r.referentie} · ${r.wat} · ${r.wijk} · ${r.reden} · sinds ${r.sinds}`).moveDown(0.5);
      }
    });
  }
}
