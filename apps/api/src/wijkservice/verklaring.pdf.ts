import { kop, renderPdf, velden } from '@app/common';

export interface VerklaringRegel {
  soort: string;
  taken: number;
  uren: number;
}

export interface Verklaring {
  deelnemer: string;
  gemeente: string;
  periode: { van: string; tot: string };
  afspraak: { modus: string; urenPerWeek: number };
  regels: VerklaringRegel[];
  onbevestigdeUren: number;
  vergoedingCent: number | null;
}

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const uur = (u: number) => `${getal.format(u)} uur`;

/** The participation statement for the klantmanager: hours and kinds of tasks; never who was helped. */
export function verklaringPdf(v: Verklaring): Promise<Buffer> {
  const totaal = v.regels.reduce((s, r) => s + r.uren, 0);
  return renderPdf('Verklaring van deelname Wijkservice', (doc) => {
    kop(doc, 'Verklaring van deelname Wijkservice');
    velden(doc, [
      ['Deelnemer', v.deelnemer],
      ['Gemeente', v.gemeente],
      ['Periode', `${v.periode.van} t/m ${v.periode.tot}`],
      ['Afspraak', `${v.afspraak.modus}, hoogstens ${uur(v.afspraak.urenPerWeek)} per week`],
    ]);
    kop(doc, 'Soorten taken', 14);
    if (!v.regels.length) doc.text('Geen bevestigde taken in deze periode.');
    for (const r of v.regels) doc.text(`${r.soort}: ${r.taken} ${r.taken === 1 ? 'taak' : 'taken'}, ${uur(r.uren)}`);
    doc.moveDown(0.6);
    velden(doc, [
      ['Totaal bevestigde uren', uur(totaal)],
      ['Nog niet door beide kanten bevestigd (niet meegeteld)', v.onbevestigdeUren ? uur(v.onbevestigdeUren) : null],
      ['Vaste vergoeding, vastgelegd (geen betaling)', v.vergoedingCent === null ? null : euro.format(v.vergoedingCent / 100)],
    ]);
    doc
      .fontSize(10)
      .text(
        'Uren tellen mee als zowel de geholpen bewoner (of de sociaal makelaar) als de deelnemer ze hebben bevestigd. Deze verklaring noemt geen geholpen bewoners.',
      );
  });
}
