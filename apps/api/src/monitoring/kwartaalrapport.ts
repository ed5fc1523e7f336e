/**
 * The quarterly report for the gemeente: headline figures and horizontal bar charts per wijk, drawn as
 * pdfkit vector shapes (no chart library, no images). Hidden cells get no bar and the label "<5".
 */
import { kop, renderPdf, velden, type Pdf } from '@app/common';
import type { Cel } from '@app/domain';
import type { Figuur, Kerncijfers } from './kerncijfers.service';

interface Staaf {
  label: string;
  waarde: Cel | null;
}

const BALK_HOOGTE = 14;
const LABEL_BREEDTE = 170;

const tekst = (c: Cel | null): string => (c === null ? '–' : String(c));
const procent = (x: number | null): string => (x === null ? 'niet gepubliceerd' : `${Math.round(x * 100)}%`);

function staafdiagram(doc: Pdf, titel: string, staven: Staaf[]): void {
  if (doc.y > doc.page.height - 120 - staven.length * (BALK_HOOGTE + 4)) doc.addPage();
  kop(doc, titel, 14);
  const links = doc.page.margins.left;
  const breedte = doc.page.width - links - doc.page.margins.right - LABEL_BREEDTE - 40;
  const max = Math.max(1, ...staven.map((s) => (typeof s.waarde === 'number' ? s.waarde : 0)));
  for (const s of staven) {
    const y = doc.y;
    doc
      .fillColor('black')
      .fontSize(10)
      .text(s.label, links, y + 2, { width: LABEL_BREEDTE - 8, lineBreak: false, ellipsis: true });
    const lengte = typeof s.waarde === 'number' ? (s.waarde / max) * breedte : 0;
    if (lengte > 0) doc.rect(links + LABEL_BREEDTE, y, lengte, BALK_HOOGTE).fill('#1f5f8b');
    doc
      .fillColor('black')
      .text(tekst(s.waarde), links + LABEL_BREEDTE + lengte + 4, y + 2, { lineBreak: false })
      .moveDown(0);
    doc.y = y + BALK_HOOGTE + 4;
    doc.x = links;
  }
  doc.moveDown(1);
}

const perWijk = (f: Figuur): Staaf[] => f.rijen.map((r) => ({ label: r.label, waarde: r.totaal }));

export function kwartaalrapportPdf(k: Kerncijfers, kw: { jaar: number; kwartaal: number }): Promise<Buffer> {
  const titel = `Kwartaalrapport ${k.gemeente.naam} ${kw.jaar} Q${kw.kwartaal}`;
  return renderPdf(titel, (doc) => {
    kop(doc, titel);
    doc.fontSize(10).text(`Periode ${k.periode.van} t/m ${k.periode.tot}. Aantallen onder de ${k.minimaleCelwaarde} staan als "<${k.minimaleCelwaarde}".`);
    doc.moveDown(0.6).fontSize(12);
    velden(doc, [
      ['Nieuwe hulpvragen', tekst(k.hulpvragen.nieuw.totaal)],
      ['Matches gemaakt', tekst(k.matches.gemaakt.totaal)],
      ['Waarvan door bewoners zelf', procent(k.matches.gemaakt.totaalAandeel)],
      ['Matches afgerond', tekst(k.matches.afgerond.totaal)],
      ['Eerste contact binnen 5 werkdagen', procent(k.hulpvragen.binnenNorm.totaalAandeel)],
      ['Herhaalde hulp (matches)', tekst(k.matches.herhaald.totaal)],
      ['Wijkservice-uren', k.wijkservice.totaalUren === null ? 'niet gepubliceerd' : String(k.wijkservice.totaalUren)],
      ['Signaleringen ontvangen', tekst(k.signaleringen?.ontvangen.totaal ?? null)],
    ]);
    staafdiagram(doc, 'Nieuwe hulpvragen per wijk', perWijk(k.hulpvragen.nieuw));
    staafdiagram(doc, 'Matches per wijk', perWijk(k.matches.gemaakt));
    staafdiagram(doc, 'Afgeronde matches per wijk', perWijk(k.matches.afgerond));
  });
}
