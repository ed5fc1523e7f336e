import { kop, renderPdf } from '@app/common';

/** One printed letter: who it goes to, and what it says. */
export interface Brief {
  naam: string | null;
  adres: string;
  onderwerp: string;
  tekst: string;
  makelaarTelefoon: string | null;
}

/**
 * One A4 page per letter: the address where a window envelope shows it, then the message in large type, and who to
 * call to cancel. The daily post batch (worker) and the match card (api) both print with it.
 */
export function briefPdf(brieven: Brief[], datum: string, titel = `Brieven ${datum}`): Promise<Buffer> {
  return renderPdf(titel, (doc) => {
    brieven.forEach((b, i) => {
      if (i > 0) doc.addPage();
      doc.fontSize(12).text([b.naam ?? '', b.adres].filter(Boolean).join('\n'), 60, 140);
      doc.moveDown(4);
      doc.fontSize(10).text(`Haarlem, ${datum}`, { align: 'right' }).moveDown(1);
      kop(doc, b.onderwerp, 18);
      doc.fontSize(14).text(b.tekst, { lineGap: 4 });
      if (b.makelaarTelefoon)
        doc.moveDown(1).font('Helvetica-Bold').text(`Kunt u niet, of wilt u afzeggen? Bel de sociaal makelaar: ${b.makelaarTelefoon}.`).font('Helvetica');
    });
  });
}

/** The makelaar's number for a wijk: that of the werkgebied that covers it, else the gemeente's. */
export const makelaarTelefoonSql = (gemeenteId: string, wijkCode: string, gemeenteTelefoon: string) =>
  `COALESCE((SELECT w.telefoon FROM werkgebieden w WHERE w.gemeente_id = ${gemeenteId} AND ${wijkCode} = ANY (w.wijk_codes) AND w.telefoon IS NOT NULL LIMIT 1), ${gemeenteTelefoon})`;
